using Pages.Generators.Parsing;

namespace Pages.Generators.Model;

/// <summary>Whether a <c>.page</c> is routable (under the pages root) or a component (anywhere else).</summary>
public enum PageKind
{
    Page,
    Component,
}

/// <summary>
/// Everything the emitter needs to write one <c>.page</c> as a C# class. <see cref="ProjectPath"/> is the path
/// relative to the project (with <c>/</c>), used in messages and the route table; <see cref="FilePath"/> is the
/// absolute path used in <c>#line</c> directives.
/// </summary>
public sealed record PageModel(
    string FilePath,
    string ProjectPath,
    PageKind Kind,
    string Namespace,
    string ClassName,
    bool Prerender,
    RouteModel? Route,
    PageSyntax Syntax,
    EquatableArray<DiagnosticInfo> Diagnostics,
    bool Utf8Literals = true)
{
    public string FullTypeName => "global::" + (Namespace.Length > 0 ? Namespace + "." : "") + ClassName;
}

/// <summary>A component of this project, by short name, so templates can qualify it as <c>global::</c>.</summary>
public sealed record ComponentRef(string Name, string Namespace);

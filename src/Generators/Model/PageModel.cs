using System.Linq;
using Pages.Generators.Parsing;

namespace Pages.Generators.Model;

/// <summary>Whether a <c>.page</c> is routable (under the pages root) or a component (anywhere else).</summary>
internal enum PageKind
{
    Page,
    Component,
}

/// <summary>
/// Everything the emitter needs to write one <c>.page</c> as a C# class. <see cref="ProjectPath"/> is the path
/// relative to the project (with <c>/</c>), used in messages and the route table; <see cref="FilePath"/> is the
/// absolute path used in <c>#line</c> directives.
/// </summary>
internal sealed record PageModel(
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
    /// <summary>The model stage failed (<see cref="Failed"/>): the page has no class and nothing is emitted for it.</summary>
    public bool IsFailed => ClassName.Length == 0;

    /// <summary>What the model stage gives when building the model threw: the parser's diagnostics, PAGE099, nothing to emit.</summary>
    public static PageModel Failed(string filePath, PageSyntax syntax, DiagnosticInfo failure)
        => new(filePath, filePath, PageKind.Page, "", "", false, null, syntax, syntax.Diagnostics.Append(failure).ToEquatableArray());
}

/// <summary>A component of this project, by short name, so templates can qualify it as <c>global::</c>.</summary>
internal sealed record ComponentRef(string Name, string Namespace);

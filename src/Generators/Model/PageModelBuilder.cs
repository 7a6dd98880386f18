using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Pages.Generators.Parsing;
using Pages.Generators.Routing;

namespace Pages.Generators.Model;

/// <summary>
/// Turns a parsed <c>.page</c> into the emitter's model: a routable page (under the pages root, not
/// <c>_</c>-prefixed) with its route and generated class name, or a component named by its file.
/// </summary>
internal static class PageModelBuilder
{
    private static readonly SourceSpan FileStart = new(0, 0, 1, 1, 1, 1);

    public static PageModel Build(string filePath, PageSyntax syntax, GeneratorOptions options)
    {
        var projectPath = ProjectRelativePath(filePath, options.ProjectDir);
        var diagnostics = new List<DiagnosticInfo>(syntax.Diagnostics);
        var prerender = syntax.Frontmatter.Prerender ?? options.DefaultPrerender;
        var rootPrefix = options.PagesRoot.Length == 0 ? "" : options.PagesRoot + "/";

        if (projectPath.StartsWith(rootPrefix, StringComparison.OrdinalIgnoreCase))
        {
            var routePath = projectPath.Substring(rootPrefix.Length);
            if (RoutePathParser.IsRoutable(routePath))
            {
                var ns = JoinNamespace(options.RootNamespace, FolderNamespace(options.PagesRoot));
                var className = PageClassName.ForPage(routePath);
                var typeName = "global::" + (ns.Length > 0 ? ns + "." : "") + className;
                var route = RouteModelBuilder.Build(filePath, projectPath, routePath, RouteKind.Page, typeName, prerender,
                    syntax.Frontmatter.Buffer, syntax.Frontmatter.HasGetStaticPaths, syntax.Frontmatter.Antiforgery ?? true,
                    EquatableArray<Endpoints.EndpointHandlerModel>.Empty, diagnostics);
                if (route is not null && RouteModelBuilder.MissesStaticPaths(route))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingStaticPaths, filePath, FileStart, projectPath, route.Pattern));
                }
                return new PageModel(filePath, projectPath, PageKind.Page, ns, className, prerender, route, syntax, diagnostics.ToEquatableArray(), options.Utf8Literals);
            }
        }

        var fileName = FileNameWithoutExtension(projectPath);
        if (!PageClassName.TryForComponent(fileName, out var componentName))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidComponentName, filePath, FileStart, fileName + ".page"));
            componentName = Sanitize(fileName);
        }
        var folder = FolderOf(projectPath);
        var componentNamespace = JoinNamespace(options.RootNamespace, FolderNamespace(folder));
        return new PageModel(filePath, projectPath, PageKind.Component, componentNamespace, componentName, prerender, null, syntax, diagnostics.ToEquatableArray(), options.Utf8Literals);
    }

    /// <summary>The path relative to the project directory with <c>/</c> separators (the file name alone when outside it).</summary>
    public static string ProjectRelativePath(string filePath, string projectDir)
    {
        var normalized = filePath.Replace('\\', '/');
        if (projectDir.Length > 0 && normalized.StartsWith(projectDir, StringComparison.OrdinalIgnoreCase))
        {
            return normalized.Substring(projectDir.Length);
        }
        var slash = normalized.LastIndexOf('/');
        return slash < 0 ? normalized : normalized.Substring(slash + 1);
    }

    private static string FolderOf(string projectPath)
    {
        var slash = projectPath.LastIndexOf('/');
        return slash < 0 ? "" : projectPath.Substring(0, slash);
    }

    private static string FileNameWithoutExtension(string projectPath)
    {
        var name = projectPath.Substring(projectPath.LastIndexOf('/') + 1);
        return name.EndsWith(".page", StringComparison.OrdinalIgnoreCase) ? name.Substring(0, name.Length - 5) : name;
    }

    /// <summary>A folder path as a namespace suffix: <c>Components/Ui</c> → <c>Components.Ui</c>, each part a valid identifier.</summary>
    private static string FolderNamespace(string folder)
        => string.Join(".", folder.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries).Select(Sanitize));

    private static string JoinNamespace(string left, string right)
        => left.Length == 0 ? right : right.Length == 0 ? left : left + "." + right;

    private static string Sanitize(string name)
    {
        var builder = new StringBuilder(name.Length + 1);
        foreach (var c in name)
        {
            builder.Append(char.IsLetterOrDigit(c) || c == '_' ? c : '_');
        }
        if (builder.Length == 0 || char.IsDigit(builder[0]))
        {
            builder.Insert(0, '_');
        }
        return builder.ToString();
    }
}

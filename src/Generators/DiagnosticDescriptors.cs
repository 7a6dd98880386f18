using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Pages.Generators;

/// <summary>
/// Every diagnostic the generator reports, in one place, with stable ids in one contiguous range.
/// Template errors point at the first character of the offending construct in the .page file.
/// </summary>
internal static partial class DiagnosticDescriptors
{
    private const string Category = "Pages";

    public static readonly DiagnosticDescriptor UnclosedFrontmatter = Error("PAGE001",
        "Frontmatter is not closed",
        "The frontmatter block opened by '---' on line 1 has no closing '---' line");

    public static readonly DiagnosticDescriptor UnclosedElement = Error("PAGE002",
        "Element is not closed",
        "The element <{0}> is never closed; add </{0}> or write it as <{0} />");

    public static readonly DiagnosticDescriptor MismatchedEndTag = Error("PAGE003",
        "End tag does not match the open element",
        "The end tag </{0}> does not match the open element <{1}>; tags must be closed in the order they were opened");

    public static readonly DiagnosticDescriptor UnexpectedEndTag = Error("PAGE004",
        "End tag without a start tag",
        "The end tag </{0}> has no matching start tag");

    public static readonly DiagnosticDescriptor UnclosedExpression = Error("PAGE005",
        "Expression is not closed",
        "The expression opened by '{{' is never closed by '}}'");

    public static readonly DiagnosticDescriptor EmptyExpression = Error("PAGE006",
        "Empty expression",
        "The expression '{{}}' is empty; write a C# expression inside the braces, or '{{\"{{\"}}' for a literal brace");

    public static readonly DiagnosticDescriptor UnknownDirective = Error("PAGE007",
        "Unknown directive",
        "'@{0}' is not a template directive; use @if, @foreach, @for, @while or @switch");

    public static readonly DiagnosticDescriptor MalformedDirective = Error("PAGE008",
        "Malformed control construct",
        "@{0} must be followed by a parenthesized {1} and a '{{' block: {2}");

    public static readonly DiagnosticDescriptor UnclosedBlock = Error("PAGE009",
        "Block is not closed",
        "The block of @{0} is never closed by '}}'");

    public static readonly DiagnosticDescriptor ElseWithoutIf = Error("PAGE010",
        "'else' without '@if'",
        "'else' must follow the closing '}}' of an @if block");

    public static readonly DiagnosticDescriptor StrayClosingBrace = Error("PAGE011",
        "Unexpected '}'",
        "'}}' does not close any block or expression; write '&#125;' or '{{\"}}\"}}' for a literal brace");

    public static readonly DiagnosticDescriptor MalformedSwitchSection = Error("PAGE012",
        "Malformed @switch section",
        "Inside @switch, markup must follow a 'case ...:' or 'default:' label: {0}");

    public static readonly DiagnosticDescriptor MalformedTag = Error("PAGE013",
        "Malformed tag",
        "The tag <{0}> is malformed: {1}");

    public static readonly DiagnosticDescriptor InvalidComponentName = Error("PAGE014",
        "Component file name is not a C# identifier",
        "The component file '{0}' does not give a valid C# class name; rename it (e.g. 'MyCard.page')");

    public static readonly DiagnosticDescriptor AmbiguousRoute = Error("PAGE015",
        "Two pages have the same route",
        "The route '{0}' is defined by both '{1}' and '{2}'");

    public static readonly DiagnosticDescriptor UntypedComponentAttribute = Error("PAGE016",
        "Spread or class:list on a component",
        "'{0}' cannot be used on the component <{1}>: component props are typed; pass a named prop instead");

    public static readonly DiagnosticDescriptor UnclosedComment = Error("PAGE017",
        "Comment is not closed",
        "The comment is never closed by '{0}'");

    public static readonly DiagnosticDescriptor NonLiteralSetting = Error("PAGE018",
        "Page setting must be a literal",
        "'{0}' must be set to the literal true or false");

    public static readonly DiagnosticDescriptor VoidElementEndTag = Error("PAGE019",
        "End tag of a void element",
        "<{0}> is a void element and takes no end tag");

    public static readonly DiagnosticDescriptor ContentWithSetDirective = Error("PAGE020",
        "Element with both set:html/set:text and children",
        "<{0}> has {1} and children; use one or the other");

    public static readonly DiagnosticDescriptor InvalidRouteSegment = Error("PAGE021",
        "Invalid route file name",
        "The page path '{0}' is not a valid route: {1}");

    public static readonly DiagnosticDescriptor MisplacedSlotAttribute = Error("PAGE022",
        "Invalid slot usage",
        "{0}");

    public static readonly DiagnosticDescriptor MissingStaticPaths = Error("PAGE023",
        "A prerendered dynamic route needs GetStaticPaths",
        "The page '{0}' is prerendered and its route '{1}' has parameters, so it needs 'public static IEnumerable<StaticPath> GetStaticPaths()' listing the paths to write (or 'public const bool Prerender = false;' to render it on demand)");

    public static readonly DiagnosticDescriptor UnterminatedFrontmatterCode = Error("PAGE028",
        "Frontmatter C# is not closed",
        "A string, comment or interpolation hole opened here in the frontmatter never ends before the closing '---'");

    public static readonly DiagnosticDescriptor NestingTooDeep = Error("PAGE029",
        "Template is nested too deeply",
        "Elements, blocks and components are nested more than {0} levels deep here; the template is not compiled (close the open elements or split it into components)");

    public static readonly DiagnosticDescriptor InvalidEndpointHandler = Error("PAGE030",
        "Endpoint handler has a wrong signature",
        "'{0}' is not a valid endpoint handler: it must be a static, non-generic, public or internal method taking one 'EndpointContext' and returning 'IResult', 'Task<IResult>' or 'ValueTask<IResult>'");

    public static readonly DiagnosticDescriptor EndpointOutsidePagesRoot = Error("PAGE031",
        "Endpoint is not under the pages root",
        "The [Endpoint] class '{0}' is declared in '{1}', which is not a .cs file under the pages root '{2}'; an endpoint's route is its file path, so move the file under '{2}/'");

    public static readonly DiagnosticDescriptor EndpointWithoutHandlers = Error("PAGE032",
        "Endpoint has no handler",
        "The [Endpoint] class '{0}' has no handler; add a static Get, Post, Put, Patch, Delete, Options or All method taking an 'EndpointContext'");

    public static readonly DiagnosticDescriptor InvalidEndpointClass = Error("PAGE033",
        "Endpoint class cannot be routed",
        "The [Endpoint] class '{0}' must be non-generic and public or internal (as must every class it is nested in), so that the route table can call it");

    public static readonly DiagnosticDescriptor EndpointMissingStaticPaths = Error("PAGE034",
        "A prerendered dynamic endpoint needs GetStaticPaths",
        "The [Endpoint] class '{0}' is prerendered and its route '{1}' has parameters, so it needs 'public static IEnumerable<StaticPath> GetStaticPaths()' listing the files to write (or 'public const bool Prerender = false;' to run it on demand)");

    // PAGE050: links (docs/routing.md#checked-links). A warning by default; MSBuild PagesBrokenLinks=error makes it an error.
    public static readonly DiagnosticDescriptor BrokenLink = Warning("PAGE050",
        "Link to a path the app does not serve",
        "The link '{0}' matches no page, endpoint or file in the web root '{1}'; fix the path, or build it with a member of the generated Routes class");

    // Project setup (PAGE060–PAGE069): warnings about the project that references Pages, at its project file.
    public static readonly DiagnosticDescriptor AppWithoutWebSdk = Warning("PAGE060",
        "The app is not a web app",
        "'{0}' is an executable that neither uses Sdk=\"Microsoft.NET.Sdk.Web\" nor gets the Pages package's web app build files (PagesWebApp): its wwwroot files and appsettings.json are not published and ASP.NET Core's implicit usings are missing; reference the Pages package without PagesWebApp=false, or use <Project Sdk=\"Microsoft.NET.Sdk.Web\">");

    public static readonly DiagnosticDescriptor UnsupportedTargetFramework = Warning("PAGE061",
        "The target framework is older than Pages supports",
        "The target framework '{0}' is older than Pages supports; target net{1} or later");

    public static readonly DiagnosticDescriptor InternalError = Error("PAGE099",
        "The Pages generator failed",
        "The Pages generator failed on '{0}': {1}. Please report this with the file that caused it.");

    private static DiagnosticDescriptor Error(string id, string title, string message)
        => new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    private static DiagnosticDescriptor Warning(string id, string title, string message)
        => new(id, title, message, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);
}

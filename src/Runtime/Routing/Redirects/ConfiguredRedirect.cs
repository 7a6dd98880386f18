using System.Linq;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Pages;

/// <summary>
/// One redirect of <see cref="PagesOptions.Redirects"/>: requests matching <see cref="From"/> answer <see cref="Status"/>
/// with a <c>Location</c> of <see cref="To"/>, whose parameters take the request's values.
/// </summary>
public sealed class ConfiguredRedirect
{
    internal ConfiguredRedirect(string from, string to, int status)
    {
        ArgumentException.ThrowIfNullOrEmpty(from);
        ArgumentException.ThrowIfNullOrEmpty(to);
        if (from[0] != '/')
        {
            throw new ArgumentException($"A redirect's source is a path that starts with '/' (\"/old\", \"/blog/[slug]\"); got \"{from}\".", nameof(from));
        }

        if (to[0] != '/' && !to.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !to.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"A redirect's target is a path that starts with '/' or an http(s) URL; got \"{to}\".", nameof(to));
        }

        if (status is not (301 or 302 or 303 or 307 or 308))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "A redirect status is 301, 302, 303, 307 or 308.");
        }

        Template = AstroRouteSyntax.ToTemplate(from);
        try
        {
            Pattern = PageRoutePattern.Parse(Template);
        }
        catch (RoutePatternException exception)
        {
            throw new ArgumentException($"The redirect source \"{from}\" is not a route: {exception.Message}", nameof(from), exception);
        }

        var sourceNames = new HashSet<string>(Pattern.Parameters.Select(p => p.Name), StringComparer.OrdinalIgnoreCase);
        TargetParameters = AstroRouteSyntax.Parameters(to);
        foreach ((string name, _) in TargetParameters)
        {
            if (!sourceNames.Contains(name))
            {
                throw new ArgumentException($"The redirect target \"{to}\" uses [{name}], which its source \"{from}\" does not have.", nameof(to));
            }
        }

        From = from;
        To = to;
        Status = status;
    }

    /// <summary>The source, as Astro writes routes: <c>/old</c>, <c>/blog/[slug]</c>, <c>/docs/[...path]</c>.</summary>
    public string From { get; }

    /// <summary>The target: a path or an absolute URL, with the source's parameters in brackets (<c>/articles/[slug]</c>).</summary>
    public string To { get; }

    /// <summary>The redirect status: 301, 302, 303, 307 or 308.</summary>
    public int Status { get; }

    /// <summary>The source as an ASP.NET Core route template (<c>/blog/{slug}</c>).</summary>
    internal string Template { get; }

    internal RoutePattern Pattern { get; }

    /// <summary>The parameters <see cref="To"/> uses, in order.</summary>
    internal List<(string Name, bool IsRest)> TargetParameters { get; }

    /// <summary>Whether the target is a path of this site (not an absolute URL).</summary>
    internal bool IsLocal => To[0] == '/';

    /// <summary>How route tables and messages name it, in place of a source file: <c>redirect /old → /new</c>.</summary>
    internal string DisplayName => $"redirect {From} → {To}";

    /// <summary>The <c>Location</c> for a request with these route values.</summary>
    internal string Location(Func<string, string?> valueOf) => AstroRouteSyntax.Fill(To, valueOf);

    /// <inheritdoc/>
    public override string ToString() => $"{DisplayName} ({Status})";
}

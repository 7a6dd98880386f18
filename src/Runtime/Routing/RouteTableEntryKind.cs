namespace Pages;

/// <summary>What a route of <see cref="AppRouteTable"/> serves.</summary>
public enum RouteTableEntryKind
{
    /// <summary>A routable <c>.page</c>; exported as HTML (<c>about/index.html</c> or <c>about.html</c>).</summary>
    Page,

    /// <summary>An <c>[Endpoint]</c> class; exported at its own path (<c>rss.xml</c>).</summary>
    Endpoint,

    /// <summary>The <c>404.page</c>, which also answers <c>/404</c>; exported as <c>404.html</c>.</summary>
    ErrorPage,

    /// <summary>A redirect of <see cref="PagesOptions.Redirects"/>; exported as a meta-refresh page.</summary>
    Redirect,
}

using Microsoft.AspNetCore.Http;

namespace Pages;

/// <summary>
/// Which HTTP methods a page answers. A prerendered page is a file: <c>GET</c> and <c>HEAD</c>. A page rendered on
/// demand also answers <c>POST</c>, so it can handle its own form (Astro's pages answer every method; <c>PUT</c>,
/// <c>DELETE</c> and the rest belong to endpoints). Any other method answers 405 with <c>Allow</c>: the page checks
/// it itself rather than through routing metadata, because with method metadata the 404 fallback (which takes any
/// method) would win the match and a POST to a prerendered page would answer 404. When the app uses antiforgery, a
/// form POST to a page must carry a valid token (<see cref="PageBase.AntiforgeryField"/>); the page endpoint checks
/// it itself too, so that no antiforgery metadata makes routing demand <c>UseAntiforgery()</c>; a page that declares
/// <c>public const bool Antiforgery = false;</c> is not checked.
/// </summary>
internal static class PageMethods
{
    /// <summary>Whether the page answers <paramref name="method"/>.</summary>
    public static bool Allows(PageRegistration route, string method) =>
        HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || (HttpMethods.IsPost(method) && AllowsPost(route));

    /// <summary>The <c>Allow</c> header of a 405 from the page.</summary>
    public static string AllowHeader(PageRegistration route) => AllowsPost(route) ? "GET, HEAD, POST" : "GET, HEAD";

    private static bool AllowsPost(PageRegistration route) => !route.Prerender && route.StatusCode is null;
}

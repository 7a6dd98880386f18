using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Pages;

/// <summary>
/// Which HTTP methods a page answers. A prerendered page is a file: <c>GET</c> and <c>HEAD</c>. A page rendered on
/// demand also answers <c>POST</c>, so it can handle its own form (Astro's pages answer every method; <c>PUT</c>,
/// <c>DELETE</c> and the rest belong to endpoints). When the app uses antiforgery, a form POST to a page must carry
/// a valid token (<see cref="PageBase.AntiforgeryField"/>); the page endpoint checks it itself, so that no
/// antiforgery metadata makes routing demand <c>UseAntiforgery()</c>.
/// </summary>
internal static class PageMethods
{
    private static readonly HttpMethodMetadata GetAndHead = new([HttpMethods.Get, HttpMethods.Head]);
    private static readonly HttpMethodMetadata GetHeadAndPost = new([HttpMethods.Get, HttpMethods.Head, HttpMethods.Post]);

    /// <summary>The endpoint metadata of a page: the methods it answers.</summary>
    public static object MetadataFor(PageRoute route) =>
        route.Prerender || route.StatusCode is not null ? GetAndHead : GetHeadAndPost;
}

using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Pages;

/// <summary>
/// Which HTTP methods a page answers. A prerendered page is a file: <c>GET</c> and <c>HEAD</c>. A page rendered on
/// demand also answers <c>POST</c>, so it can handle its own form (Astro's pages answer every method; <c>PUT</c>,
/// <c>DELETE</c> and the rest belong to endpoints). When the app uses antiforgery, a form POST to a page must carry
/// a valid token (<see cref="PageBase.AntiforgeryField"/>).
/// </summary>
internal static class PageMethods
{
    private static readonly HttpMethodMetadata GetAndHead = new([HttpMethods.Get, HttpMethods.Head]);
    private static readonly HttpMethodMetadata GetHeadAndPost = new([HttpMethods.Get, HttpMethods.Head, HttpMethods.Post]);
    private static readonly RequireAntiforgeryTokenAttribute RequireToken = new(required: true);

    /// <summary>The endpoint metadata of a page: its methods, and the antiforgery requirement of its POSTs.</summary>
    public static object[] MetadataFor(PageRoute route, PagesRuntime runtime)
    {
        if (route.Prerender || route.StatusCode is not null)
        {
            return [GetAndHead];
        }

        // Antiforgery metadata without the antiforgery middleware makes routing throw, so only when the app uses it.
        return runtime.UsesAntiforgery ? [GetHeadAndPost, RequireToken] : [GetHeadAndPost];
    }
}

namespace Pages.HybridTests;

/// <summary>
/// The same app in both output modes: a page without its own <c>Prerender</c> follows <c>PagesOutput</c>; a page that
/// says <c>Prerender = true</c> renders once and is kept in either mode; <c>Prerender = false</c> renders per request.
/// </summary>
public class HybridOutputTests
{
    /// <summary>Requests <paramref name="path"/> twice: true when the second answer was rendered again.</summary>
    private static async Task<bool> RendersPerRequestAsync(HybridApp app, string path)
    {
        var first = await app.Client.GetStringAsync(path);
        var second = await app.Client.GetStringAsync(path);
        Assert.Contains("render 1", first);
        return first != second;
    }

    [Theory]
    [InlineData("/", false)]
    [InlineData("/always-static", false)]
    [InlineData("/always-live", true)]
    public async Task Static_output_prerenders_every_page_that_does_not_opt_out(string path, bool perRequest)
    {
        await using var app = await HybridApp.StartAsync(global::Pages.Generated.HybridSite.Static.PagesManifest.Instance);
        Assert.Equal(perRequest, await RendersPerRequestAsync(app, path));
    }

    [Theory]
    [InlineData("/", true)]
    [InlineData("/always-static", false)]
    [InlineData("/always-live", true)]
    public async Task Server_output_renders_on_demand_every_page_that_does_not_opt_in(string path, bool perRequest)
    {
        await using var app = await HybridApp.StartAsync(global::Pages.Generated.HybridSite.Server.PagesManifest.Instance);
        Assert.Equal(perRequest, await RendersPerRequestAsync(app, path));
    }
}

using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Pages.IntegrationTests;

/// <summary>The trailing-slash policy on demand: `always` and `never` redirect to their form; `ignore` serves both.</summary>
public class TrailingSlashTests
{
    private static async Task<T> WithAppAsync<T>(TrailingSlash policy, Func<HttpClient, Task<T>> test)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddPages(o => o.TrailingSlash = policy);
        await using var app = builder.Build();
        app.MapPages();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(address) };
        return await test(client);
    }

    [Fact]
    public async Task Always_redirects_a_rest_folder_route_and_serves_its_slash_form()
    {
        var (status, location, body) = await WithAppAsync(TrailingSlash.Always, async client =>
        {
            var response = await client.GetAsync("/wiki/a/b/edit");
            var withSlash = await client.GetStringAsync("/wiki/a/b/edit/");
            return (response.StatusCode, response.Headers.Location?.OriginalString, withSlash);
        });
        Assert.Equal(HttpStatusCode.MovedPermanently, status);
        Assert.Equal("/wiki/a/b/edit/", location);
        Assert.Equal("<p>edit a/b</p>\n", body);
    }

    [Fact]
    public async Task Always_redirects_a_path_without_its_slash_and_keeps_the_query()
    {
        var (status, location, slashed) = await WithAppAsync(TrailingSlash.Always, async client =>
        {
            var response = await client.GetAsync("/about?x=1");
            var withSlash = await client.GetAsync("/about/");
            return (response.StatusCode, response.Headers.Location?.OriginalString, withSlash.StatusCode);
        });
        Assert.Equal(HttpStatusCode.MovedPermanently, status);
        Assert.Equal("/about/?x=1", location);
        Assert.Equal(HttpStatusCode.OK, slashed);
    }

    [Fact]
    public async Task Never_redirects_a_path_with_a_slash()
    {
        var (status, location, plain) = await WithAppAsync(TrailingSlash.Never, async client =>
        {
            var response = await client.GetAsync("/about/");
            var withoutSlash = await client.GetAsync("/about");
            return (response.StatusCode, response.Headers.Location?.OriginalString, withoutSlash.StatusCode);
        });
        Assert.Equal(HttpStatusCode.MovedPermanently, status);
        Assert.Equal("/about", location);
        Assert.Equal(HttpStatusCode.OK, plain);
    }

    [Fact]
    public async Task Ignore_serves_both_forms_and_the_root_is_never_redirected()
    {
        var statuses = await WithAppAsync(TrailingSlash.Ignore, async client =>
            new[] { (await client.GetAsync("/about")).StatusCode, (await client.GetAsync("/about/")).StatusCode });
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        var root = await WithAppAsync(TrailingSlash.Never, async client => (await client.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, root);
    }
}

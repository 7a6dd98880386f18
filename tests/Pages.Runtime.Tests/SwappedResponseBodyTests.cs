using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Pages.Tests.Infrastructure;
using static Pages.Tests.Infrastructure.TestPages;

namespace Pages.Tests;

/// <summary>
/// A streamed page behind middleware that swaps the response body for a stream and puts the old body feature back
/// without completing the new one, as dotnet watch's browser-refresh middleware does (it rewrites HTML on its way
/// out): the page's bytes must still reach the stream.
/// </summary>
public sealed class SwappedResponseBodyTests
{
    [Fact]
    public async Task A_streamed_page_reaches_a_stream_that_replaced_the_response_body()
    {
        await using var app = await KestrelTestApp.StartAsync(
            r => r.AddPage("/hello/{name}", "Pages/hello/[name].page", false, null, () => new Hello()),
            beforeMapPages: web => web.Use(async (context, next) =>
            {
                IHttpResponseBodyFeature original = context.Features.Get<IHttpResponseBodyFeature>()!;
                using var captured = new MemoryStream();
                context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(captured));
                try
                {
                    await next(context);
                }
                finally
                {
                    context.Features.Set(original);
                }

                // What the middleware saw, with a marker, so the test knows the bytes went through it.
                byte[] seen = captured.ToArray();
                context.Response.ContentLength = null;
                await context.Response.Body.WriteAsync(seen);
                await context.Response.WriteAsync("<!--seen-->");
            }));

        using HttpResponseMessage response = await app.Client.GetAsync("/hello/Ada");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("<h1>Hello Ada</h1><!--seen-->", await response.Content.ReadAsStringAsync());
    }
}

using System.Net;
using Microsoft.AspNetCore.Http;
using Pages.Tests.Infrastructure;

namespace Pages.Tests;

public class PageMembersTests
{
    private sealed class CookiePage : Page
    {
        protected override IResult? Render(HtmlWriter __w)
        {
            CookieValue? count = Cookies.Get("count");
            Cookies.Set("count", (count?.Number() ?? 0) + 0.5);
            Cookies.Set("seen", true);
            Cookies.Delete("old");
            StatusText = "Fine Thanks";
            BeginTemplate();
            __w.Write(Url.PathAndQuery);
            __w.WriteLiteral("|"u8);
            __w.Write(Cookies.Get("count")?.Value);
            __w.WriteLiteral("|"u8);
            __w.Write(Cookies.Get("flag")?.Boolean() ?? false ? "on" : "off");
            __w.WriteLiteral("|"u8);
            __w.Write(double.IsNaN(Cookies.Get("flag")?.Number() ?? 0) ? "NaN" : "number");
            return null;
        }
    }

    [Fact]
    public async Task Page_reads_url_and_cookies_and_sets_cookies_with_path_root_and_invariant_numbers()
    {
        await using var app = await KestrelTestApp.StartAsync(r => r.AddPage("/c", "Pages/c.page", false, null, () => new CookiePage()));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/c?x=1");
        request.Headers.Add("Cookie", "count=1.5; flag=yes");
        using HttpResponseMessage response = await app.Client.SendAsync(request);

        Assert.Equal("/c?x=1|1.5|on|NaN", await response.Content.ReadAsStringAsync());
        Assert.Equal("Fine Thanks", response.ReasonPhrase);
        string[] cookies = [.. response.Headers.GetValues("Set-Cookie")];
        Assert.Contains("count=2; path=/", cookies);
        Assert.Contains("seen=true; path=/", cookies);
        Assert.Contains(cookies, c => c.StartsWith("old=; expires=", StringComparison.Ordinal) && c.Contains("path=/"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

using System.Net;
using System.Text.RegularExpressions;

namespace Pages.FleetTests.Infrastructure;

/// <summary>Reading FleetSite's pages: which instance served a form, its antiforgery token, the render counters.</summary>
public static partial class FleetPages
{
    /// <summary>A client with a cookie jar and no automatic redirects, as a browser session.</summary>
    public static HttpClient Browser(Uri baseAddress) =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };

    public static string Instance(string formPage) => Match(InstanceSpan(), formPage, "instance");

    public static string Token(string formPage) => WebUtility.HtmlDecode(Match(TokenField(), formPage, "antiforgery token"));

    public static FormUrlEncodedContent Form(string token, string name) => new(new Dictionary<string, string>
    {
        ["__RequestVerificationToken"] = token,
        ["name"] = name,
    });

    /// <summary>How many pages the instance at <paramref name="instance"/> rendered itself (<c>/fleet/instance</c>, never cached).</summary>
    public static async Task<int> RendersAsync(Uri instance)
    {
        using var client = new HttpClient { BaseAddress = instance, Timeout = TimeSpan.FromSeconds(10) };
        var text = await client.GetStringAsync("/fleet/instance");
        return int.Parse(text.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Match(Regex regex, string page, string what)
    {
        var match = regex.Match(page);
        Assert.True(match.Success, $"No {what} in the page:\n{page}");
        return match.Groups[1].Value;
    }

    [GeneratedRegex("<span id=\"instance\">([^<]+)</span>")]
    private static partial Regex InstanceSpan();

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}

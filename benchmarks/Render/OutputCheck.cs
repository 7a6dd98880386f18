using System.Text;

namespace Bench.Render;

/// <summary>
/// Proves, before any timing, that every engine writes the same bytes for the same page: nothing is
/// normalized, so a difference of one byte (whitespace, an entity) fails the run.
/// </summary>
public static class OutputCheck
{
    /// <summary>Renders each page with each engine and compares the bytes with the first engine's.</summary>
    /// <param name="writeTo">Where to print what was compared.</param>
    /// <returns>Whether all outputs matched.</returns>
    public static async Task<bool> RunAsync(TextWriter writeTo)
    {
        await using var renderers = new Renderers();
        await using var endpoints = new FortunesEndpoints();
        List<Fortune> fortunes = FortuneData.Prepared;
        DashboardModel model = DashboardModel.Instance;
        bool fortunesMatch = await CompareAsync(writeTo, "fortunes",
            ("handwritten", sink => renderers.HandWrittenFortunesAsync(sink, fortunes)),
            ("pages", sink => renderers.PagesFortunesAsync(sink)),
            ("handwritten endpoint", sink => new ValueTask(endpoints.InvokeAsync(FortunesEndpoints.HandWritten, new PipeResponseBodyFeature(sink)))),
            ("pages endpoint", sink => new ValueTask(endpoints.InvokeAsync(endpoints.Pages, new PipeResponseBodyFeature(sink)))),
            ("razorslices", sink => renderers.RazorSlicesFortunesAsync(sink, fortunes)),
            ("blazor", sink => renderers.BlazorFortunesAsync(sink, fortunes)));
        bool dashboardMatch = await CompareAsync(writeTo, "dashboard",
            ("pages", sink => renderers.PagesDashboardAsync(sink)),
            ("razorslices", sink => renderers.RazorSlicesDashboardAsync(sink, model)),
            ("blazor", sink => renderers.BlazorDashboardAsync(sink, model)));
        return fortunesMatch && dashboardMatch && await FortunesAreEncodedAsync(writeTo, renderers, fortunes);
    }

    /// <summary>The page itself is right: the script is encoded, Japanese and the em dash are not turned into entities.</summary>
    private static async Task<bool> FortunesAreEncodedAsync(TextWriter writeTo, Renderers renderers, List<Fortune> fortunes)
    {
        var sink = new PipeSink();
        await renderers.HandWrittenFortunesAsync(sink, fortunes);
        string html = Encoding.UTF8.GetString(sink.DrainToArray());
        string[] required =
        [
            "<tr><td>11</td><td>&lt;script&gt;alert(&quot;This should not be displayed in a browser alert box.&quot;);&lt;/script&gt;</td></tr>",
            "<td>フレームワークのベンチマーク</td>",
            "UNIX. — Tom Christaensen",
            "<tr><td>0</td><td>Additional fortune added at request time.</td></tr>",
        ];
        string[] missing = required.Where(r => !html.Contains(r, StringComparison.Ordinal)).ToArray();
        foreach (string text in missing)
        {
            writeTo.WriteLine($"check fortunes: the page lacks {text}");
        }

        return missing.Length == 0 && html.StartsWith("<!DOCTYPE html><html><head><title>Fortunes</title>", StringComparison.Ordinal);
    }

    private static async Task<bool> CompareAsync(TextWriter writeTo, string page, params (string Name, Func<PipeSink, ValueTask> Render)[] engines)
    {
        byte[]? expected = null;
        bool match = true;
        foreach ((string name, Func<PipeSink, ValueTask> render) in engines)
        {
            var sink = new PipeSink();
            await render(sink);
            byte[] actual = sink.DrainToArray();
            if (expected is null)
            {
                expected = actual;
                writeTo.WriteLine($"check {page}: {name} wrote {actual.Length} bytes");
                continue;
            }

            if (actual.AsSpan().SequenceEqual(expected))
            {
                writeTo.WriteLine($"check {page}: {name} wrote the same {actual.Length} bytes");
                continue;
            }

            match = false;
            int at = actual.AsSpan().CommonPrefixLength(expected);
            writeTo.WriteLine($"check {page}: {name} DIFFERS at byte {at} ({actual.Length} vs {expected.Length} bytes)");
            writeTo.WriteLine($"  expected: ...{Excerpt(expected, at)}");
            writeTo.WriteLine($"  actual:   ...{Excerpt(actual, at)}");
        }

        return match;
    }

    private static string Excerpt(byte[] bytes, int at)
    {
        int start = Math.Max(0, at - 40);
        return Encoding.UTF8.GetString(bytes, start, Math.Min(bytes.Length - start, 100));
    }
}

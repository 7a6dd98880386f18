using System.IO.Hashing;
using System.Text;

namespace Pages;

/// <summary>
/// Warms the code every exported page runs, on a second core, while the export process's own thread starts the app's
/// host. That start (configuration, services, routing: ≈ 0.1 s) runs on one thread, and on a machine with two cores the
/// other one is idle then; the first pages the render workers take would otherwise pay, on the export's critical path,
/// what a first call costs: Markdig's pipeline and types, the fix-ups of the precompiled (ReadyToRun) code, and the JIT
/// of what no precompiled image holds (Markdig's generic lists over its own structs, the vectorized search and hash
/// code the images leave out). What is warmed is pure code: a small Markdown document rendered, a page's links scanned,
/// a buffer hashed; nothing it computes is kept, and a failure here is ignored (the export then pays the first calls
/// itself, as before). Then, until the render workers start (<see cref="Stop"/>), it renders the content bodies into
/// their entries' cache, from the last entry backwards (<see cref="ContentRegistry.RenderBodiesBackwards"/>): at 1,000
/// posts the idle core has time for ≈ 200 of them. docs/performance.md, "The export's first pages".
/// </summary>
internal static class ExportWarmUp
{
    /// <summary>
    /// Markdown with what a content page commonly holds, so that each block and inline parser and renderer the pipeline
    /// has runs once: headings (with their GitHub ids), emphasis, code, links (relative, absolute, auto), lists, a table,
    /// a quote, a fenced block, HTML, a footnote.
    /// </summary>
    internal const string Markdown = """
        ## A section

        A paragraph with **bold**, *italic*, `code`, a [link](/posts/a/), an [external one](https://example.com/) and
        <https://example.com/auto>. A second line; a footnote[^1].

        - an item
        - another, with `code`

        1. first
        2. second

        | a | b |
        | --- | ---: |
        | 1 | 2 |

        > a quote

        ```csharp
        var x = 1;
        ```

        ### A subsection {#custom}

        <div class="note">HTML</div>

        [^1]: The footnote.
        """;

    private static volatile bool _stopped;

    /// <summary>Starts the warm-up on a background thread, when the machine has a core to spare for it.</summary>
    public static void Start()
    {
        if (Environment.ProcessorCount < 2)
        {
            return;
        }

        var thread = new Thread(() =>
        {
            Run();
            RenderBodies();
        })
        { IsBackground = true, Name = "Pages export warm-up" };
        thread.Start();
    }

    /// <summary>Ends the warm-up's body rendering: the export's render workers take both cores from here on.</summary>
    public static void Stop() => _stopped = true;

    /// <summary>The warm-up itself (on the calling thread): what <see cref="Start"/> runs.</summary>
    internal static void Run()
    {
        try
        {
            RenderedMarkdown rendered = MarkdownRenderer.Render(Markdown);
            byte[] page = Encoding.UTF8.GetBytes($"<!DOCTYPE html><html><body><h1 id=\"top\">T</h1>{rendered.Html}<a href=\"#top\">top</a></body></html>");
            _ = PageLinks.Scan(page);

            // Pages are hashed whole (most are longer than XxHash3's 240-byte short path), the manifest as it is written.
            byte[] bytes = new byte[4096];
            page.AsSpan(0, Math.Min(page.Length, bytes.Length)).CopyTo(bytes);
            _ = XxHash3.HashToUInt64(bytes);
            var hasher = new XxHash3();
            hasher.Append(bytes);
            _ = hasher.GetCurrentHashAsUInt64();
        }
        catch (Exception)
        {
            // Only a head start: the export runs the same code itself and reports its own failures.
        }
    }

    // Then, until the export starts rendering, the content bodies from the last entry backwards (the render workers
    // take the routes from the first): each entry caches its HTML, and a page's render that shows it records what it
    // read as before.
    private static void RenderBodies()
    {
        try
        {
            ContentRegistry.RenderBodiesBackwards(static () => _stopped);
        }
        catch (Exception)
        {
            // As above: the pages render their bodies themselves.
        }
    }
}

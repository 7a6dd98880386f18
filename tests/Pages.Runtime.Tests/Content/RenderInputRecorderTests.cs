using Xunit;

namespace Pages.Tests.Content;

/// <summary>
/// What the content API reports to the export's per-render recorder (docs/static-export.md#incremental-export): compiled
/// content (frontmatter, embedded bodies) marks the render as reading content, a body read from its file adds the file
/// with its stamp, and a body given in code or a file that changed during the render makes the render one the export
/// cannot skip. A render that read no content is never skipped either. Each test records in its own async method, so
/// the recorder is that method's only.
/// </summary>
public sealed class RenderInputRecorderTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("pages-recorder-");

    [Fact]
    public async Task Compiled_content_is_recorded_without_files()
    {
        var entry = new ContentEntry<string>("entry", "data", typeof(RenderInputRecorderTests).Assembly, "Bodies/utf8.md", 0);

        Dictionary<string, string>? inputs = await RecordAsync(() => _ = entry.Data + entry.Body);

        Assert.NotNull(inputs);
        Assert.Empty(inputs);
    }

    [Fact]
    public async Task A_render_that_reads_no_content_is_not_skippable()
        => Assert.Null(await RecordAsync(() => { }));

    [Fact]
    public async Task A_body_given_in_code_cannot_be_vouched_for()
    {
        var entry = new ContentEntry<string>("entry", "data", "# From anywhere\n");

        Assert.Null(await RecordAsync(() => _ = entry.Html));
    }

    [Fact]
    public async Task A_body_read_from_its_file_is_recorded_with_the_files_stamp()
    {
        string path = Path.Combine(_root.FullName, "post.md");
        File.WriteAllText(path, "---\ntitle: T\n---\nBody.\n");
        var file = new ContentSourceFile(path);

        Dictionary<string, string>? inputs = await RecordAsync(() => _ = file.Rendered.Html.Value + file.Body);

        Assert.NotNull(inputs);
        Assert.Equal(ContentFileStamp.Of(path), Assert.Single(inputs, input => input.Key == path).Value);
    }

    [Fact]
    public async Task A_file_that_changes_during_the_render_cannot_be_vouched_for()
    {
        string path = Path.Combine(_root.FullName, "post.md");
        File.WriteAllText(path, "---\ntitle: T\n---\nBody.\n");
        var file = new ContentSourceFile(path);

        Dictionary<string, string>? inputs = await RecordAsync(() =>
        {
            _ = file.Body;
            File.WriteAllText(path, "---\ntitle: T\n---\nAnother, longer body.\n");
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(1));
            _ = file.Body;
        });

        Assert.Null(inputs);
    }

    [Fact]
    public async Task Nothing_is_recorded_outside_the_recording_flow()
    {
        var recorder = new RenderInputRecorder();
        await RecordIntoAsync(recorder, () => { });
        var entry = new ContentEntry<string>("entry", "data", typeof(RenderInputRecorderTests).Assembly, "Bodies/utf8.md", 0);

        // The recorder was that method's: here, after it returned, no render is being recorded.
        Assert.Null(RenderInputRecorder.Current);
        _ = entry.Data;
        Assert.Null(recorder.Inputs);
    }

    public void Dispose() => _root.Delete(recursive: true);

    private static async Task<Dictionary<string, string>?> RecordAsync(Action render)
    {
        var recorder = new RenderInputRecorder();
        await RecordIntoAsync(recorder, render);
        return recorder.Inputs;
    }

    private static async Task RecordIntoAsync(RenderInputRecorder recorder, Action render)
    {
        RenderInputRecorder.Begin(recorder);
        await Task.Yield();
        render();
    }
}

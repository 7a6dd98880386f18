using System.IO.Pipelines;
using Pages.Tests.Infrastructure;

namespace Pages.Tests;

/// <summary>
/// The page endpoint reuses its thread's spare <see cref="HtmlWriter"/> (HtmlWriter.Rent/Return): a returned writer
/// starts the next render clean, into the next response; a writer that still holds bytes is never kept.
/// </summary>
public class HtmlWriterReuseTests
{
    [Fact]
    public async Task Returned_writer_is_rented_again_and_writes_only_into_the_next_pipe()
    {
        var first = new Pipe();
        HtmlWriter writer = HtmlWriter.Rent(first.Writer, HtmlWriterHarness.Encoder);
        writer.WriteLiteral("<p>first</p>"u8);
        await writer.FlushAsync();
        writer.Commit();
        HtmlWriter.Return(writer);

        var second = new Pipe();
        HtmlWriter again = HtmlWriter.Rent(second.Writer, HtmlWriterHarness.Encoder);
        Assert.Same(writer, again);
        Assert.False(again.HasFlushed);
        Assert.False(again.IsCommitted);

        // Discardable again, as a new writer is: a result returned from the frontmatter drops these bytes.
        again.Write("dropped");
        again.DiscardPending();
        again.Write("<second & last>");
        again.Commit();
        await first.Writer.CompleteAsync();
        await second.Writer.CompleteAsync();

        Assert.Equal("<p>first</p>", await HtmlWriterHarness.ReadAllAsync(first.Reader));
        Assert.Equal("&lt;second &amp; last&gt;", await HtmlWriterHarness.ReadAllAsync(second.Reader));
    }

    [Fact]
    public void Writer_with_pending_bytes_is_not_kept()
    {
        HtmlWriter.Rent(new Pipe().Writer, HtmlWriterHarness.Encoder); // empties this thread's spare slot
        HtmlWriter pending = HtmlWriter.Rent(new Pipe().Writer, HtmlWriterHarness.Encoder);
        pending.WriteLiteral("<p>not committed</p>"u8);
        HtmlWriter.Return(pending);

        Assert.NotSame(pending, HtmlWriter.Rent(new Pipe().Writer, HtmlWriterHarness.Encoder));
    }
}

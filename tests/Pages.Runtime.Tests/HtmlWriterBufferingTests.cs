using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using Pages.Tests.Infrastructure;

namespace Pages.Tests;

public class HtmlWriterBufferingTests
{
    [Fact]
    public void Bytes_written_before_the_first_flush_reach_the_pipe_only_on_commit()
    {
        var pipe = new Pipe();
        var writer = new HtmlWriter(pipe.Writer, HtmlWriterHarness.Encoder);
        writer.WriteLiteral("<p>hello</p>"u8);
        Assert.Equal(0, pipe.Writer.UnflushedBytes);

        writer.Commit();
        Assert.Equal(12, pipe.Writer.UnflushedBytes);
        Assert.False(writer.HasFlushed);
    }

    [Fact]
    public async Task Discarded_bytes_never_reach_the_pipe_and_the_next_writer_starts_clean()
    {
        var pipe = new Pipe();
        var failing = new HtmlWriter(pipe.Writer, HtmlWriterHarness.Encoder);
        failing.WriteLiteral("<p>half a page"u8);
        failing.DiscardPending();

        var errorPage = new HtmlWriter(pipe.Writer, HtmlWriterHarness.Encoder);
        errorPage.WriteLiteral("<h1>500</h1>"u8);
        errorPage.Commit();
        await pipe.Writer.CompleteAsync();

        Assert.Equal("<h1>500</h1>", await HtmlWriterHarness.ReadAllAsync(pipe.Reader));
    }

    [Fact]
    public async Task Discard_also_drops_output_larger_than_the_first_buffer()
    {
        var pipe = new Pipe();
        var failing = new HtmlWriter(pipe.Writer, HtmlWriterHarness.Encoder);
        for (int i = 0; i < 10_000; i++)
        {
            failing.Write("spilled text ");
        }

        failing.DiscardPending();
        var next = new HtmlWriter(pipe.Writer, HtmlWriterHarness.Encoder);
        next.WriteLiteral("ok"u8);
        next.Commit();
        await pipe.Writer.CompleteAsync();

        Assert.Equal("ok", await HtmlWriterHarness.ReadAllAsync(pipe.Reader));
    }

    [Fact]
    public async Task Output_larger_than_the_first_buffer_is_committed_in_order()
    {
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: 0));
        var writer = new HtmlWriter(pipe.Writer, HtmlWriterHarness.Encoder);
        var expected = new StringBuilder();
        for (int i = 0; i < 5_000; i++)
        {
            writer.WriteLiteral("<li>"u8);
            writer.Write(i);
            expected.Append("<li>").Append(i);
        }

        await writer.FlushAsync();
        Assert.True(writer.HasFlushed);
        writer.WriteLiteral("</ul>"u8);
        expected.Append("</ul>");
        writer.Commit();
        await pipe.Writer.CompleteAsync();

        Assert.Equal(expected.ToString(), await HtmlWriterHarness.ReadAllAsync(pipe.Reader));
    }

    [Fact]
    public async Task Flush_with_nothing_pending_does_not_start_the_response()
    {
        var pipe = new Pipe();
        var writer = new HtmlWriter(pipe.Writer, HtmlWriterHarness.Encoder);
        await writer.FlushAsync();
        Assert.False(writer.HasFlushed);
    }

    [Fact]
    public async Task Flush_sends_the_bytes_so_far_and_writing_continues_after_it()
    {
        var pipe = new Pipe();
        var writer = new HtmlWriter(pipe.Writer, HtmlWriterHarness.Encoder);
        writer.WriteLiteral("<head>"u8);
        await writer.FlushAsync();

        ReadResult first = await pipe.Reader.ReadAsync();
        Assert.Equal("<head>", Encoding.UTF8.GetString(first.Buffer.ToArray()));
        pipe.Reader.AdvanceTo(first.Buffer.End);

        writer.WriteLiteral("<body>"u8);
        writer.Commit();
        await pipe.Writer.CompleteAsync();
        Assert.Equal("<body>", await HtmlWriterHarness.ReadAllAsync(pipe.Reader));
    }
}

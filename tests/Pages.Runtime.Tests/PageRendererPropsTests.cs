using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Pages.Tests;

/// <summary>PageRenderer renders a page that declares <c>record Props</c> with the props it is given.</summary>
public class PageRendererPropsTests
{
    private sealed class Post : Page<Post.Props>
    {
        public sealed record Props(string Title);

        protected override IResult? Render(HtmlWriter __w)
        {
            __w.WriteLiteral("<h1>"u8);
            __w.Write(props.Title);
            __w.WriteLiteral("</h1>"u8);
            return null;
        }
    }

    private static PageRenderer Renderer => new ServiceCollection().AddPages().BuildServiceProvider().GetRequiredService<PageRenderer>();

    [Fact]
    public async Task Page_with_props_renders_them_to_a_string()
        => Assert.Equal("<h1>A &amp; B</h1>", await Renderer.RenderToStringAsync(new Post(), new Post.Props("A & B")));

    [Fact]
    public async Task Page_with_props_renders_them_into_a_pipe()
    {
        var pipe = new System.IO.Pipelines.Pipe();
        Assert.Null(await Renderer.RenderAsync(new Post(), new Post.Props("P"), pipe.Writer));
        await pipe.Writer.CompleteAsync();
        var read = await pipe.Reader.ReadAsync();
        Assert.Equal("<h1>P</h1>", System.Text.Encoding.UTF8.GetString(System.Buffers.BuffersExtensions.ToArray(read.Buffer)));
    }
}

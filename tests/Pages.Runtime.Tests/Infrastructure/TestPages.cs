using Microsoft.AspNetCore.Http;

namespace Pages.Tests.Infrastructure;

/// <summary>Hand-written pages shaped like generated code (frontmatter, BeginTemplate, template writes).</summary>
internal static class TestPages
{
    public sealed class Hello : Page
    {
        protected override IResult? Render(HtmlWriter __w)
        {
            string? name = Params["name"] ?? "world";
            BeginTemplate();
            __w.WriteLiteral("<h1>Hello "u8);
            __w.Write(name);
            __w.WriteLiteral("</h1>"u8);
            return null;
        }
    }

    public sealed class Text(string text) : Page
    {
        protected override IResult? Render(HtmlWriter __w)
        {
            BeginTemplate();
            __w.Write(text);
            return null;
        }
    }

    public sealed class NotFoundFromFrontmatter : Page
    {
        protected override IResult? Render(HtmlWriter __w)
        {
            if (Params["id"] != "1")
            {
                return NotFound();
            }

            BeginTemplate();
            __w.WriteLiteral("<p>item 1</p>"u8);
            return null;
        }
    }

    public sealed class SetsItsOwn404 : Page
    {
        protected override IResult? Render(HtmlWriter __w)
        {
            Response.StatusCode = 404;
            BeginTemplate();
            __w.WriteLiteral("<p>my own not found</p>"u8);
            return null;
        }
    }

    public sealed class RedirectsPermanently : Page
    {
        protected override IResult? Render(HtmlWriter __w) => Redirect("/target", 301);
    }

    public sealed class ThrowsBeforeFirstByte : Page
    {
        protected override IResult? Render(HtmlWriter __w)
        {
            BeginTemplate();
            __w.WriteLiteral("<p>half a page"u8);
            throw new InvalidOperationException("boom before the first byte");
        }
    }

    public sealed class ThrowsAfterFlush : Page
    {
        protected override async ValueTask<IResult?> RenderAsync(HtmlWriter __w)
        {
            BeginTemplate();
            __w.WriteLiteral("<html><head><title>streamed</title></head><body>"u8);
            await __w.FlushAsync();
            await Task.Delay(50);
            throw new InvalidOperationException("boom while streaming");
        }
    }

    public sealed class Streams : Page
    {
        protected override async ValueTask<IResult?> RenderAsync(HtmlWriter __w)
        {
            BeginTemplate();
            __w.WriteLiteral("<head>"u8);
            await __w.FlushAsync();
            await Task.Yield();
            __w.WriteLiteral("<body>"u8);
            return null;
        }
    }

    public sealed class ErrorPage(string body) : Page
    {
        protected override IResult? Render(HtmlWriter __w)
        {
            BeginTemplate();
            __w.WriteRaw(body);
            return null;
        }
    }
}

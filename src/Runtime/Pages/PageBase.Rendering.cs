using Microsoft.AspNetCore.Http;

namespace Pages;

// The render entry points and result helpers generated code calls.
public abstract partial class PageBase
{
    /// <summary>A result that redirects to <paramref name="url"/>.</summary>
    /// <param name="url">The target, absolute or relative to the site.</param>
    /// <param name="status">301, 302 (default), 303, 307 or 308.</param>
    /// <returns>The result, to return from the frontmatter.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a redirect status.</exception>
    protected IResult Redirect(string url, int status = StatusCodes.Status302Found) => new PageRedirectResult(url, status);

    /// <summary>A result that answers 404 with the app's 404 page body (an empty body when it has none).</summary>
    /// <returns>The result, to return from the frontmatter.</returns>
    protected IResult NotFound() => NotFoundPageResult.Instance;

    /// <summary>
    /// The synchronous render, overridden by generated code for templates with no <c>await</c>:
    /// runs the frontmatter, then writes the template to <paramref name="__w"/>.
    /// </summary>
    /// <param name="__w">The writer of the response body.</param>
    /// <returns>A result returned by the frontmatter, or <see langword="null"/> when the page wrote HTML.</returns>
    protected virtual IResult? Render(HtmlWriter __w) => throw new InvalidOperationException(
        $"{GetType().Name} overrides neither Render nor RenderAsync; generated pages override exactly one.");

    /// <summary>
    /// The asynchronous render, overridden by generated code for templates with <c>await</c>;
    /// by default it calls <see cref="Render"/>.
    /// </summary>
    /// <param name="__w">The writer of the response body.</param>
    /// <returns>A result returned by the frontmatter, or <see langword="null"/> when the page wrote HTML.</returns>
    protected virtual ValueTask<IResult?> RenderAsync(HtmlWriter __w) => new(Render(__w));

    /// <summary>
    /// Renders into <paramref name="writer"/> and settles its output: committed when the page wrote HTML,
    /// dropped (as far as not yet sent) when the frontmatter returned a result or the render threw.
    /// </summary>
    /// <param name="writer">The writer of the page's output.</param>
    /// <returns>The frontmatter's result, or <see langword="null"/> when the page wrote HTML.</returns>
    internal ValueTask<IResult?> RenderAndCommitAsync(HtmlWriter writer)
    {
        ValueTask<IResult?> render;
        try
        {
            render = RenderAsync(writer);
        }
        catch
        {
            writer.DiscardPending();
            throw;
        }

        // Most pages complete synchronously: no second state machine on the hot path.
        return render.IsCompletedSuccessfully ? new(Settle(writer, render.Result)) : AwaitAndSettleAsync(writer, render);
    }

    private static async ValueTask<IResult?> AwaitAndSettleAsync(HtmlWriter writer, ValueTask<IResult?> render)
    {
        IResult? result;
        try
        {
            result = await render.ConfigureAwait(false);
        }
        catch
        {
            writer.DiscardPending();
            throw;
        }

        return Settle(writer, result);
    }

    private static IResult? Settle(HtmlWriter writer, IResult? result)
    {
        if (result is null)
        {
            writer.Commit();
        }
        else
        {
            writer.DiscardPending();
        }

        return result;
    }
}

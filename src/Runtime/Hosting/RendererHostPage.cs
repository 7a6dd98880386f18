namespace Pages;

/// <summary>The stand-in parent of a component rendered on its own by <see cref="PageRenderer"/>: it carries the request, renders nothing.</summary>
internal sealed class RendererHostPage : Page
{
    protected override Microsoft.AspNetCore.Http.IResult? Render(HtmlWriter __w) => null;
}

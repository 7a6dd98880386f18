using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Pages;

// The response rule of docs/language.md, and the antiforgery field.
public abstract partial class PageBase
{
    /// <summary>
    /// Throws when this page or component may no longer change the response: in a component, or in a page once its
    /// frontmatter has finished. Deterministic: it does not depend on whether bytes have been flushed.
    /// </summary>
    /// <param name="what">What the code tried to change (<c>Response.StatusCode</c>, <c>the header 'X'</c>, ...).</param>
    internal void ThrowIfResponseLocked(string what)
    {
        string name = GetType().Name;
        if (this is not Page)
        {
            throw new InvalidOperationException(
                $"{what} can only be changed in a page's frontmatter, before the template starts; {name} is a component, and components may only read the response. "
                + "Set it in the frontmatter of the page that renders the component (as in Astro, only the page may change the status, headers and cookies).");
        }

        if (TemplateStarted)
        {
            throw new InvalidOperationException(
                $"{what} can only be changed in a page's frontmatter, before the template starts; {name}'s frontmatter has finished, so its status and headers may already be on their way to the client. "
                + "Move the change into the frontmatter (between the --- lines), before any HTML is written.");
        }
    }

    private PageResponse GuardedResponse => Lazy.Response ??= new PageResponse(HttpContext.Response, this);

    /// <summary>
    /// The hidden form field with ASP.NET Core's antiforgery token (<c>&lt;input type="hidden" name="__RequestVerificationToken" ...&gt;</c>):
    /// write <c>{AntiforgeryField()}</c> inside a <c>&lt;form method="post"&gt;</c> that posts to a page. Empty when the app
    /// does not use antiforgery. Sets the antiforgery cookie, so call it before the response starts: in the frontmatter
    /// (<c>var token = AntiforgeryField();</c>), or in the template before the first <c>await</c>.
    /// </summary>
    /// <returns>The field as HTML.</returns>
    protected IHtmlContent AntiforgeryField()
    {
        IAntiforgery? antiforgery = HttpContext.RequestServices.GetService<IAntiforgery>();
        if (antiforgery is null)
        {
            return HtmlString.Empty;
        }

        AntiforgeryTokenSet tokens = antiforgery.GetAndStoreTokens(HttpContext);
        var field = new HtmlContentBuilder(5);
        field.AppendHtml("<input type=\"hidden\" name=\"");
        field.Append(tokens.FormFieldName);
        field.AppendHtml("\" value=\"");
        field.Append(tokens.RequestToken);
        field.AppendHtml("\">");
        return field;
    }
}

using Microsoft.AspNetCore.Antiforgery;

namespace PagesSite.Pages.Api;

/// <summary><c>/api/contact</c>: receives the form of <c>contact.page</c> and sends the visitor back to it.</summary>
[Endpoint]
public static class Contact
{
    public const bool Prerender = false;

    public static async Task<IResult> Post(EndpointContext context)
    {
        // An endpoint checks the form's antiforgery token itself (pages do it for a form posted to a page).
        var antiforgery = context.Services.GetRequiredService<IAntiforgery>();
        if (!await antiforgery.IsRequestValidAsync(context.HttpContext))
        {
            return Results.BadRequest();
        }

        var form = await context.Request.ReadFormAsync();
        var name = form["name"].ToString();
        if (string.IsNullOrWhiteSpace(name))
        {
            return Results.BadRequest();
        }

        // Post/Redirect/Get: a reload of the thank-you page does not send the form again.
        return Results.Redirect("/contact?thanks=" + Uri.EscapeDataString(name));
    }
}

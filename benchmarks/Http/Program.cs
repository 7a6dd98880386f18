using System.Text.Encodings.Web;
using System.Text.Unicode;
using Bench.Http.Blazor;
using Bench.Render;

// Five routes, one page: TechEmpower's Fortunes (the list built per request: 12 + 1, sorted), with one
// encoder everywhere (every script left as is), no logging, no other middleware than each stack needs.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.ClearProviders();
builder.Services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
builder.Services.AddPages(options => options.MapNotFoundFallback = false);
builder.Services.AddRazorPages(options => options.RootDirectory = "/RazorPages");
builder.Services.AddRazorComponents();

var app = builder.Build();
HtmlEncoder encoder = app.Services.GetRequiredService<HtmlEncoder>();
app.UseAntiforgery();

app.MapPages();
app.MapGet("/razorslices", () => Bench.Http.Slices.Fortunes.Create(FortuneData.ForRequest()));
app.MapRazorPages();
app.MapRazorComponents<App>();
app.MapGet("/handwritten", (HttpContext context) =>
{
    context.Response.ContentType = "text/html; charset=utf-8";
    HandWrittenFortunes.Render(FortuneData.ForRequest(), context.Response.BodyWriter, encoder);
    return Task.CompletedTask;
});

app.Run();

using Site.Data;

var builder = WebApplication.CreateBuilder(args);
// Site: absolute links (RSS, canonical links of redirects) and sitemap.xml in `dotnet run -- build`.
builder.Services.AddPages(options => options.Site = "https://pages.example");
builder.Services.AddAntiforgery();             // form posts to pages then need AntiforgeryField()
builder.Services.AddSingleton<ProductStore>();

var app = builder.Build();
app.UseStaticFiles();

// The counterpart of Astro middleware: a per-request value pages and endpoints read through Locals.
app.Use((context, next) =>
{
    context.Items["visitor"] = context.Request.Cookies["name"] ?? "guest";
    return next(context);
});

app.MapPages();
app.Run();

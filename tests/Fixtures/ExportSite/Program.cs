using ExportSite;

var builder = WebApplication.CreateBuilder(args);

// ExportProcessTests: which processes run Main under the build command, with which runtime settings, and whether the
// host's configuration watches its files.
if (Environment.GetEnvironmentVariable("EXPORT_FIXTURE_REPORT_MAIN") is { Length: > 0 })
{
    Console.WriteLine(
        $"Main ran: PAGES_EXPORT_TUNED={Environment.GetEnvironmentVariable("PAGES_EXPORT_TUNED")}, DOTNET_TieredPGO={Environment.GetEnvironmentVariable("DOTNET_TieredPGO")}, " +
        $"reloadConfigOnChange={builder.Configuration["hostBuilder:reloadConfigOnChange"]}");
}

builder.Services.AddSingleton<StartupState>();
builder.Services.AddHostedService<StartupService>();
builder.Services.AddPages(options =>
{
    options.Site = "https://example.com";
    if (builder.Configuration["Fixture:Format"] is string format)
    {
        options.BuildFormat = Enum.Parse<BuildFormat>(format, ignoreCase: true);
    }

    if (builder.Configuration["Fixture:Culture"] is string culture)
    {
        options.Culture = System.Globalization.CultureInfo.GetCultureInfo(culture);
    }

    if (builder.Configuration["Fixture:Redirects"] == "on")
    {
        options.Redirects
            .Add("/moved", "/about", 301)
            .Add("/posts/[slug]", "/blog/[slug]", 308)
            .Add("/elsewhere", "https://example.org/away?x=1&y=2", 302);
    }
});

var app = builder.Build();
app.Use((context, next) =>
{
    context.Items["greeting"] = "set by middleware";
    return next(context);
});
app.UseStaticFiles();
app.MapPages();
app.Run();

using ExportSite;

var builder = WebApplication.CreateBuilder(args);
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

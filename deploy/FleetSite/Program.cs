using FleetSite;
using Microsoft.AspNetCore.HttpOverrides;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddPages();
builder.Services.AddAntiforgery();
builder.Services.AddSingleton(new FleetInstance(builder.Configuration["FLEET_INSTANCE"] ?? Environment.MachineName));

// One Redis for the fleet: the output cache and the Data Protection keys (SharedRedis.cs).
builder.Services.AddSharedRedis(builder.Configuration["Redis"] ?? "127.0.0.1:6379", applicationName: "pages-fleet");
builder.Services.AddOutputCache();

// Behind nginx: the client's scheme and host (X-Forwarded-Proto/-Host) become the request's, so Url, redirects and
// absolute links name the public site, not 127.0.0.1:<instance port>. Only loopback proxies are trusted (the default).
builder.Services.Configure<ForwardedHeadersOptions>(options =>
    options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost);

var app = builder.Build();
app.UseForwardedHeaders();
app.UseStaticFiles();
app.UseOutputCache();

// Every page's response may be cached for a minute and served by any instance; a response that sets a cookie
// (the form's antiforgery cookie) is never stored, and POSTs are never cached (the output cache's default policy).
app.MapPages().CacheOutput(policy => policy.Expire(TimeSpan.FromMinutes(1)).Tag("pages"));

// Which instance answers and how much it rendered itself: never cached, for operators and the fleet test.
app.MapGet("/fleet/instance", (FleetInstance instance) => Results.Text($"{instance.Name} {instance.Renders}"));
app.Run();

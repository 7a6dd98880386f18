if (Environment.GetEnvironmentVariable("EXPORT_BENCH_PHASES") is { Length: > 0 })
{
    PagesSite.PhaseTimer.CountExceptions();
    PagesSite.PhaseTimer.Mark("Main");
}

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddPages();
if (Environment.GetEnvironmentVariable("EXPORT_BENCH_PHASES") is { Length: > 0 })
{
    builder.Services.AddHostedService<PagesSite.PhaseTimer>();
}

var app = builder.Build();
app.MapPages();
app.Run();

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddPages();

var app = builder.Build();
app.UseStaticFiles();
app.MapPages();
app.Run();

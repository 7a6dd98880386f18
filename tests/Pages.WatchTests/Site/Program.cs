var builder = WebApplication.CreateBuilder(args);
builder.Services.AddPages();
var app = builder.Build();
app.MapPages();
app.Run();

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddPages();
// Forms carry an antiforgery token: {AntiforgeryField()} writes it, the endpoint that receives the form checks it.
builder.Services.AddAntiforgery();

var app = builder.Build();
app.UseStaticFiles();
app.MapPages();
app.Run();

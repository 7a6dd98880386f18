using System.Diagnostics;
using System.Text.Json.Nodes;
using Xunit;

namespace Pages.LanguageServer.Tests;

/// <summary>
/// One server on one restored copy of the fixture for the whole test class: loading a project with the MSBuild
/// workspace is the slow part (seconds), so it happens once. <c>Pages/index.page</c> is open from the start.
/// </summary>
public sealed class ServerOnFixture : IAsyncLifetime
{
    public FixtureCopy Fixture { get; } = FixtureCopy.Create();

    public LspClient Client { get; private set; } = null!;

    /// <summary>The diagnostics published for index.page once the project had loaded.</summary>
    public JsonArray FirstDiagnostics { get; private set; } = null!;

    public string Index => Fixture.PathOf("Pages/index.page");

    public string About => Fixture.PathOf("Pages/about.page");

    public async Task InitializeAsync()
    {
        var watch = Stopwatch.StartNew();
        Fixture.Restore();
        var restored = watch.ElapsedMilliseconds;
        Client = await LspClient.StartAsync(Fixture.Root);
        await Client.OpenAsync(Index);
        FirstDiagnostics = await Client.WaitForDiagnosticsAsync(Index, _ => true, TimeSpan.FromSeconds(60));
        Console.WriteLine($"language server fixture: restore {restored} ms, open to first diagnostics {watch.ElapsedMilliseconds - restored} ms");
    }

    public async Task DisposeAsync()
    {
        await Client.DisposeAsync();
        Fixture.Dispose();
    }
}

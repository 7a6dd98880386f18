using Xunit;

namespace Pages.LanguageServer.Tests;

/// <summary>A project that cannot load (never restored): one clear message, and template errors still reported.</summary>
public sealed class UnrestoredProjectTests
{
    [Fact]
    public async Task An_unrestored_project_gives_one_message_and_PAGE_diagnostics_still_work()
    {
        using var fixture = FixtureCopy.Create();
        var page = fixture.PathOf("Pages/about.page");
        File.WriteAllText(page, File.ReadAllText(page).Replace("</p>", "</div>"));
        await using var client = await LspClient.StartAsync(fixture.Root);

        await client.OpenAsync(page);
        var diagnostics = await client.WaitForDiagnosticsAsync(page, d => d.Count > 0, TimeSpan.FromSeconds(30));
        await client.OpenAsync(fixture.PathOf("Pages/index.page"));
        await client.WaitForDiagnosticsAsync(fixture.PathOf("Pages/index.page"), _ => true, TimeSpan.FromSeconds(30));

        var message = Assert.Single(client.Messages);
        Assert.Contains("restore", message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("PAGE003", Assert.Single(diagnostics)!["code"]!.GetValue<string>());
    }
}

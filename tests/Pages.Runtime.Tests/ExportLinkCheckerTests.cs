using System.Text;

namespace Pages.Tests;

/// <summary>
/// The link check over pages rendered now and pages kept from the last export (<see cref="ExportLinkChecker.AddScanned"/>,
/// their links from the manifest): a kept page is checked against this export's files, and a link from the site's root,
/// resolved once for every page that has it, is reported on each of them (the end-to-end runs are in Pages.ExportTests).
/// </summary>
public class ExportLinkCheckerTests
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "pages-link-check-unused");

    [Fact]
    public async Task A_kept_page_is_checked_against_this_exports_files_and_a_shared_root_link_is_reported_on_every_page()
    {
        var checker = new ExportLinkChecker(Folder, ["/api/{id}"]);
        checker.AddPage("index.html", Encoding.UTF8.GetBytes("<a href=\"/gone/\">gone</a><a href=\"/kept/#intro\">kept</a><a href=\"https://x.example\">x</a>"));
        checker.AddScanned("kept/index.html", new PageLinks(["/gone/", "../index.html", "#nowhere", "/api/7"], 3, ["intro"]));
        checker.AddScanned("other/index.html", new PageLinks(["/gone/", "/kept/#outro", "/kept/#intro"], 0, []));

        (List<BrokenLink> broken, int links, int pages) = await checker.CheckAsync(["index.html", "kept/index.html", "other/index.html"], CancellationToken.None);

        Assert.Equal(
            [
                "index.html: /gone/ (no file for /gone/)",
                "kept/index.html: /gone/ (no file for /gone/)",
                "kept/index.html: #nowhere (no id \"nowhere\" in kept/index.html)",
                "other/index.html: /gone/ (no file for /gone/)",
                "other/index.html: /kept/#outro (no id \"outro\" in kept/index.html)",
            ],
            broken.Select(link => link.ToString()));
        Assert.Equal((3 + 7 + 3, 3), (links, pages));
    }
}

namespace Pages.Tests.Content;

/// <summary>
/// An entry's <c>.md</c> file read from disk (<see cref="ContentSourceFile"/>): whether it is there is asked when the
/// entry first needs its body, once, not when the collection makes its entries (a static export lists thousands of
/// entries to plan its routes and reads the bodies of few).
/// </summary>
public sealed class ContentSourceFileTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("pages-content-source-");

    [Fact]
    public void Whether_the_file_is_there_is_asked_on_first_use_and_then_kept()
    {
        string path = Path.Combine(_root.FullName, "post.md");
        var file = new ContentSourceFile(path);

        // Made before the file existed, asked after: the file is used.
        File.WriteAllText(path, "---\ntitle: T\n---\nBody.\n");
        Assert.True(file.Exists);
        Assert.Equal("Body.\n", file.Body);

        // Asked once: a file that was missing on first use stays missing for that entry (it uses its embedded body).
        var missing = new ContentSourceFile(Path.Combine(_root.FullName, "later.md"));
        Assert.False(missing.Exists);
        File.WriteAllText(missing.Path, "---\n---\nLater.\n");
        Assert.False(missing.Exists);
    }

    public void Dispose() => _root.Delete(recursive: true);
}

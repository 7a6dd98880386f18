namespace Pages.Tests;

/// <summary>
/// The manifest's binary file (<see cref="ExportManifestFile"/>): what is written is read back as it was, and a file that
/// is not one, is of another format version, or is damaged is refused with a reason — never read as wrong values, never
/// a crash of another kind (the export then writes every file, see <see cref="ExportManifestTests"/>).
/// </summary>
public sealed class ExportManifestFileTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("pages-manifest-file-");

    private string PathOf(string name) => Path.Combine(_root.FullName, name);

    private static ExportManifestDocument Sample() => new("0123456789abcdef", new Dictionary<string, ExportManifestEntry>(StringComparer.Ordinal)
    {
        ["index.html"] = new(0xFEDCBA9876543210, 1234, 639_000_000_000_000_001, Reads: new Dictionary<string, string>(),
            Links: new PageLinks(["/posts/a/", "/posts/b/", "about#team"], 2, ["intro", "top"])),
        ["posts/a/index.html"] = new(1, 10, 639_000_000_000_000_002,
            Reads: new Dictionary<string, string> { ["/site/Content/posts/a.md"] = "812:639000000000000000", ["/site/Content/authors/ünï.md"] = "missing" },
            Links: new PageLinks(["/posts/b/", "/"], 0, [])),
        ["posts/b/index.html"] = new(2, 0, 639_000_000_000_000_003, Links: PageLinks.Empty),
        ["old/index.html"] = new(3, 200, 639_000_000_000_000_004, Reads: new Dictionary<string, string>(), Redirect: true),
        ["favicon.ico"] = new(ulong.MaxValue, long.MaxValue, long.MinValue, Source: "4286:638000000000000000"),
        ["sitemap.xml"] = new(0, 512, 0),
    });

    [Fact]
    public void Every_field_of_every_entry_reads_back_as_written()
    {
        ExportManifestDocument written = Sample();
        ExportManifestFile.Write(PathOf("m"), written);

        ExportManifestDocument read = ExportManifestFile.Read(PathOf("m"));

        Assert.Equal(written.Build, read.Build);
        Assert.Equal(written.Files.Keys.Order(StringComparer.Ordinal), read.Files.Keys.Order(StringComparer.Ordinal));
        foreach ((string file, ExportManifestEntry expected) in written.Files)
        {
            ExportManifestEntry actual = read.Files[file];
            Assert.Equal((expected.Hash, expected.Length, expected.Modified, expected.Source, expected.Redirect), (actual.Hash, actual.Length, actual.Modified, actual.Source, actual.Redirect));
            Assert.Equal(expected.Reads?.OrderBy(read => read.Key, StringComparer.Ordinal), actual.Reads?.OrderBy(read => read.Key, StringComparer.Ordinal));
            Assert.Equal(expected.Links is null, actual.Links is null);
            if (expected.Links is PageLinks links)
            {
                Assert.Equal(links.Local, actual.Links!.Local);
                Assert.Equal(links.External, actual.Links.External);
                Assert.Equal(links.Ids, actual.Links.Ids);
                Assert.Equal(links.Count, actual.Links.Count);
            }
        }
    }

    [Fact]
    public void A_build_identity_of_none_reads_back_as_none()
    {
        ExportManifestFile.Write(PathOf("m"), Sample() with { Build = null });
        Assert.Null(ExportManifestFile.Read(PathOf("m")).Build);
    }

    [Fact]
    public void A_link_many_pages_share_is_stored_once_and_read_as_one_string()
    {
        ExportManifestFile.Write(PathOf("m"), Sample());
        ExportManifestDocument read = ExportManifestFile.Read(PathOf("m"));

        Assert.Same(read.Files["index.html"].Links!.Local[1], read.Files["posts/a/index.html"].Links!.Local[0]);
        byte[] bytes = File.ReadAllBytes(PathOf("m"));
        Assert.Equal(1, Occurrences(bytes, "/posts/b/"u8));
    }

    [Fact]
    public void The_same_document_is_written_to_the_same_bytes_whatever_the_order_of_its_entries()
    {
        ExportManifestDocument sample = Sample();
        ExportManifestFile.Write(PathOf("a"), sample);
        ExportManifestFile.Write(PathOf("b"), sample with { Files = sample.Files.Reverse().ToDictionary(StringComparer.Ordinal) });
        Assert.Equal(File.ReadAllBytes(PathOf("a")), File.ReadAllBytes(PathOf("b")));
    }

    [Fact]
    public void A_manifest_larger_than_the_writers_buffer_reads_back()
    {
        var files = new Dictionary<string, ExportManifestEntry>(StringComparer.Ordinal);
        for (int i = 0; i < 3000; i++)
        {
            files[$"posts/post-{i:D4}/index.html"] = new((ulong)i, i, i,
                Reads: new Dictionary<string, string> { [$"/site/Content/posts/post-{i:D4}.md"] = $"{i}:{i}" },
                Links: new PageLinks([$"/posts/post-{(i + 1) % 3000:D4}/", "/"], 3, [$"heading-{i}", new string('x', i % 50)]));
        }

        // One string longer than the buffer, too.
        files["long.html"] = new(7, 7, 7, Links: new PageLinks([], 0, [new string('é', 40_000)]));
        ExportManifestFile.Write(PathOf("m"), new ExportManifestDocument("build", files));

        ExportManifestDocument read = ExportManifestFile.Read(PathOf("m"));
        Assert.True(new FileInfo(PathOf("m")).Length > 64 * 1024);
        Assert.Equal(3001, read.Files.Count);
        Assert.Equal("/posts/post-1235/", read.Files["posts/post-1234/index.html"].Links!.Local[0]);
        Assert.Equal("1234:1234", read.Files["posts/post-1234/index.html"].Reads!["/site/Content/posts/post-1234.md"]);
        Assert.Equal(new string('é', 40_000), read.Files["long.html"].Links!.Ids[0]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"version\":1,\"files\":{}}")]
    [InlineData("PGM")]
    public void A_file_that_is_not_a_manifest_is_refused(string text)
    {
        File.WriteAllText(PathOf("m"), text);
        Assert.Equal("it is not a manifest that Pages wrote", Assert.Throws<InvalidDataException>(() => ExportManifestFile.Read(PathOf("m"))).Message);
    }

    [Fact]
    public void A_manifest_of_another_format_version_is_refused()
    {
        ExportManifestFile.Write(PathOf("m"), Sample());
        byte[] bytes = File.ReadAllBytes(PathOf("m"));
        BitConverter.TryWriteBytes(bytes.AsSpan(4), ExportManifestFile.FormatVersion + 1);
        File.WriteAllBytes(PathOf("m"), bytes);

        Assert.Equal(
            $"it is in format {ExportManifestFile.FormatVersion + 1}, written by another version of Pages (this one reads format {ExportManifestFile.FormatVersion})",
            Assert.Throws<InvalidDataException>(() => ExportManifestFile.Read(PathOf("m"))).Message);
    }

    [Fact]
    public void Any_changed_byte_or_a_cut_file_is_refused_as_damaged()
    {
        ExportManifestFile.Write(PathOf("m"), Sample());
        byte[] bytes = File.ReadAllBytes(PathOf("m"));
        for (int i = 8; i < bytes.Length; i++)
        {
            byte[] changed = (byte[])bytes.Clone();
            changed[i] ^= 0x01;
            File.WriteAllBytes(PathOf("m"), changed);
            Assert.StartsWith("it is damaged", Assert.Throws<InvalidDataException>(() => ExportManifestFile.Read(PathOf("m"))).Message);
        }

        File.WriteAllBytes(PathOf("m"), bytes[..^10]);
        Assert.StartsWith("it is damaged", Assert.Throws<InvalidDataException>(() => ExportManifestFile.Read(PathOf("m"))).Message);
    }

    [Theory]
    [InlineData("an index past the link table", "it is damaged (a number 5 where at most 0 fits)")]
    [InlineData("a count larger than the file", "it is damaged (a number 1000000 where at most")]
    [InlineData("the same file twice", "it is damaged (a.html is listed twice)")]
    [InlineData("bytes after the last entry", "it is damaged (bytes after its last entry)")]
    [InlineData("an entry cut short", "it is damaged (it ends 5 bytes early)")]
    public void A_manifest_whose_checksum_holds_but_whose_structure_does_not_is_refused_as_damaged(string damage, string message)
    {
        using (FileStream stream = File.Create(PathOf("m")))
        using (var writer = new ExportManifestWriter(stream))
        {
            writer.Write("PGMF"u8);
            writer.WriteInt32(ExportManifestFile.FormatVersion);
            writer.WriteString("build");
            writer.WriteCount(1);
            writer.WriteString("/");
            if (damage == "an entry cut short")
            {
                writer.WriteCount(1);
                writer.WriteString("a.html");
                writer.WriteByte(0);
                writer.Write([1, 2, 3]);
                writer.WriteChecksum();
                return;
            }

            writer.WriteCount(damage == "the same file twice" ? 2 : 1);
            for (int i = 0; i < (damage == "the same file twice" ? 2 : 1); i++)
            {
                writer.WriteString("a.html");
                writer.WriteByte(8);
                writer.WriteUInt64(1);
                writer.WriteCount(1);
                writer.WriteInt64(1);
                writer.WriteCount(damage == "a count larger than the file" ? 1_000_000 : 1);
                writer.WriteCount(damage == "an index past the link table" ? 5 : 0);
                writer.WriteCount(0);
                writer.WriteCount(0);
            }

            if (damage == "bytes after the last entry")
            {
                writer.WriteByte(0);
            }

            writer.WriteChecksum();
        }

        Assert.StartsWith(message, Assert.Throws<InvalidDataException>(() => ExportManifestFile.Read(PathOf("m"))).Message);
    }

    public void Dispose() => _root.Delete(recursive: true);

    private static int Occurrences(byte[] bytes, ReadOnlySpan<byte> value)
    {
        int count = 0;
        for (int i = bytes.AsSpan().IndexOf(value); i >= 0; i = bytes.AsSpan(i + 1).IndexOf(value) is int next and >= 0 ? i + 1 + next : -1)
        {
            count++;
        }

        return count;
    }
}

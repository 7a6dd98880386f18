using System.Text;
using Xunit;

namespace Pages.Build.Tests;

/// <summary>
/// The frontmatter read from a content file's head (src/Build/FrontmatterReader.cs) is, character for character, what
/// <see cref="FrontmatterBundle.Extract"/> takes from the whole file as File.ReadAllText reads it, and only the head is
/// read.
/// </summary>
public sealed class FrontmatterReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pages-frontmatter-reader-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Generated_files_give_what_the_whole_file_gives()
    {
        var random = new Random(20261204);
        var buffer = new byte[FrontmatterReader.FirstReadBytes];
        var mismatches = new List<string>();
        for (var n = 0; n < 3000; n++)
        {
            var (bytes, description) = ContentFileSamples.Next(random);
            var path = Path.Combine(_folder, $"{n}.md");
            File.WriteAllBytes(path, bytes);
            if (FrontmatterReader.Read(path, ref buffer) != FrontmatterBundle.Extract(File.ReadAllText(path)))
            {
                mismatches.Add($"{n}.md: {description}");
            }
        }

        Assert.Empty(mismatches);
        Assert.True(buffer.Length > FrontmatterReader.FirstReadBytes * 4, "some frontmatters were longer than the buffer grown once");
    }

    [Theory]
    [InlineData("é")]
    [InlineData("漢")]
    [InlineData("😀")]
    [InlineData("\u3000")]
    public void A_character_across_the_edge_of_a_read_is_decoded_whole(string character)
    {
        var buffer = new byte[FrontmatterReader.FirstReadBytes];
        var characterBytes = Encoding.UTF8.GetByteCount(character);
        foreach (var edge in new[] { FrontmatterReader.FirstReadBytes, FrontmatterReader.FirstReadBytes * 4 })
        {
            for (var shift = -characterBytes; shift <= 1; shift++)
            {
                // "---\n" + padding + the character, placed so that it starts `shift` bytes from the edge, then the fence.
                var padding = new string('a', edge + shift - 4 - "x: ".Length);
                var file = $"---\nx: {padding}{character}\n---{character}\n---\nbody {character}\n";
                var path = Path.Combine(_folder, $"edge-{edge}-{shift}.md");
                File.WriteAllText(path, file);

                Assert.Equal(FrontmatterBundle.Extract(File.ReadAllText(path)), FrontmatterReader.Read(path, ref buffer));
            }
        }
    }

    [Theory]
    [InlineData("---\ntitle: A\n---\n", "\n# Body\n")]
    [InlineData("\uFEFF---\r\ntitle: \"Ä\"\r\n---\r\n", "body\r\n")]
    [InlineData("---\ntitle: A\n----\n--- x\n---\t\n", "---\nbody\n")]
    public void Only_the_head_is_read(string head, string bodyLine)
    {
        var body = string.Concat(Enumerable.Repeat(bodyLine, 100_000));
        using var stream = new CountingStream(new MemoryStream(Encoding.UTF8.GetBytes(head + body)));
        var buffer = new byte[FrontmatterReader.FirstReadBytes];

        var text = FrontmatterReader.ReadHead(stream, ref buffer);

        Assert.Equal(head.TrimStart('\uFEFF'), text);
        Assert.Equal(FrontmatterReader.FirstReadBytes, stream.BytesRead);
    }

    [Fact]
    public void A_file_without_a_frontmatter_is_left_to_the_whole_file_reader()
    {
        var buffer = new byte[FrontmatterReader.FirstReadBytes];
        foreach (var file in new[] { "# Title\n---\nx\n---\n", "", "--", "\uFEFF# Title" })
        {
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(file));
            Assert.Null(FrontmatterReader.ReadHead(stream, ref buffer));
        }
    }
}

using System.Buffers.Binary;
using System.IO;
using System.IO.Hashing;

namespace Pages;

/// <summary>
/// The manifest's file format (docs/static-export.md#incremental-export): binary, because the edit loop reads and writes
/// it in every export, and at 4,000 posts its JSON (4.3 MB, mostly each page's links) took ≈ 0.1 s of the ≈ 0.5 s export.
/// A page's links to the site are stored once in a table (a link to the same post from a hundred pages is one string)
/// that entries refer to by index, and its external links are a count (<see cref="PageLinks"/>); other strings (paths,
/// stamps, element ids) are nearly all distinct, and stored where they are used.
/// </summary>
/// <remarks>
/// Layout, little-endian; "n" is an unsigned number in 7-bit groups (<see cref="ExportManifestWriter.WriteCount"/>), and a
/// string is its UTF-8 length as an n, then its UTF-8 bytes:
/// <code>
/// "PGMF" · int32 format version · string build identity ("" for none)
/// n links · each string (a page's links within the site, each distinct one once)
/// n files · each: string path · byte flags (1 redirect, 2 source, 4 reads, 8 links) · uint64 hash · n length · int64 modified
///           [string source] [n reads · each string path, string stamp]
///           [n local links · each n index into the links · n external links · n ids · each string]
/// uint64 XxHash3 of every byte before it
/// </code>
/// A file that does not start with the magic, has another format version, or whose checksum or structure is wrong is
/// refused with an <see cref="InvalidDataException"/> saying why; the export then writes every file.
/// </remarks>
internal static class ExportManifestFile
{
    /// <summary>The format this version of Pages writes and reads; another one is refused.</summary>
    public const int FormatVersion = 2;

    private const byte RedirectFlag = 1;
    private const byte SourceFlag = 2;
    private const byte ReadsFlag = 4;
    private const byte LinksFlag = 8;

    private const int HeaderLength = 8;
    private const int ChecksumLength = 8;

    private static ReadOnlySpan<byte> Magic => "PGMF"u8;

    /// <summary>Writes <paramref name="document"/> to <paramref name="path"/> (replacing it), entries in ordinal order of path.</summary>
    public static void Write(string path, ExportManifestDocument document)
    {
        var files = new KeyValuePair<string, ExportManifestEntry>[document.Files.Count];
        ((ICollection<KeyValuePair<string, ExportManifestEntry>>)document.Files).CopyTo(files, 0);
        Array.Sort(files, static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        (Dictionary<string, int> table, string[] links) = LinkTable(files);

        using FileStream stream = File.Create(path);
        using var writer = new ExportManifestWriter(stream);
        writer.Write(Magic);
        writer.WriteInt32(FormatVersion);
        writer.WriteString(document.Build ?? "");
        writer.WriteCount(links.Length);
        foreach (string link in links)
        {
            writer.WriteString(link);
        }

        writer.WriteCount(files.Length);
        foreach ((string file, ExportManifestEntry entry) in files)
        {
            writer.WriteString(file);
            writer.WriteByte((byte)((entry.Redirect ? RedirectFlag : 0) | (entry.Source is not null ? SourceFlag : 0)
                | (entry.Reads is not null ? ReadsFlag : 0) | (entry.Links is not null ? LinksFlag : 0)));
            writer.WriteUInt64(entry.Hash);
            writer.WriteCount(entry.Length);
            writer.WriteInt64(entry.Modified);
            if (entry.Source is not null)
            {
                writer.WriteString(entry.Source);
            }

            if (entry.Reads is not null)
            {
                writer.WriteCount(entry.Reads.Count);
                foreach ((string input, string stamp) in entry.Reads)
                {
                    writer.WriteString(input);
                    writer.WriteString(stamp);
                }
            }

            if (entry.Links is PageLinks pageLinks)
            {
                writer.WriteCount(pageLinks.Local.Length);
                foreach (string link in pageLinks.Local)
                {
                    writer.WriteCount(table[link]);
                }

                writer.WriteCount(pageLinks.External);
                writer.WriteCount(pageLinks.Ids.Length);
                foreach (string id in pageLinks.Ids)
                {
                    writer.WriteString(id);
                }
            }
        }

        writer.WriteChecksum();
    }

    /// <summary>Reads the manifest at <paramref name="path"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not a manifest of this format, or is damaged; the message says which.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ExportManifestDocument Read(string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        if (bytes.Length < HeaderLength + ChecksumLength || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            throw new InvalidDataException("it is not a manifest that Pages wrote");
        }

        int version = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(Magic.Length));
        if (version != FormatVersion)
        {
            throw new InvalidDataException($"it is in format {version}, written by another version of Pages (this one reads format {FormatVersion})");
        }

        int checksummed = bytes.Length - ChecksumLength;
        if (XxHash3.HashToUInt64(bytes.AsSpan(0, checksummed)) != BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(checksummed)))
        {
            throw new InvalidDataException("it is damaged (its checksum does not match its contents)");
        }

        var reader = new ExportManifestReader(bytes.AsSpan(HeaderLength, checksummed - HeaderLength));
        string build = reader.ReadString();
        var links = new string[reader.ReadItemCount()];
        for (int i = 0; i < links.Length; i++)
        {
            links[i] = reader.ReadString();
        }

        int count = reader.ReadItemCount();
        var files = new Dictionary<string, ExportManifestEntry>(count, StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            string file = reader.ReadString();
            byte flags = reader.ReadByte();
            ulong hash = reader.ReadUInt64();
            long length = reader.ReadCount();
            long modified = reader.ReadInt64();
            string? source = (flags & SourceFlag) != 0 ? reader.ReadString() : null;
            Dictionary<string, string>? reads = null;
            if ((flags & ReadsFlag) != 0)
            {
                int readCount = reader.ReadItemCount();
                reads = new Dictionary<string, string>(readCount, StringComparer.Ordinal);
                for (int r = 0; r < readCount; r++)
                {
                    reads[reader.ReadString()] = reader.ReadString();
                }
            }

            PageLinks? pageLinks = null;
            if ((flags & LinksFlag) != 0)
            {
                var local = new string[reader.ReadItemCount()];
                for (int l = 0; l < local.Length; l++)
                {
                    local[l] = links[reader.ReadIndex(links.Length)];
                }

                int external = (int)reader.ReadCount(int.MaxValue);
                var ids = new string[reader.ReadItemCount()];
                for (int d = 0; d < ids.Length; d++)
                {
                    ids[d] = reader.ReadString();
                }

                pageLinks = new PageLinks(local, external, ids);
            }

            if (!files.TryAdd(file, new ExportManifestEntry(hash, length, modified, source, reads, (flags & RedirectFlag) != 0, pageLinks)))
            {
                throw ExportManifestReader.Damaged($"{file} is listed twice");
            }
        }

        return reader.AtEnd
            ? new ExportManifestDocument(build.Length == 0 ? null : build, files)
            : throw ExportManifestReader.Damaged("bytes after its last entry");
    }

    // The distinct local links of every page, numbered in the order of first use: pages link to the same few targets.
    private static (Dictionary<string, int> Indexes, string[] Links) LinkTable(KeyValuePair<string, ExportManifestEntry>[] files)
    {
        var indexes = new Dictionary<string, int>(StringComparer.Ordinal);
        var links = new List<string>();
        foreach ((_, ExportManifestEntry entry) in files)
        {
            foreach (string link in entry.Links?.Local ?? [])
            {
                if (indexes.TryAdd(link, links.Count))
                {
                    links.Add(link);
                }
            }
        }

        return (indexes, [.. links]);
    }
}

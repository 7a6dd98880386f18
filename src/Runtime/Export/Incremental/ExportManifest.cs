using System.Collections.Concurrent;
using System.IO;
using System.IO.Hashing;
using System.Linq;
using Microsoft.Extensions.FileProviders;

namespace Pages;

/// <summary>
/// The incremental export (docs/static-export.md#incremental-export): <c>.pages-manifest</c> in the output folder
/// (<see cref="ExportManifestFile"/>) lists every file the last export wrote with the XxHash3 of its bytes and its length and time on disk, and, for a
/// rendered page, the content its render read (<see cref="RenderInputRecorder"/>). A page whose recorded content files
/// all have the same stamps, rendered by the same build (<see cref="ExportBuildIdentity"/>), is kept without rendering
/// (<see cref="TryKeepRendered"/>). Each other file of this export is hashed from memory and written only when its bytes
/// differ (or the file on disk is no longer the one the export wrote), so an unchanged file keeps its modification
/// time; files of the last export that this one did not write are deleted, and nothing else is: a file the export
/// never wrote is the user's. Without a readable manifest, or with <c>--clean</c>, the folder is emptied first and
/// every file written, as before (<see cref="FullExportReason"/> says why when a manifest was there but not usable).
/// </summary>
internal sealed class ExportManifest
{
    /// <summary>The manifest's file name in the output folder.</summary>
    public const string FileName = ".pages-manifest";

    /// <summary>The manifest's name before its format was binary (Pages before issue 11's second pass): not read, only recognized.</summary>
    public const string JsonFileName = ".pages-manifest.json";

    private readonly string _folder;
    private readonly Dictionary<string, ExportManifestEntry> _previous;
    private readonly string _build;
    private readonly bool _sameBuild;
    private readonly ConcurrentDictionary<string, ExportManifestEntry> _current = new(StringComparer.Ordinal);

    // Each content file's stamp as it is now, taken once per export however many pages read the file.
    private readonly ConcurrentDictionary<string, string> _stamps = new(StringComparer.Ordinal);
    private int _written;
    private int _unchanged;
    private int _removed;

    private ExportManifest(string folder, Dictionary<string, ExportManifestEntry> previous, bool incremental, string build, bool sameBuild, string? fullExportReason = null)
    {
        _folder = folder;
        _previous = previous;
        IsIncremental = incremental;
        _build = build;
        _sameBuild = sameBuild;
        FullExportReason = fullExportReason;
    }

    /// <summary>Whether a previous export's manifest was used (else the folder was emptied first).</summary>
    public bool IsIncremental { get; }

    /// <summary>
    /// Why the folder held a manifest that this export could not use (so it exports everything), as a clause:
    /// <c>.pages-manifest cannot be used: it is damaged (…)</c>; <see langword="null"/> when the manifest was used, or
    /// there was none, or <c>--clean</c> asked for a full export.
    /// </summary>
    public string? FullExportReason { get; }

    /// <summary>Whether the previous export was rendered by this build, so that its pages' recorded inputs still hold.</summary>
    public bool SameBuild => _sameBuild;

    /// <summary>Files whose bytes were written in this export.</summary>
    public int Written => _written;

    /// <summary>Files left as they were: the same bytes were already there.</summary>
    public int Unchanged => _unchanged;

    /// <summary>Files of the previous export that this one no longer writes, deleted.</summary>
    public int Removed => _removed;

    /// <summary>Every file this export wrote or kept (relative to the output folder, with <c>/</c>).</summary>
    public IEnumerable<string> Files => _current.Keys;

    /// <summary>
    /// Reads the previous manifest of <paramref name="folder"/>; when <paramref name="clean"/> or there is none (or
    /// it cannot be read), empties the folder (creating it when missing) for a full export.
    /// </summary>
    /// <param name="folder">The output folder.</param>
    /// <param name="clean">Whether to export everything (<c>--clean</c>).</param>
    /// <param name="build">This export's <see cref="ExportBuildIdentity"/>: a page is kept without rendering only when
    /// the previous export had the same.</param>
    public static ExportManifest Open(string folder, bool clean, string build)
    {
        ExportManifestDocument? previous = null;
        string? why = null;
        if (!clean)
        {
            (previous, why) = TryRead(folder);
        }

        if (previous is null)
        {
            ExportOutputFolder.Clean(folder);
            return new ExportManifest(folder, new Dictionary<string, ExportManifestEntry>(StringComparer.Ordinal), incremental: false, build, sameBuild: false, why);
        }

        return new ExportManifest(folder, previous.Files, incremental: true, build, string.Equals(previous.Build, build, StringComparison.Ordinal));
    }

    /// <summary>
    /// Keeps <paramref name="file"/> as the last export rendered it, without rendering it (thread-safe), when that render
    /// read content and nothing the export cannot stamp, every content file it read has the same stamp now, the build is
    /// the same, and the file on disk is still the one the export wrote.
    /// </summary>
    /// <param name="file">The file, relative to the output folder with <c>/</c>.</param>
    /// <param name="path">Its full path.</param>
    /// <param name="kept">The file's entry (its length, and whether it is a redirect's page) when it is kept.</param>
    /// <returns>Whether the file was kept; if not, the caller renders it.</returns>
    public bool TryKeepRendered(string file, string path, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ExportManifestEntry? kept)
    {
        kept = null;
        if (!_sameBuild || !_previous.TryGetValue(file, out ExportManifestEntry? last) || last.Reads is null || last.Source is not null)
        {
            return false;
        }

        foreach ((string input, string stamp) in last.Reads)
        {
            if (!string.Equals(_stamps.GetOrAdd(input, ContentFileStamp.Of), stamp, StringComparison.Ordinal))
            {
                return false;
            }
        }

        if (!IsOnDisk(path, last))
        {
            return false;
        }

        Keep(file, last);
        kept = last;
        return true;
    }

    /// <summary>Writes <paramref name="body"/> to <paramref name="file"/> unless the file already holds exactly these bytes (thread-safe).</summary>
    /// <param name="file">The file, relative to the output folder with <c>/</c>.</param>
    /// <param name="path">Its full path, already checked to be inside the output folder.</param>
    /// <param name="body">The bytes.</param>
    /// <param name="page">What its render read and what the link check found in it (<see cref="ExportedPage.None"/> for
    /// a file that is not rendered from a route).</param>
    /// <param name="cancellationToken">Stops the export before the write.</param>
    /// <returns>Whether the file was written; completed on return (the write is synchronous, see <see cref="ExportFileWriter"/>).</returns>
    public Task<bool> WriteAsync(string file, string path, byte[] body, ExportedPage page, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ulong hash = XxHash3.HashToUInt64(body);
        if (_previous.TryGetValue(file, out ExportManifestEntry? last) && last.Hash == hash && last.Length == body.Length && IsOnDisk(path, last))
        {
            // Same bytes, but this render's inputs are the ones the next export must check.
            Keep(file, last with { Source = null, Reads = page.Reads, Redirect = page.Redirect, Links = page.Links });
            return Task.FromResult(false);
        }

        ExportFileWriter.Write(path, body, mayExist: last is not null);
        Wrote(file, path, hash, source: null, page);
        return Task.FromResult(true);
    }

    /// <summary>
    /// Copies a web root file to <paramref name="file"/> unless the copy there is already current: an unchanged source
    /// (same length and time) is not read at all; a changed one is hashed first and copied only when its bytes differ.
    /// </summary>
    /// <returns>Whether the file was written.</returns>
    public async Task<bool> CopyAsync(string file, string path, IFileInfo source, CancellationToken cancellationToken)
    {
        string stamp = FormattableString.Invariant($"{source.Length}:{source.LastModified.UtcTicks}");
        _previous.TryGetValue(file, out ExportManifestEntry? last);
        if (last is not null && last.Source == stamp && IsOnDisk(path, last))
        {
            Keep(file, last);
            return false;
        }

        ulong hash;
        Stream input = source.CreateReadStream();
        await using (input.ConfigureAwait(false))
        {
            var hasher = new XxHash3();
            await hasher.AppendAsync(input, cancellationToken).ConfigureAwait(false);
            hash = hasher.GetCurrentHashAsUInt64();
        }

        if (last is not null && last.Hash == hash && last.Length == source.Length && IsOnDisk(path, last))
        {
            Keep(file, last with { Source = stamp });
            return false;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        input = source.CreateReadStream();
        await using (input.ConfigureAwait(false))
        {
            FileStream output = File.Create(path);
            await using (output.ConfigureAwait(false))
            {
                await input.CopyToAsync(output, cancellationToken).ConfigureAwait(false);
            }
        }

        Wrote(file, path, hash, stamp);
        return true;
    }

    /// <summary>
    /// Deletes the files the previous export wrote and this one did not, and the folders that leaves empty. Entries
    /// that would resolve outside the output folder (a hand-edited manifest) are ignored.
    /// </summary>
    public void RemoveStale()
    {
        foreach (string file in _previous.Keys)
        {
            if (_current.ContainsKey(file))
            {
                continue;
            }

            string path = Path.GetFullPath(Path.Combine(_folder, file.Replace('/', Path.DirectorySeparatorChar)));
            if (!ExportOutputFolder.IsSameOrUnder(path, _folder) || string.Equals(path, Path.GetFullPath(_folder), StringComparison.Ordinal))
            {
                continue;
            }

            if (File.Exists(path))
            {
                File.Delete(path);
                _removed++;
                RemoveEmptyFolders(Path.GetDirectoryName(path));
            }
        }
    }

    /// <summary>
    /// Saves the manifest: after a complete export, the files this export wrote or kept; after a failed one, also the
    /// previous export's files it did not reach (they are still on disk, and the next export must know they are its).
    /// Written to a temporary file and moved over the old one, so an interrupted save leaves the old manifest.
    /// </summary>
    public void Save(bool complete)
    {
        // A page the failed export did not reach was rendered by the previous build: under another build its inputs no
        // longer vouch for it.
        IEnumerable<KeyValuePair<string, ExportManifestEntry>> entries = complete
            ? _current
            : _previous.Where(entry => !_current.ContainsKey(entry.Key))
                .Select(entry => _sameBuild ? entry : KeyValuePair.Create(entry.Key, entry.Value with { Reads = null }))
                .Concat(_current);
        var files = new Dictionary<string, ExportManifestEntry>(entries, StringComparer.Ordinal);

        Directory.CreateDirectory(_folder);
        string path = Path.Combine(_folder, FileName);
        string temporary = path + ".tmp";
        ExportManifestFile.Write(temporary, new ExportManifestDocument(_build, files));
        File.Move(temporary, path, overwrite: true);
    }

    // The previous export's manifest, or why there is none to use (null when the folder simply has none).
    private static (ExportManifestDocument? Document, string? Why) TryRead(string folder)
    {
        string path = Path.Combine(folder, FileName);
        try
        {
            // A first export has no folder or no manifest: asked first, because the exception File.ReadAllBytes would
            // throw is the dearest way to learn it (its first throw in a process loads the runtime's message resources
            // and walks the stack). The catch below still covers a manifest deleted in between.
            if (!File.Exists(path))
            {
                return NoManifest(folder);
            }

            return (ExportManifestFile.Read(path), null);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return NoManifest(folder);
        }
        catch (InvalidDataException exception)
        {
            return (null, $"{FileName} cannot be used: {exception.Message}");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return (null, $"{FileName} cannot be read: {exception.Message}");
        }
    }

    // No manifest: a first export, or a folder written by hand. A manifest of the JSON format is an older Pages'.
    private static (ExportManifestDocument? Document, string? Why) NoManifest(string folder) =>
        (null, File.Exists(Path.Combine(folder, JsonFileName)) ? $"{JsonFileName} was written by an earlier version of Pages" : null);

    // The file on disk is still the one the export wrote: same length and modification time as recorded then.
    private static bool IsOnDisk(string path, ExportManifestEntry entry)
    {
        var info = new FileInfo(path);
        return info.Exists && info.Length == entry.Length && info.LastWriteTimeUtc.Ticks == entry.Modified;
    }

    private void Keep(string file, ExportManifestEntry entry)
    {
        _current[file] = entry;
        Interlocked.Increment(ref _unchanged);
    }

    private void Wrote(string file, string path, ulong hash, string? source, ExportedPage? page = null)
    {
        var info = new FileInfo(path);
        _current[file] = new ExportManifestEntry(hash, info.Length, info.LastWriteTimeUtc.Ticks, source, page?.Reads, page?.Redirect ?? false, page?.Links);
        Interlocked.Increment(ref _written);
    }

    private void RemoveEmptyFolders(string? folder)
    {
        string root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(_folder));
        while (folder is not null
            && !string.Equals(Path.TrimEndingDirectorySeparator(folder), root, StringComparison.Ordinal)
            && ExportOutputFolder.IsSameOrUnder(folder, root)
            && Directory.Exists(folder)
            && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
            folder = Path.GetDirectoryName(folder);
        }
    }
}

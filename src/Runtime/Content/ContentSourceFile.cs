using System.IO;
using System.Reflection;

namespace Pages;

/// <summary>
/// An entry's <c>.md</c> file read from the project folder instead of the embedded resource (in Development, or when the build embedded no content; see
/// <see cref="ContentSourceFiles"/>): the body is read again, and its HTML rendered again, when the file's last-write
/// time changes, so an edited body shows on the next request without a rebuild. The frontmatter is split off here
/// with the generator's rule (a first line <c>---</c> up to the next <c>---</c> line), since an edit may move the body.
/// </summary>
internal sealed class ContentSourceFile(string path)
{
    private const int Unknown = 0;
    private const int Yes = 1;
    private const int No = 2;

    private readonly Lock _gate = new();
    private int _exists;
    private DateTime _lastWrite;
    private string? _stamp;
    private string? _body;
    private RenderedMarkdown? _rendered;

    /// <summary>The file's full path.</summary>
    public string Path { get; } = path;

    /// <summary>The Markdown after the frontmatter, as the file is now.</summary>
    public string Body
    {
        get
        {
            lock (_gate)
            {
                Refresh();
                RenderInputRecorder.Current?.ReadFile(Path, _stamp!);
                return _body!;
            }
        }
    }

    /// <summary>The body rendered, as the file is now.</summary>
    public RenderedMarkdown Rendered
    {
        get
        {
            lock (_gate)
            {
                Refresh();
                RenderInputRecorder.Current?.ReadFile(Path, _stamp!);
                return _rendered ??= MarkdownRenderer.Render(_body!);
            }
        }
    }

    /// <summary>
    /// The file for <paramref name="resourceName"/> when <paramref name="assembly"/>'s content is read from disk, else
    /// <see langword="null"/>. Whether the file is there is asked on first use (<see cref="Exists"/>), not here: a
    /// collection makes all its entries at once, and a static export lists thousands of them to plan its routes.
    /// </summary>
    public static ContentSourceFile? For(Assembly assembly, string resourceName)
    {
        string? directory = ContentSourceFiles.DirectoryOf(assembly);
        if (directory is null || !resourceName.StartsWith(ContentSourceFiles.ResourcePrefix, StringComparison.Ordinal))
        {
            return null;
        }

        return new ContentSourceFile(System.IO.Path.Combine(directory, resourceName[ContentSourceFiles.ResourcePrefix.Length..]));
    }

    /// <summary>Whether the file was there when the entry first needed its body (else the embedded body is used); asked once.</summary>
    public bool Exists
    {
        get
        {
            int exists = Volatile.Read(ref _exists);
            if (exists == Unknown)
            {
                exists = File.Exists(Path) ? Yes : No;
                Volatile.Write(ref _exists, exists);
            }

            return exists == Yes;
        }
    }

    private void Refresh()
    {
        if (_body is not null && File.GetLastWriteTimeUtc(Path) == _lastWrite)
        {
            return;
        }

        // The stamp an exported render records, taken before the read: a write in between leaves the stamp older than
        // the body, so the next export renders the page again rather than keeping it.
        var info = new FileInfo(Path);
        string stamp = ContentFileStamp.Of(info);

        string text;
        try
        {
            text = File.ReadAllText(Path);
        }
        catch (IOException) when (_body is not null)
        {
            // An editor is replacing the file; serve the last body until the next request.
            return;
        }

        _lastWrite = info.LastWriteTimeUtc;
        _stamp = stamp;
        _body = BodyOf(text);
        _rendered = null;
    }

    /// <summary>The text after the frontmatter (the generator's <c>MarkdownFrontmatter</c> rule).</summary>
    internal static string BodyOf(string text)
    {
        int position = NextLine(text, 0, out string first);
        if (first.TrimEnd() != "---")
        {
            return text;
        }

        while (position < text.Length)
        {
            int next = NextLine(text, position, out string line);
            if (line.TrimEnd() == "---")
            {
                return text[next..];
            }

            position = next;
        }

        return "";
    }

    private static int NextLine(string text, int start, out string line)
    {
        int end = text.IndexOf('\n', start);
        if (end < 0)
        {
            line = text[start..];
            return text.Length;
        }

        line = text[start..end];
        return end + 1;
    }
}

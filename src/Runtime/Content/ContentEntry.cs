using System.Buffers;
using System.IO;
using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace Pages;

/// <summary>
/// One entry of a content collection: its id, its typed frontmatter, and its Markdown body. The body is read
/// from the assembly's embedded resource on first use; <see cref="Html"/> and <see cref="Headings"/> are
/// rendered once, on first use, and cached (thread-safe). In Development the app's own entries read their
/// <c>.md</c> file instead, again whenever it changes (see <see cref="ContentSourceFile"/>).
/// </summary>
/// <typeparam name="T">The collection's schema record.</typeparam>
public sealed class ContentEntry<T>
{
    private readonly Lazy<string> _body;
    private readonly Lazy<RenderedMarkdown> _rendered;
    private readonly ContentSourceFile? _file;

    // Whether the body is compiled into the app (an embedded resource), so that an exported render that reads it depends
    // on the app's build only; a body given in code may come from anywhere (see RenderInputRecorder).
    private readonly bool _bodyCompiled;
    private readonly T _data;

    /// <summary>Creates an entry whose Markdown body is given.</summary>
    /// <param name="id">The entry's id (<c>2024/hello-world</c>).</param>
    /// <param name="data">The entry's frontmatter.</param>
    /// <param name="body">The Markdown after the frontmatter.</param>
    public ContentEntry(string id, T data, string body)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(body);
        Id = id;
        _data = data;
        _body = new Lazy<string>(body);
        _rendered = new Lazy<RenderedMarkdown>(() => MarkdownRenderer.Render(Body), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>
    /// Creates an entry whose body is the text of an embedded resource from <paramref name="bodyStart"/> on
    /// (the generated code passes the whole <c>.md</c> file, embedded by the package's build targets, and the
    /// offset where its frontmatter ends).
    /// </summary>
    /// <param name="id">The entry's id.</param>
    /// <param name="data">The entry's frontmatter.</param>
    /// <param name="resourceAssembly">The assembly that embeds the file.</param>
    /// <param name="resourceName">The resource's logical name (<c>Pages.Content/blog/hello.md</c>).</param>
    /// <param name="bodyStart">The UTF-16 offset of the body in the file's text (after a byte order mark).</param>
    public ContentEntry(string id, T data, Assembly resourceAssembly, string resourceName, int bodyStart)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(resourceAssembly);
        ArgumentNullException.ThrowIfNull(resourceName);
        Id = id;
        _data = data;
        _bodyCompiled = true;
        _file = ContentSourceFile.For(resourceAssembly, resourceName);
        _body = new Lazy<string>(() => ReadBody(resourceAssembly, resourceName, bodyStart), LazyThreadSafetyMode.ExecutionAndPublication);
        _rendered = new Lazy<RenderedMarkdown>(() => MarkdownRenderer.Render(Body), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The path of the entry's file under the collection folder, without extension, lower-case, with <c>/</c> between folders.</summary>
    public string Id { get; }

    /// <summary>The entry's frontmatter, bound to the collection's schema at build time.</summary>
    public T Data
    {
        get
        {
            RenderInputRecorder.Current?.ReadContent();
            return _data;
        }
    }

    /// <summary>The Markdown after the frontmatter.</summary>
    public string Body
    {
        get
        {
            if (_file is { Exists: true })
            {
                return _file.Body;
            }

            RecordBodyRead();
            return _body.Value;
        }
    }

    /// <summary>The body rendered to HTML; <c>{entry.Html}</c> in a template writes it as it is.</summary>
    public HtmlString Html => Rendered.Html;

    /// <summary>The body's headings, in document order, with the ids the HTML gives them.</summary>
    public IReadOnlyList<ContentHeading> Headings => Rendered.Headings;

    private RenderedMarkdown Rendered
    {
        get
        {
            if (_file is { Exists: true })
            {
                return _file.Rendered;
            }

            RecordBodyRead();
            return _rendered.Value;
        }
    }

    /// <summary>Whether the body held in memory (not read from its <c>.md</c> file) has been rendered and cached.</summary>
    internal bool IsRenderedInMemory => _rendered.IsValueCreated;

    /// <inheritdoc/>
    public override string ToString() => Id;

    private void RecordBodyRead()
    {
        if (RenderInputRecorder.Current is RenderInputRecorder recorder)
        {
            if (_bodyCompiled)
            {
                recorder.ReadContent();
            }
            else
            {
                recorder.ReadUntracked();
            }
        }
    }

    private static string ReadBody(Assembly assembly, string resourceName, int bodyStart)
    {
        using Stream stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException(
                $"The content file '{resourceName}' is not embedded in {assembly.GetName().Name}, and not found in the content folder " +
                "it was built from. The Pages build targets embed every .md file under the content root when they publish (an " +
                "app's build reads them from the project folder); check that the project imports them (a PackageReference to Pages does).");

        // The file's bytes are decoded in one call, through pooled buffers, and only the body becomes a string: a
        // StreamReader's small reads and StringBuilder, then the substring, cost ≈ 0.15 s of CPU over the 4,000 posts
        // of benchmarks/export.sh (docs/performance.md, "Where the time goes"). A file a byte order mark declares
        // UTF-16 or UTF-32 is rare enough to keep the StreamReader.
        int length = checked((int)stream.Length);
        byte[] bytes = ArrayPool<byte>.Shared.Rent(length);
        char[]? chars = null;
        try
        {
            stream.ReadExactly(bytes, 0, length);
            ReadOnlySpan<byte> utf8 = bytes.AsSpan(0, length);
            if (utf8 is [0xFE, 0xFF, ..] or [0xFF, 0xFE, ..] or [0x00, 0x00, 0xFE, 0xFF, ..])
            {
                using var reader = new StreamReader(new MemoryStream(bytes, 0, length), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
                return Slice(reader.ReadToEnd(), bodyStart);
            }

            if (utf8 is [0xEF, 0xBB, 0xBF, ..])
            {
                utf8 = utf8[3..];
            }

            chars = ArrayPool<char>.Shared.Rent(Encoding.UTF8.GetMaxCharCount(utf8.Length));
            int count = Encoding.UTF8.GetChars(utf8, chars);
            return bodyStart <= 0 ? new string(chars, 0, count) : bodyStart >= count ? "" : new string(chars, bodyStart, count - bodyStart);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            if (chars is not null)
            {
                ArrayPool<char>.Shared.Return(chars);
            }
        }
    }

    private static string Slice(string text, int bodyStart) => bodyStart <= 0 ? text : bodyStart >= text.Length ? "" : text[bodyStart..];
}

namespace Pages;

/// <summary>
/// What one exported render read through the content API (docs/static-export.md#incremental-export): whether it read
/// content at all, the <c>.md</c> files whose bodies it read with their stamps, and whether it read anything the export
/// cannot stamp. The export sets one per render (<see cref="Begin"/>, an <see cref="AsyncLocal{T}"/>, so it follows the
/// render across awaits and into its components); the content API reports to <see cref="Current"/>. Outside an export
/// nothing is ever recorded, and <see cref="Current"/> costs the content API one static read.
/// </summary>
internal sealed class RenderInputRecorder
{
    private static readonly AsyncLocal<RenderInputRecorder?> s_current = new();

    // Set by the first export of the process; until then (and in every server) Current does not touch the AsyncLocal.
    private static volatile bool s_recording;

    private readonly Lock _gate = new();
    private Dictionary<string, string>? _files;
    private volatile bool _readContent;
    private volatile bool _untracked;

    /// <summary>The recorder of the render running on this async flow; <see langword="null"/> outside an export.</summary>
    public static RenderInputRecorder? Current => s_recording ? s_current.Value : null;

    /// <summary>
    /// Records what this async flow reads into <paramref name="recorder"/> from now on. Called at the start of an async
    /// method: the recorder is that method's (and what it awaits), and is no longer current once it returns.
    /// </summary>
    public static void Begin(RenderInputRecorder recorder)
    {
        s_recording = true;
        s_current.Value = recorder;
    }

    /// <summary>Stops recording on this async flow (what runs after a recorded step belongs to no render).</summary>
    public static void End() => s_current.Value = null;

    /// <summary>
    /// The render's inputs when the export may skip it next time: the content files read, by full path, with their
    /// stamps (empty when it read only compiled content). <see langword="null"/> when it read no content at all (its
    /// output may depend on anything: it is rendered every time) or read something that cannot be stamped.
    /// </summary>
    public Dictionary<string, string>? Inputs
    {
        get
        {
            lock (_gate)
            {
                return !_readContent || _untracked ? null : new Dictionary<string, string>(_files ?? [], StringComparer.Ordinal);
            }
        }
    }

    /// <summary>Content compiled into the app was read: a collection, an entry, its frontmatter, or an embedded body.</summary>
    public void ReadContent() => _readContent = true;

    /// <summary>A body was read from <paramref name="path"/> as it was when it had <paramref name="stamp"/>.</summary>
    public void ReadFile(string path, string stamp)
    {
        _readContent = true;
        lock (_gate)
        {
            _files ??= new Dictionary<string, string>(StringComparer.Ordinal);

            // The file changed during this render: two versions went into the output, neither stamp vouches for it.
            if (_files.TryGetValue(path, out string? earlier) && earlier != stamp)
            {
                _untracked = true;
            }

            _files[path] = stamp;
        }
    }

    /// <summary>Something was read whose changes the export cannot detect (an entry created in code with its body).</summary>
    public void ReadUntracked() => _untracked = true;

    /// <summary>Adds what <paramref name="other"/> recorded (a route's <c>GetStaticPaths()</c>, to each of its pages).</summary>
    public void Add(RenderInputRecorder other)
    {
        if (other._untracked)
        {
            _untracked = true;
        }

        if (other._readContent)
        {
            _readContent = true;
        }

        Dictionary<string, string>? files;
        lock (other._gate)
        {
            files = other._files is null ? null : new Dictionary<string, string>(other._files, StringComparer.Ordinal);
        }

        foreach ((string path, string stamp) in files ?? [])
        {
            ReadFile(path, stamp);
        }
    }
}

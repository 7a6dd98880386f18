using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.ExceptionServices;
using System.Text;
using System.Threading;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Pages.Build;

/// <summary>
/// Writes the frontmatter of every content file into one file (<see cref="FrontmatterBundle"/>), which the generator
/// reads instead of the <c>.md</c> files: a body edit leaves that file, and so the C# compile, up to date. The file is
/// rewritten only when its text changes. A content file is read only when it changed since the last run (its write
/// time is not before the moment that run started, kept as <see cref="Stamp"/>'s write time); the others keep their
/// record from the last run. Reading only the changed files and writing one file, instead of a copy per file, is what
/// makes this a task: MSBuild's property functions run one batch per file (docs/performance.md, "The clean build").
/// </summary>
public sealed class CollectFrontmatter : Task
{
    private const int ReadThreads = 16;

    // Fewer files, fewer threads: a thread is worth starting for this many reads, not for one.
    private const int FilesPerThread = 64;

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The content files: their <c>RecursiveDir</c>, file name and extension are their path under the content root.</summary>
    [Required]
    public ITaskItem[] Files { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The frontmatter file to write.</summary>
    [Required]
    public string Output { get; set; } = "";

    /// <summary>A file whose write time is when the last run started (created on the first run).</summary>
    [Required]
    public string Stamp { get; set; } = "";

    /// <summary>How many content files were read in this run (the rest kept their record).</summary>
    [Output]
    public int FilesRead { get; private set; }

    /// <inheritdoc />
    public override bool Execute()
    {
        try
        {
            return Collect();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Log.LogError("Pages could not collect the content files' frontmatter into {0}: {1}", Output, e.Message);
            return false;
        }
    }

    private bool Collect()
    {
        var lastRun = File.Exists(Stamp) && File.Exists(Output) ? File.GetLastWriteTimeUtc(Stamp) : DateTime.MinValue;
        var started = FileSystemNow(Stamp + ".start");
        var previousText = lastRun == DateTime.MinValue ? "" : File.ReadAllText(Output, Utf8NoBom);
        var previous = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var record in FrontmatterBundle.Read(previousText))
        {
            previous[record.Key] = record.Value;
        }

        var (keys, paths) = SortedFiles();
        var texts = new string[keys.Length];
        var read = 0;
        ForEachInParallel(keys.Length, (i, buffer) =>
        {
            if (!previous.TryGetValue(keys[i], out var text) || File.GetLastWriteTimeUtc(paths[i]) >= lastRun)
            {
                text = FrontmatterReader.Read(paths[i], ref buffer);
                Interlocked.Increment(ref read);
            }
            texts[i] = text;
            return buffer;
        });

        var bundle = new StringBuilder(previousText.Length + 256);
        for (var i = 0; i < keys.Length; i++)
        {
            FrontmatterBundle.Append(bundle, keys[i], texts[i]);
        }
        var bundleText = bundle.ToString();
        if (!string.Equals(bundleText, previousText, StringComparison.Ordinal) || !File.Exists(Output))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(Output))!);
            File.WriteAllText(Output, bundleText, Utf8NoBom);
            Log.LogMessage(MessageImportance.Low, "Wrote the frontmatter of {0} content files to {1}.", keys.Length, Output);
        }
        if (!File.Exists(Stamp))
        {
            File.WriteAllBytes(Stamp, Array.Empty<byte>());
        }
        File.SetLastWriteTimeUtc(Stamp, started);
        FilesRead = read;
        Log.LogMessage(MessageImportance.Low, "Read {0} of {1} content files.", read, keys.Length);
        return true;
    }

    // The moment this run starts, on the file system's clock. On Linux before 6.13 a file's write time comes from the
    // kernel's coarse clock, up to a tick (1-10 ms) behind DateTime.UtcNow: an edit saved just after a start taken from
    // DateTime.UtcNow could be stamped before it, and then no later run would read it. A file touched now and its write
    // time read back puts both times on one clock. (Kernels since 6.13 stamp a file finely when its time is read, as
    // on the machines this was written on, where the two clocks agree.)
    private static DateTime FileSystemNow(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllBytes(path, Array.Empty<byte>());
        return File.GetLastWriteTimeUtc(path);
    }

    // Each file's path under the content root (RecursiveDir and file name, with /) and the path to open, in ordinal order
    // of the former. The item spec is the path to open, relative to the project folder, which MSBuild makes the current
    // directory for a task (as its own tasks, Copy for one, open item specs): FullPath costs a path computation per item,
    // and Filename and Extension one each. RecursiveDir has no cheaper source.
    private (string[] Keys, string[] Paths) SortedFiles()
    {
        var keys = new string[Files.Length];
        var paths = new string[Files.Length];
        for (var i = 0; i < Files.Length; i++)
        {
            // MSBuild takes \ for a separator everywhere (its FullPath and Filename do).
            var path = Files[i].ItemSpec.Replace('\\', '/');
            keys[i] = Files[i].GetMetadata("RecursiveDir").Replace('\\', '/') + path.Substring(path.LastIndexOf('/') + 1);
            paths[i] = path;
        }
        Array.Sort(keys, paths, StringComparer.Ordinal);
        return (keys, paths);
    }

    // Runs body(i, buffer) for 0 <= i < count on up to ReadThreads threads of its own, each with its own read buffer (body
    // returns it, grown when a frontmatter did not fit). More threads than cores: a file that is not in the page cache is
    // a wait for the disk, and the reads overlap (4,000 files out of the cache: 16 threads 0.12 s, the thread pool's two
    // 0.19 s, one thread 0.42 s; from the cache 16 threads cost no more than two; docs/performance.md). Threads of its own,
    // not the pool, which adds threads slowly and is MSBuild's. The exception of the first failing file in order is
    // thrown on this thread, as is.
    private static void ForEachInParallel(int count, Func<int, byte[], byte[]> body)
    {
        Exception? failure = null;
        var failedAt = int.MaxValue;
        var failureLock = new object();
        var next = -1;
        void Work()
        {
            var buffer = new byte[FrontmatterReader.FirstReadBytes];
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                try
                {
                    buffer = body(i, buffer);
                }
                catch (Exception e)
                {
                    // Every exception: one that leaves a thread of its own ends MSBuild.
                    lock (failureLock)
                    {
                        if (i < failedAt)
                        {
                            (failedAt, failure) = (i, e);
                        }
                    }
                }
            }
        }
        var threads = new Thread[Math.Min(ReadThreads, count / FilesPerThread + 1) - 1];
        for (var t = 0; t < threads.Length; t++)
        {
            threads[t] = new Thread(Work, maxStackSize: 256 * 1024) { IsBackground = true, Name = "Pages frontmatter reader" };
            threads[t].Start();
        }
        Work();
        foreach (var thread in threads)
        {
            thread.Join();
        }
        if (failure is not null)
        {
            ExceptionDispatchInfo.Capture(failure).Throw();
        }
    }
}

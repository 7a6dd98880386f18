using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
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
        var started = DateTime.UtcNow;
        var lastRun = File.Exists(Stamp) && File.Exists(Output) ? File.GetLastWriteTimeUtc(Stamp) : DateTime.MinValue;
        var previousText = lastRun == DateTime.MinValue ? "" : File.ReadAllText(Output, Utf8NoBom);
        var previous = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var record in FrontmatterBundle.Read(previousText))
        {
            previous[record.Key] = record.Value;
        }

        var files = new List<KeyValuePair<string, string>>(Files.Length);
        foreach (var item in Files)
        {
            var relative = (item.GetMetadata("RecursiveDir") + item.GetMetadata("Filename") + item.GetMetadata("Extension")).Replace('\\', '/');
            files.Add(new KeyValuePair<string, string>(relative, item.GetMetadata("FullPath")));
        }
        files.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));

        var bundle = new StringBuilder(previousText.Length + 256);
        var read = 0;
        foreach (var file in files)
        {
            if (!previous.TryGetValue(file.Key, out var text) || File.GetLastWriteTimeUtc(file.Value) >= lastRun)
            {
                text = FrontmatterBundle.Extract(File.ReadAllText(file.Value));
                read++;
            }
            FrontmatterBundle.Append(bundle, file.Key, text);
        }

        var bundleText = bundle.ToString();
        if (!string.Equals(bundleText, previousText, StringComparison.Ordinal) || !File.Exists(Output))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(Output))!);
            File.WriteAllText(Output, bundleText, Utf8NoBom);
            Log.LogMessage(MessageImportance.Low, "Wrote the frontmatter of {0} content files to {1}.", files.Count, Output);
        }
        if (!File.Exists(Stamp))
        {
            File.WriteAllBytes(Stamp, Array.Empty<byte>());
        }
        File.SetLastWriteTimeUtc(Stamp, started);
        FilesRead = read;
        Log.LogMessage(MessageImportance.Low, "Read {0} of {1} content files.", read, files.Count);
        return true;
    }
}

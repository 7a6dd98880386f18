using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using Xunit;

namespace Pages.Build.Tests;

/// <summary>
/// The collect task (src/Build/CollectFrontmatter.cs) run as MSBuild runs it, on content files in a temporary folder:
/// the records it writes, in path order, are what each whole file gives, and a later run reads only the changed files.
/// </summary>
public sealed class CollectFrontmatterTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pages-collect-frontmatter-").FullName;

    private string Output => Path.Combine(_folder, "obj", "frontmatter.txt");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_first_run_writes_every_file_s_frontmatter_in_path_order()
    {
        var random = new Random(11);
        var files = new List<(string RecursiveDir, string Name)>();
        for (var n = 0; n < 500; n++)
        {
            var recursiveDir = (n % 3) switch { 0 => "", 1 => "posts/", _ => "posts/2026/" };
            var name = $"entry-{random.Next(100_000)}-{n}.md";
            Directory.CreateDirectory(Path.Combine(_folder, "Content", recursiveDir));
            File.WriteAllBytes(Path.Combine(_folder, "Content", recursiveDir, name), ContentFileSamples.Next(random).Bytes);
            files.Add((recursiveDir, name));
        }

        var (task, engine) = Run(files);

        Assert.True(task.Execute(), string.Join("\n", engine.Errors));
        Assert.Equal(500, task.FilesRead);
        Assert.Equal(ExpectedBundle(files), File.ReadAllText(Output));
    }

    [Fact]
    public void A_later_run_reads_only_the_files_changed_since_the_last()
    {
        (string, string)[] files = [("", "a.md"), ("posts/", "b.md"), ("posts/", "c.md")];
        Directory.CreateDirectory(Path.Combine(_folder, "Content", "posts"));
        foreach (var (recursiveDir, name) in files)
        {
            var path = Path.Combine(_folder, "Content", recursiveDir, name);
            File.WriteAllText(path, $"---\ntitle: {name}\n---\nbody\n");
            // Saved well before the first run, so that the second has nothing to read whatever the clock's tick.
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(-1));
        }
        Assert.True(Run(files).Task.Execute());

        var (unchanged, _) = Run(files);
        Assert.True(unchanged.Execute());
        Assert.Equal(0, unchanged.FilesRead);

        // Saved at once after the last run started. (Where file times come from a coarse clock, kernels before 6.13,
        // this lands in the same tick as that start, which the task reads on the file system's clock for that reason;
        // this machine's kernel stamps files finely, so here the test cannot tell the two clocks apart.)
        File.WriteAllText(Path.Combine(_folder, "Content", "posts", "b.md"), "---\ntitle: B, edited\n---\nbody\n");
        var (edited, _) = Run(files);
        Assert.True(edited.Execute());
        Assert.Equal(1, edited.FilesRead);
        Assert.Equal(ExpectedBundle(files), File.ReadAllText(Output));
        Assert.Contains("title: B, edited", File.ReadAllText(Output), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_cannot_be_read_fails_the_task_with_the_first_such_path()
    {
        // Enough files for the task's reader threads; two of them missing.
        Directory.CreateDirectory(Path.Combine(_folder, "Content"));
        var files = Enumerable.Range(0, 300).Select(n => ("", $"entry-{n:D3}.md")).ToArray();
        foreach (var (_, name) in files.Where(f => f.Item2 is not "entry-120.md" and not "entry-250.md"))
        {
            File.WriteAllText(Path.Combine(_folder, "Content", name), $"---\ntitle: {name}\n---\n");
        }

        var (task, engine) = Run(files);

        Assert.False(task.Execute());
        var error = Assert.Single(engine.Errors);
        Assert.Contains("entry-120.md", error, StringComparison.Ordinal);
    }

    // The task over these files, as Pages.targets calls it: item specs from the glob, RecursiveDir from its wildcard.
    private (CollectFrontmatter Task, RecordingBuildEngine Engine) Run(IEnumerable<(string RecursiveDir, string Name)> files)
    {
        var engine = new RecordingBuildEngine();
        var items = files.Select(f => (ITaskItem)new TaskItem(
            Path.Combine(_folder, "Content", f.RecursiveDir, f.Name),
            new Dictionary<string, string> { ["RecursiveDir"] = f.RecursiveDir })).ToArray();
        var task = new CollectFrontmatter { BuildEngine = engine, Files = items, Output = Output, Stamp = Output + ".stamp" };
        return (task, engine);
    }

    // What the task wrote before it read only the files' heads: each whole file's Extract, in ordinal order of the paths.
    private string ExpectedBundle(IEnumerable<(string RecursiveDir, string Name)> files)
    {
        var bundle = new StringBuilder();
        foreach (var (recursiveDir, name) in files.OrderBy(f => f.RecursiveDir + f.Name, StringComparer.Ordinal))
        {
            var text = File.ReadAllText(Path.Combine(_folder, "Content", recursiveDir, name));
            FrontmatterBundle.Append(bundle, recursiveDir + name, FrontmatterBundle.Extract(text));
        }
        return bundle.ToString();
    }
}

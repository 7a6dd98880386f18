using System.Diagnostics;

namespace Pages.LanguageServer.Tests;

/// <summary>
/// A temporary copy of <c>tests/Fixtures/LspSite</c>: its relative references into <c>src/</c> are rewritten to
/// absolute paths so the copy builds from anywhere, and tests may edit it freely. Deleted on dispose.
/// </summary>
public sealed class FixtureCopy : IDisposable
{
    private FixtureCopy(string root) => Root = root;

    /// <summary>The copy's folder (holding LspSite.csproj).</summary>
    public string Root { get; }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public static FixtureCopy Create()
    {
        var source = Path.Combine(Repository.Root, "tests", "Fixtures", "LspSite");
        var root = Path.Combine(Path.GetTempPath(), "pages-lsp-" + Guid.NewGuid().ToString("N")[..8], "LspSite");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.StartsWith("bin", StringComparison.Ordinal) || relative.StartsWith("obj", StringComparison.Ordinal))
            {
                continue;
            }
            var target = Path.Combine(root, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        var project = Path.Combine(root, "LspSite.csproj");
        var src = Path.Combine(Repository.Root, "src") + Path.DirectorySeparatorChar;
        File.WriteAllText(project, File.ReadAllText(project).Replace(@"..\..\..\src\", src));
        return new FixtureCopy(root);
    }

    /// <summary>Runs <c>dotnet restore</c> on the copy (offline: every package is already in the cache from the repo's build).</summary>
    public void Restore()
    {
        var start = new ProcessStartInfo("dotnet", ["restore", Path.Combine(Root, "LspSite.csproj"), "-nodeReuse:false", "-v", "quiet"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet restore failed ({process.ExitCode}):\n{output.Result}\n{error.Result}");
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path.GetDirectoryName(Root)!, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

namespace Pages.PackageTests.Infrastructure;

/// <summary>
/// <c>templates/Pages.Templates.csproj</c> packed beside this run's <c>Pages</c> package (same version, so the sites
/// it creates reference exactly that package) and installed into a <c>dotnet new</c> hive of its own
/// (<c>--debug:custom-hive</c> under the feed's temp root), so the machine's templates are never touched.
/// Made once per feed: the template and AOT tests share it.
/// </summary>
internal sealed class TemplateHive
{
    private static readonly Lock Gate = new();
    private static TemplateHive? s_current;

    private TemplateHive(PackageFeed feed)
    {
        Feed = feed;
        HiveDirectory = Path.Combine(feed.Root, "hive");
        PackResult = Dotnet.Run(Repo.Root, TimeSpan.FromMinutes(3),
            "pack", Repo.Path("templates", "Pages.Templates.csproj"), "-c", "Release", "-o", feed.FeedDirectory,
            $"-p:PackageVersion={feed.Version}", $"-p:NuspecOutputPath={Path.Combine(feed.Root, "nuspec-templates")}{Path.DirectorySeparatorChar}",
            "-nodeReuse:false");
        PackagePath = Path.Combine(feed.FeedDirectory, $"Pages.Templates.{feed.Version}.nupkg");
        if (PackResult.ExitCode == 0 && File.Exists(PackagePath))
        {
            InstallResult = Dotnet.Run(feed.Root, TimeSpan.FromMinutes(2),
                "new", "install", PackagePath, "--debug:custom-hive", HiveDirectory);
        }
    }

    public PackageFeed Feed { get; }

    public string HiveDirectory { get; }

    public string PackagePath { get; }

    public CommandResult PackResult { get; }

    public CommandResult? InstallResult { get; }

    /// <summary>The hive of <paramref name="feed"/>, packing and installing the template on first use.</summary>
    public static TemplateHive For(PackageFeed feed)
    {
        feed.EnsurePacked();
        lock (Gate)
        {
            if (s_current?.Feed != feed)
            {
                s_current = new TemplateHive(feed);
            }

            return s_current;
        }
    }

    /// <summary>Throws with the command output unless the template was packed and installed.</summary>
    public void EnsureInstalled()
    {
        if (PackResult.ExitCode != 0 || !File.Exists(PackagePath))
        {
            throw new InvalidOperationException($"Packing the template failed:\n{PackResult}");
        }

        if (InstallResult is not { ExitCode: 0 })
        {
            throw new InvalidOperationException($"Installing the template failed:\n{InstallResult}");
        }
    }

    /// <summary>Runs <c>dotnet new pages -n <paramref name="name"/></c> with <paramref name="options"/> under the feed's root; returns the project folder.</summary>
    public (string Directory, CommandResult Result) Create(string name, params string[] options)
    {
        EnsureInstalled();
        var dir = Path.Combine(Feed.Root, name);
        var result = Dotnet.Run(Feed.Root, TimeSpan.FromMinutes(2),
            ["new", "pages", "-n", name, "-o", dir, "--debug:custom-hive", HiveDirectory, .. options]);
        return (dir, result);
    }
}

using System.Globalization;
using System.IO;
using System.IO.Hashing;
using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Hosting;

namespace Pages;

/// <summary>
/// What every exported page depends on besides the content files its render read: the app's build (every file in its
/// output folder, by name, length and time: the app's assembly, whose frontmatter tables are compiled in, the Pages
/// runtime, every library; plus the app assembly's MVID), the .NET runtime, the environment, the
/// <c>appsettings*.json</c> of the content root, and the options that shape the output. The incremental export
/// renders a page again only when its recorded inputs changed — or when this identity did, which renders them all.
/// </summary>
internal static class ExportBuildIdentity
{
    // Bumped when what a recorded render vouches for changes (a manifest of another scheme renders everything).
    private const string Scheme = "pages-render-inputs-1";

    /// <summary>The identity as 16 hex digits (XxHash3 of its parts).</summary>
    public static string Compute(IWebHostEnvironment environment, PagesOptions options)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Scheme}\n{Environment.Version}\n{environment.EnvironmentName}\n{environment.ContentRootPath}\n");
        text.Append(CultureInfo.InvariantCulture, $"{options.Site}\n{options.Culture.Name}\n{options.TrailingSlash}\n{options.BuildFormat}\n{options.Buffer}\n");
        text.Append(CultureInfo.InvariantCulture, $"{ModuleVersionId(Assembly.GetEntryAssembly())}\n");
        AppendStamps(text, AppContext.BaseDirectory, "*");
        AppendStamps(text, environment.ContentRootPath, "appsettings*.json");
        return XxHash3.HashToUInt64(Encoding.UTF8.GetBytes(text.ToString())).ToString("x16", CultureInfo.InvariantCulture);
    }

    private static string ModuleVersionId(Assembly? assembly)
    {
        try
        {
            return assembly?.ManifestModule.ModuleVersionId.ToString() ?? "no entry assembly";
        }
        catch (Exception exception) when (exception is NotSupportedException or InvalidOperationException)
        {
            // Where a runtime cannot tell (Native AOT), the build output's stamps below still change with every build.
            return "unknown";
        }
    }

    private static void AppendStamps(StringBuilder text, string folder, string pattern)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        string[] files = Directory.GetFiles(folder, pattern, SearchOption.TopDirectoryOnly);
        Array.Sort(files, StringComparer.Ordinal);
        foreach (string file in files)
        {
            text.Append(Path.GetFileName(file)).Append(' ').Append(ContentFileStamp.Of(file)).Append('\n');
        }
    }
}

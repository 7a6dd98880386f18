using System.IO;
using Microsoft.Extensions.FileProviders;

namespace Pages;

/// <summary>
/// Copies the web root (<c>wwwroot/</c>, through the host's file provider) into the output folder, as Astro copies
/// <c>public/</c>; through the <see cref="ExportManifest"/>, so a file already copied and unchanged is left as it is.
/// </summary>
internal static class WebRootCopier
{
    /// <returns>The number of files and bytes copied.</returns>
    public static async Task<(int Files, long Bytes)> CopyAsync(IFileProvider source, string outputFolder, ExportManifest manifest, CancellationToken cancellationToken)
    {
        int files = 0;
        long bytes = 0;
        var pending = new Stack<string>();
        pending.Push("");
        while (pending.Count > 0)
        {
            string folder = pending.Pop();
            foreach (IFileInfo entry in source.GetDirectoryContents(folder))
            {
                string relative = folder.Length == 0 ? entry.Name : folder + "/" + entry.Name;
                if (entry.PhysicalPath is string physical && ExportOutputFolder.IsSameOrUnder(physical, outputFolder))
                {
                    continue;
                }

                if (entry.IsDirectory)
                {
                    pending.Push(relative);
                    continue;
                }

                string target = Path.Combine(outputFolder, relative.Replace('/', Path.DirectorySeparatorChar));
                await manifest.CopyAsync(relative, target, entry, cancellationToken).ConfigureAwait(false);
                bytes += entry.Length;
                files++;
            }
        }

        return (files, bytes);
    }
}

using System.Globalization;
using System.IO;

namespace Pages;

/// <summary>
/// How the incremental export tells that a content file changed without reading it: its length and last write time
/// (<c>length:ticks</c>), as the manifest does for web root files. A file that is not there has a stamp no file has.
/// </summary>
internal static class ContentFileStamp
{
    /// <summary>The stamp of <paramref name="file"/> as the given (possibly cached) information describes it.</summary>
    public static string Of(FileInfo file) =>
        file.Exists ? string.Create(CultureInfo.InvariantCulture, $"{file.Length}:{file.LastWriteTimeUtc.Ticks}") : "missing";

    /// <summary>The stamp of the file at <paramref name="path"/> now.</summary>
    public static string Of(string path) => Of(new FileInfo(path));
}

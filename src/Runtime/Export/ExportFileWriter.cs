using System.IO;
using Microsoft.Win32.SafeHandles;

namespace Pages;

/// <summary>
/// Writes one exported file, synchronously on the render worker that produced it (the other workers keep rendering
/// meanwhile; a write into the page cache is CPU work, not a wait). A file that is not there yet is created with
/// <see cref="FileMode.CreateNew"/>: <see cref="FileMode.Create"/> makes .NET truncate the new, empty file after
/// opening it, and on ext4 a truncated file is flushed when it is closed (<c>auto_da_alloc</c>, kept for programs that
/// replace a file by truncating it), which made <c>close</c> three times dearer than the write (docs/performance.md,
/// "Where the time goes"). A file that may exist (an incremental export rewriting its own file, or a name the folder
/// already holds) is replaced as <see cref="File.WriteAllBytes(string, byte[])"/> does.
/// </summary>
internal static class ExportFileWriter
{
    /// <param name="path">The file's full path; its folder is created when missing.</param>
    /// <param name="body">The bytes.</param>
    /// <param name="mayExist">Whether the file may already be there (then it is replaced).</param>
    public static void Write(string path, byte[] body, bool mayExist)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (!mayExist && TryCreate(path, body))
        {
            return;
        }

        File.WriteAllBytes(path, body);
    }

    // False when the file exists after all: the caller replaces it.
    private static bool TryCreate(string path, byte[] body)
    {
        SafeFileHandle handle;
        try
        {
            handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read);
        }
        catch (IOException) when (File.Exists(path))
        {
            return false;
        }

        using (handle)
        {
            RandomAccess.Write(handle, body, fileOffset: 0);
        }

        return true;
    }
}

using System.ComponentModel;
namespace Pages;

/// <summary>The manifests of every assembly built with Pages that has been loaded, in registration order.</summary>
[EditorBrowsable(EditorBrowsableState.Never)] // generated code uses it; users do not
public static class PagesRegistry
{
    private static readonly Lock Gate = new();
    private static readonly List<PagesManifest> Registered = [];

    /// <summary>Registers an assembly's manifest; a second manifest with the same <see cref="PagesManifest.AssemblyName"/> is ignored.</summary>
    /// <param name="manifest">The generated manifest.</param>
    public static void Add(PagesManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        // The app's module initializer calls this before Main: the `build` command leaves for its tuned process here.
        ExportProcessTuning.HandOffBuildCommand();
        lock (Gate)
        {
            foreach (PagesManifest existing in Registered)
            {
                if (string.Equals(existing.AssemblyName, manifest.AssemblyName, StringComparison.Ordinal))
                {
                    return;
                }
            }

            Registered.Add(manifest);
        }
    }

    /// <summary>A snapshot of the registered manifests, in registration order.</summary>
    internal static PagesManifest[] Manifests
    {
        get
        {
            lock (Gate)
            {
                return [.. Registered];
            }
        }
    }
}

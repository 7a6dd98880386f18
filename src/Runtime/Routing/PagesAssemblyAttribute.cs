using System.ComponentModel;
namespace Pages;

/// <summary>
/// Marks an assembly built with Pages and names its generated manifest. The generator of an app that
/// references the assembly reads this attribute at build time and emits a call that registers the
/// manifest, since a module initializer does not run for an assembly that nothing has loaded yet.
/// Emitted by the generator; not meant to be written by hand.
/// </summary>
/// <param name="manifestType">The assembly's generated <see cref="PagesManifest"/> subclass.</param>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false, Inherited = false)]
[EditorBrowsable(EditorBrowsableState.Never)] // generated code uses it; users do not
public sealed class PagesAssemblyAttribute(Type manifestType) : Attribute
{
    /// <summary>The assembly's generated manifest type.</summary>
    public Type ManifestType { get; } = manifestType;
}

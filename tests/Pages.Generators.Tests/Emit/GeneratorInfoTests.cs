using Pages.Generators.Emit;
using Xunit;

namespace Pages.Generators.Tests.Emit;

public class GeneratorInfoTests
{
    [Fact]
    public void The_generated_code_version_is_the_package_version_MSBuild_gave_both_assemblies()
    {
        // The runtime and the generator both take PagesVersion (Directory.Build.props); nothing hard-codes it.
        var runtimeVersion = typeof(global::Pages.PageBase).Assembly.GetName().Version!.ToString(3);

        Assert.Equal(runtimeVersion, GeneratorInfo.Version);
        Assert.Equal($"[global::System.CodeDom.Compiler.GeneratedCode(\"Pages.Generators\", \"{runtimeVersion}\")]", GeneratorInfo.GeneratedCodeAttribute);
    }
}

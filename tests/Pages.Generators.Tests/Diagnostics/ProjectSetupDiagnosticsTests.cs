using Microsoft.CodeAnalysis;
using Pages.Generators.Tests.Infrastructure;
using Xunit;

namespace Pages.Generators.Tests.Diagnostics;

/// <summary>PAGE060/PAGE061: the generator warns, at the project file, about a project Pages will not serve well.</summary>
public sealed class ProjectSetupDiagnosticsTests
{
    private const string ProjectPath = "/src/App/App.csproj";

    private static readonly (string, string)[] OnePage = [("Pages/index.page", "<p>hi</p>")];

    [Fact]
    public void Web_app_on_net10_gets_no_setup_warning()
    {
        var run = GeneratorHarness.Run(OnePage, Properties(web: true, outputType: "Exe", version: "v10.0"));

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id is "PAGE060" or "PAGE061");
    }

    [Fact]
    public void Executable_without_the_Web_SDK_or_the_package_web_app_files_warns_PAGE060_at_the_project_file()
    {
        var run = GeneratorHarness.Run(OnePage, Properties(web: false, outputType: "Exe", version: "v10.0"));

        var diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "PAGE060");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(ProjectPath, diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(0, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.StartsWith("'App.csproj' is an executable that neither uses Sdk=\"Microsoft.NET.Sdk.Web\" nor gets the Pages package's web app build files", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Executable_on_Microsoft_NET_Sdk_that_the_package_makes_a_web_app_gets_no_PAGE060()
    {
        var properties = Properties(web: false, outputType: "Exe", version: "v10.0");
        properties["build_property.PagesWebApp"] = "true";

        var run = GeneratorHarness.Run(OnePage, properties);

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "PAGE060");
    }

    [Theory]
    [InlineData("Library", "false")]
    [InlineData("Exe", "true")]
    public void Library_or_test_project_without_the_Web_SDK_gets_no_PAGE060(string outputType, string isTestProject)
    {
        var properties = Properties(web: false, outputType: outputType, version: "v10.0");
        properties["build_property.IsTestProject"] = isTestProject;

        var run = GeneratorHarness.Run(OnePage, properties);

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "PAGE060");
    }

    [Theory]
    [InlineData("net9.0", ".NETCoreApp", "v9.0")]
    [InlineData("net8.0", ".NETCoreApp", "v8.0")]
    [InlineData("netstandard2.1", ".NETStandard", "v2.1")]
    public void Framework_older_than_net10_warns_PAGE061(string framework, string identifier, string version)
    {
        var properties = Properties(web: true, outputType: "Exe", version: version, identifier: identifier, framework: framework);

        var run = GeneratorHarness.Run(OnePage, properties);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "PAGE061");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal($"The target framework '{framework}' is older than Pages supports; target net10.0 or later", diagnostic.GetMessage());
        Assert.Equal(ProjectPath, diagnostic.Location.GetLineSpan().Path);
    }

    [Fact]
    public void Newer_framework_and_unknown_values_give_no_PAGE061()
    {
        var newer = GeneratorHarness.Run(OnePage, Properties(web: true, outputType: "Exe", version: "v11.0", framework: "net11.0"));
        var unknown = GeneratorHarness.Run(OnePage, GeneratorHarness.DefaultProperties());

        Assert.DoesNotContain(newer.GeneratorDiagnostics, d => d.Id == "PAGE061");
        Assert.DoesNotContain(unknown.GeneratorDiagnostics, d => d.Id is "PAGE060" or "PAGE061");
    }

    private static Dictionary<string, string> Properties(bool web, string outputType, string version, string identifier = ".NETCoreApp", string framework = "net10.0")
    {
        var properties = GeneratorHarness.DefaultProperties();
        properties["build_property.MSBuildProjectFullPath"] = ProjectPath;
        properties["build_property.UsingMicrosoftNETSdkWeb"] = web ? "true" : "";
        properties["build_property.OutputType"] = outputType;
        properties["build_property.TargetFramework"] = framework;
        properties["build_property.TargetFrameworkIdentifier"] = identifier;
        properties["build_property.TargetFrameworkVersion"] = version;
        return properties;
    }
}

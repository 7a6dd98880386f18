namespace Pages.Tests.Infrastructure;

/// <summary>A manifest whose routes a test supplies, standing in for the generated one.</summary>
internal sealed class TestManifest(Action<RouteRegistrations> register) : PagesManifest
{
    public override string AssemblyName => "Pages.Tests";

    public override void Register(RouteRegistrations routes) => register(routes);
}

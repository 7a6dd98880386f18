namespace Pages.Generators;

/// <summary>Names of the incremental pipeline's steps, so tests can assert which steps re-ran.</summary>
internal static class TrackingNames
{
    public const string Options = nameof(Options);
    public const string AssemblyName = nameof(AssemblyName);
    public const string PageFiles = nameof(PageFiles);
    public const string Parse = nameof(Parse);
    public const string Model = nameof(Model);
    public const string Components = nameof(Components);
    public const string EmitInput = nameof(EmitInput);
    public const string Routes = nameof(Routes);
    public const string RouteTable = nameof(RouteTable);
    public const string ManifestSettings = nameof(ManifestSettings);
    public const string ReferencedManifest = nameof(ReferencedManifest);
    public const string ReferencedManifests = nameof(ReferencedManifests);
    public const string ContentOptions = nameof(ContentOptions);
    public const string CollectionSchemas = nameof(CollectionSchemas);
    public const string CollectionSchemaSet = nameof(CollectionSchemaSet);
    public const string ContentFiles = nameof(ContentFiles);
    public const string ContentEntries = nameof(ContentEntries);
    public const string ContentAssemblyName = nameof(ContentAssemblyName);
    public const string ContentEmitInput = nameof(ContentEmitInput);
    public const string EndpointClasses = nameof(EndpointClasses);
    public const string EndpointModels = nameof(EndpointModels);
    public const string Endpoints = nameof(Endpoints);
    public const string RouteTargets = nameof(RouteTargets);
    public const string ReferencedRoutes = nameof(ReferencedRoutes);
    public const string RoutesSettings = nameof(RoutesSettings);
    public const string LinkCheckSettings = nameof(LinkCheckSettings);
    public const string WebRootFiles = nameof(WebRootFiles);
    public const string LinkTargets = nameof(LinkTargets);
    public const string PageLinks = nameof(PageLinks);
    public const string BrokenLinks = nameof(BrokenLinks);
    public const string ProjectSetup = nameof(ProjectSetup);

}

using Pages.Generators.Emit;
using Pages.Generators.Model;

namespace Pages.Generators.Endpoints;

/// <summary>
/// Writes one endpoint's registration in the route table: <c>routes.AddEndpoint(pattern, file, prerender, new EndpointMethods { Get = ..., }, getStaticPaths?)</c>,
/// each handler a static lambda that calls the user's method directly (no reflection, no delegate allocation per request).
/// </summary>
internal static class EndpointEmitter
{
    public static void Emit(CodeWriter writer, RouteModel route)
    {
        var prerender = route.Prerender ? "true" : "false";
        writer.Line($"routes.AddEndpoint({CSharpLiteral.String(route.Pattern)}, {CSharpLiteral.String(route.ProjectPath)}, {prerender}, new global::Pages.EndpointMethods");
        writer.OpenBrace();
        foreach (var handler in route.Handlers ?? EquatableArray<EndpointHandlerModel>.Empty)
        {
            var call = $"{route.TypeName}.{handler.Method}(context)";
            // IResult and Task<IResult> become a ValueTask<IResult> through its constructors; ValueTask<IResult> passes through.
            var body = handler.ReturnKind == EndpointReturnKind.ValueTask ? call : $"new({call})";
            writer.Line($"{handler.Method} = static context => {body},");
        }
        // GetStaticPaths(), whatever its shape, goes through the runtime's StaticPaths.From overloads, as a page's does.
        writer.CloseBrace(route.HasStaticPaths ? $", static () => global::Pages.StaticPaths.From({route.TypeName}.GetStaticPaths()));" : ");");
    }
}

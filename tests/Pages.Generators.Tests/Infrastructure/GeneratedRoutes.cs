using System.Runtime.Loader;
using Xunit;

namespace Pages.Generators.Tests.Infrastructure;

/// <summary>The generated <c>Routes</c> class of a generator run, compiled and loaded, and its members called by name.</summary>
public static class GeneratedRoutes
{
    /// <summary>Emits the run's compilation and loads its <c>App.Routes</c> in a collectible context.</summary>
    public static Type Load(GeneratorRun run)
    {
        Assert.True(run.CompilerDiagnostics.IsEmpty, string.Join("\n", run.CompilerDiagnostics));
        using var image = new MemoryStream();
        var emit = run.Compilation.Emit(image);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        image.Position = 0;
        var context = new AssemblyLoadContext("routes-" + Guid.NewGuid(), isCollectible: true);
        return context.LoadFromStream(image).GetType("App.Routes", throwOnError: true)!;
    }

    /// <summary>The nested class at <paramref name="path"/> (<c>Blog+Year</c>); <paramref name="routes"/> itself for "".</summary>
    public static Type Nested(Type routes, string path)
        => path.Length == 0 ? routes : path.Split('+').Aggregate(routes, (type, name) => type.GetNestedType(name) ?? throw new MissingMemberException(type.FullName, name));

    /// <summary>Calls the method <paramref name="method"/> of the nested class <paramref name="className"/>.</summary>
    public static string? Call(Type routes, string className, string method, params object?[] arguments)
        => (string?)(Nested(routes, className).GetMethod(method) ?? throw new MissingMemberException(className, method)).Invoke(null, arguments);
}

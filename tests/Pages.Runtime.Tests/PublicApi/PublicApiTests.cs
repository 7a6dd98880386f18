using System.ComponentModel;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace Pages.Tests.PublicApi;

/// <summary>
/// The package's public surface as an approved listing (<c>PublicApi.verified.txt</c> beside this file;
/// <c>PAGES_ACCEPT=1</c> rewrites it): user-facing types with their members, then the names of the types only
/// generated code uses, which are hidden from completion with <c>[EditorBrowsable(Never)]</c>. A change to the
/// API shows up as a diff to review.
/// </summary>
public class PublicApiTests
{
    private static readonly Assembly s_runtime = typeof(PageBase).Assembly;

    [Fact]
    public void The_public_api_is_the_approved_listing()
    {
        var actual = Listing();
        var approvedPath = Path.Combine(ThisFolder(), "PublicApi.verified.txt");
        if (Environment.GetEnvironmentVariable("PAGES_ACCEPT") == "1")
        {
            File.WriteAllText(approvedPath, actual);
            return;
        }

        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).Replace("\r\n", "\n") : "";
        if (approved != actual)
        {
            var receivedPath = Path.Combine(ThisFolder(), "PublicApi.received.txt");
            File.WriteAllText(receivedPath, actual);
            Assert.Fail($"The public API differs from {approvedPath}; see {receivedPath} (diff them; PAGES_ACCEPT=1 approves).");
        }
    }

    [Theory]
    [InlineData("Pages.PagesManifest")]
    [InlineData("Pages.PagesRegistry")]
    [InlineData("Pages.RouteRegistrations")]
    [InlineData("Pages.PagesAssemblyAttribute")]
    [InlineData("Pages.PagesRoutesAttribute")]
    [InlineData("Pages.EndpointMethods")]
    [InlineData("Pages.ContentRegistry")]
    [InlineData("Pages.RouteUrl")]
    public void A_type_only_generated_code_uses_is_hidden_from_completion(string typeName)
    {
        var type = s_runtime.GetType(typeName, throwOnError: true)!;

        Assert.True(IsHidden(type), $"{typeName} appears in every page's completion list through `global using Pages;`");
    }

    private static string Listing()
    {
        var types = s_runtime.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal).ToList();
        var text = new StringBuilder();
        text.Append("# User-facing types\n");
        foreach (var type in types.Where(t => !IsHidden(t)))
        {
            text.Append('\n').Append(Kind(type)).Append(' ').Append(Name(type)).Append('\n');
            foreach (var member in Members(type))
            {
                text.Append("  ").Append(member).Append('\n');
            }
        }

        text.Append("\n# Hidden from completion: used by generated code only\n\n");
        foreach (var type in types.Where(IsHidden))
        {
            text.Append(Kind(type)).Append(' ').Append(Name(type)).Append('\n');
        }
        return text.ToString();
    }

    private static bool IsHidden(Type type)
        => type.GetCustomAttribute<EditorBrowsableAttribute>()?.State == EditorBrowsableState.Never
            || (type.DeclaringType is { } outer && IsHidden(outer));

    private static IEnumerable<string> Members(Type type)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var members = new List<string>();
        foreach (var member in type.GetMembers(flags))
        {
            if (member.GetCustomAttribute<CompilerGeneratedAttribute>() is not null
                || member.GetCustomAttribute<EditorBrowsableAttribute>()?.State == EditorBrowsableState.Never)
            {
                continue;
            }
            var line = member switch
            {
                ConstructorInfo c when Visible(c) => $"{Access(c)}ctor({Parameters(c)})",
                MethodInfo m when Visible(m) && !m.IsSpecialName => $"{Access(m)}{(m.IsStatic ? "static " : "")}{Name(m.ReturnType)} {m.Name}{Generic(m)}({Parameters(m)})",
                PropertyInfo p when Accessors(p).Any(Visible) => $"{Access(Accessors(p).First(Visible))}{(Accessors(p).First().IsStatic ? "static " : "")}{Name(p.PropertyType)} {p.Name} {{ {string.Join(" ", Accessors(p).Where(Visible).Select(a => a == p.GetMethod ? "get;" : IsInit(a) ? "init;" : "set;"))} }}",
                FieldInfo f when (f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly) && !type.IsEnum => $"{(f.IsFamily ? "protected " : "")}{(f.IsLiteral ? "const " : f.IsStatic ? "static " : "")}{(f.IsInitOnly ? "readonly " : "")}{Name(f.FieldType)} {f.Name}",
                FieldInfo f when type.IsEnum && f.IsStatic => f.Name,
                EventInfo e when e.AddMethod is { } add && Visible(add) => $"event {Name(e.EventHandlerType!)} {e.Name}",
                _ => null,
            };
            if (line is not null)
            {
                members.Add(line);
            }
        }
        members.Sort(StringComparer.Ordinal);
        return members;
    }

    private static IEnumerable<MethodInfo> Accessors(PropertyInfo p) => new[] { p.GetMethod, p.SetMethod }.OfType<MethodInfo>();

    private static bool IsInit(MethodInfo setter) => setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit");

    private static bool Visible(MethodBase m) => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly;

    private static string Access(MethodBase m) => m.IsPublic ? "" : "protected ";

    private static string Parameters(MethodBase m) => string.Join(", ", m.GetParameters().Select(p => $"{Name(p.ParameterType)} {p.Name}"));

    private static string Generic(MethodInfo m) => m.IsGenericMethodDefinition ? $"<{string.Join(", ", m.GetGenericArguments().Select(a => a.Name))}>" : "";

    private static string Kind(Type type) => type switch
    {
        { IsEnum: true } => "enum",
        { IsInterface: true } => "interface",
        { IsValueType: true } => "struct",
        _ when typeof(Delegate).IsAssignableFrom(type) => "delegate",
        { IsAbstract: true, IsSealed: true } => "static class",
        { IsAbstract: true } => "abstract class",
        { IsSealed: true } => "sealed class",
        _ => "class",
    };

    private static string Name(Type type)
    {
        if (type.IsByRef)
        {
            return "ref " + Name(type.GetElementType()!);
        }
        if (type.IsArray)
        {
            return Name(type.GetElementType()!) + "[]";
        }
        if (type.IsGenericParameter)
        {
            return type.Name;
        }
        var name = type.IsNested ? Name(type.DeclaringType!) + "." + type.Name : (type.Namespace is { } ns ? ns + "." : "") + type.Name;
        if (!type.IsGenericType)
        {
            return name;
        }
        var tick = name.IndexOf('`');
        return (tick < 0 ? name : name[..tick]) + "<" + string.Join(", ", type.GetGenericArguments().Select(Name)) + ">";
    }

    private static string ThisFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}

using Xunit;

namespace Pages.Generators.Tests.Content;

/// <summary>
/// A content entry that does not match its schema fails the build with a diagnostic at the .md file's key or
/// value (line and column, 1-based); a valid one compiles.
/// </summary>
public sealed class ContentDiagnosticTests
{
    private const string Hello = "Content/blog/hello.md";

    private static string Entry(string fields) => "---\n" + fields + "\n---\n# Body\n";

    private const string ValidFields = """
        title: Hello
        pubDate: 2024-03-15
        category: news
        tags: [a, b]
        author:
          name: Ada
        """;

    private static string Single(params (string Path, string Text)[] files)
    {
        var run = ContentHarness.Run(files);
        return Assert.Single(ContentHarness.Describe(run));
    }

    [Fact]
    public void Valid_entry_gives_no_diagnostics_and_compiles()
    {
        var run = ContentHarness.Run((Hello, Entry(ValidFields)));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilerDiagnostics);
        Assert.Contains("PagesContent.g.cs", run.Sources.Keys);
    }

    [Fact]
    public void Keys_bind_case_insensitively()
    {
        var run = ContentHarness.Run((Hello, Entry(ValidFields.Replace("title:", "TITLE:").Replace("pubDate:", "pubdate:"))));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilerDiagnostics);
    }

    [Fact]
    public void Missing_required_field_is_reported_at_the_opening_dashes()
    {
        var text = Entry(ValidFields.Replace("pubDate: 2024-03-15\n", ""));

        Assert.Equal($"PAGE040 {ContentHarness.FilePath(Hello)}(1,1)", Single((Hello, text)));
    }

    [Fact]
    public void Missing_field_of_a_nested_record_is_reported_at_its_key()
    {
        var text = Entry(ValidFields.Replace("  name: Ada", "  url: https://example.com"));

        // line 6: "author:"
        Assert.Equal($"PAGE040 {ContentHarness.FilePath(Hello)}(6,1)", Single((Hello, text)));
    }

    [Fact]
    public void Unknown_field_is_reported_at_its_key()
    {
        var text = Entry(ValidFields + "\nsubtitle: extra");

        // line 8: "subtitle: extra"
        Assert.Equal($"PAGE041 {ContentHarness.FilePath(Hello)}(8,1)", Single((Hello, text)));
    }

    [Fact]
    public void Unknown_field_of_a_nested_record_is_reported_at_its_key()
    {
        var text = Entry(ValidFields + "\n  email: ada@example.com");

        Assert.Equal($"PAGE041 {ContentHarness.FilePath(Hello)}(8,3)", Single((Hello, text)));
    }

    [Fact]
    public void Wrong_enum_value_is_reported_at_the_value()
    {
        var text = Entry(ValidFields.Replace("category: news", "category: gossip"));

        // line 4: "category: gossip", the value starts at column 11
        Assert.Equal($"PAGE042 {ContentHarness.FilePath(Hello)}(4,11)", Single((Hello, text)));
    }

    [Fact]
    public void Bad_date_is_reported_at_the_value()
    {
        var text = Entry(ValidFields.Replace("pubDate: 2024-03-15", "pubDate: yesterday"));
        var run = ContentHarness.Run((Hello, text));

        Assert.Equal($"PAGE042 {ContentHarness.FilePath(Hello)}(3,10)", Assert.Single(ContentHarness.Describe(run)));
        Assert.Contains("'pubDate' must be a date", run.GeneratorDiagnostics[0].GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Scalar_for_a_list_is_reported_at_the_value()
    {
        var text = Entry(ValidFields.Replace("tags: [a, b]", "tags: a, b"));

        Assert.Equal($"PAGE042 {ContentHarness.FilePath(Hello)}(5,7)", Single((Hello, text)));
    }

    [Fact]
    public void Wrong_list_item_is_reported_at_the_item()
    {
        var text = Entry(ValidFields + "\nscores: [1, two, 3]");

        Assert.Equal($"PAGE042 {ContentHarness.FilePath(Hello)}(8,13)", Single((Hello, text)));
    }

    [Fact]
    public void Null_for_a_required_field_is_a_wrong_type()
    {
        var text = Entry(ValidFields.Replace("title: Hello", "title:"));

        Assert.Equal($"PAGE042 {ContentHarness.FilePath(Hello)}(2,7)", Single((Hello, text)));
    }

    [Fact]
    public void Field_given_twice_is_reported_at_the_second_key()
    {
        var text = Entry(ValidFields + "\nTitle: Again");

        Assert.Equal($"PAGE048 {ContentHarness.FilePath(Hello)}(8,1)", Single((Hello, text)));
    }

    [Fact]
    public void Invalid_yaml_is_reported_where_the_parser_stopped()
    {
        var text = Entry(ValidFields.Replace("title: Hello", "title: Hello: again"));

        // line 2: "title: Hello: again"; YamlDotNet stops at the second ':' (column 13)
        Assert.Equal($"PAGE043 {ContentHarness.FilePath(Hello)}(2,13)", Single((Hello, text)));
    }

    [Fact]
    public void Unclosed_flow_list_is_one_frontmatter_diagnostic_at_its_bracket()
    {
        var text = Entry(ValidFields.Replace("tags: [a, b]", "tags: [a, b"));

        // line 5: "tags: [a, b"; YamlDotNet's exception for this has no position, the '[' is found by scanning.
        Assert.Equal($"PAGE043 {ContentHarness.FilePath(Hello)}(5,7)", Single((Hello, text)));
    }

    [Theory]
    [InlineData("title: Hello\nauthor: { name: Ada\npubDate: 2024-03-15", 3, 9)]
    [InlineData("title: Hello\ntags: [a, [b, c]\ncategory: news", 3, 7)]
    [InlineData("title: \"Hello [\"\ntags: [a, b", 3, 7)]
    [InlineData("category: news\ntitle: \"Hello\npubDate: 2024-03-15", 3, 8)]
    public void Yaml_left_open_is_reported_at_the_construct_not_at_1_1(string fields, int line, int column)
    {
        var diagnostic = Single((Hello, Entry(fields)));

        Assert.StartsWith("PAGE043 ", diagnostic, StringComparison.Ordinal);
        Assert.EndsWith($"({line},{column})", diagnostic, StringComparison.Ordinal);
    }

    [Fact]
    public void Unclosed_frontmatter_is_reported_at_1_1()
    {
        Assert.Equal($"PAGE043 {ContentHarness.FilePath(Hello)}(1,1)", Single((Hello, "---\ntitle: Hello\n# Body\n")));
    }

    [Fact]
    public void Positions_are_the_same_with_crlf_line_ends()
    {
        var text = Entry(ValidFields.Replace("category: news", "category: gossip")).Replace("\n", "\r\n");

        Assert.Equal($"PAGE042 {ContentHarness.FilePath(Hello)}(4,11)", Single((Hello, text)));
    }

    [Fact]
    public void Folder_without_a_schema_warns_once()
    {
        var run = ContentHarness.Run(("Content/notes/a.md", "# A"), ("Content/notes/b.md", "# B"));

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal($"PAGE044 {ContentHarness.FilePath("Content/notes/a.md")}(1,1)", ContentHarness.Describe(diagnostic));
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, diagnostic.Severity);
    }

    [Fact]
    public void Two_files_with_one_id_are_reported_at_the_second()
    {
        var valid = Entry(ValidFields);

        Assert.Equal($"PAGE047 {ContentHarness.FilePath("Content/blog/hello.md")}(1,1)", Single(("Content/blog/Hello.md", valid), (Hello, valid)));
    }

    [Fact]
    public void Unsupported_member_type_is_reported_at_the_member()
    {
        const string schema = """
            namespace App;
            [global::Pages.Collection("blog")]
            public sealed record Post(string Title, System.Collections.Generic.Dictionary<string, string> Extra);
            """;
        var run = ContentHarness.Run(schema, ("Content/blog/a.md", "---\ntitle: A\n---\n"));

        // line 3, column 95: the parameter 'Extra'
        Assert.Equal("PAGE045 (3,95)", Assert.Single(ContentHarness.Describe(run)));
    }

    [Fact]
    public void Another_librarys_Collection_attribute_is_not_a_schema()
    {
        // xUnit's [Collection("name")] on test classes: same name, another namespace, and no schema. With both
        // namespaces imported the name is ambiguous; that is the compiler's error (CS0104), not a second schema.
        const string schema = """
            namespace Xunit
            {
                [System.AttributeUsage(System.AttributeTargets.Class)]
                public sealed class CollectionAttribute(string name) : System.Attribute { public string Name { get; } = name; }
            }
            namespace App
            {
                using Pages;
                using Xunit;
                [Collection("shared")] public class FirstTests { }
                [Collection("shared")] public class SecondTests { }
                [Xunit.Collection("shared")] public class ThirdTests { }
            }
            """;
        var run = ContentHarness.Run(schema);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.DoesNotContain("\"shared\"", run.Sources.GetValueOrDefault("PagesContent.g.cs") ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_attribute_binds_through_the_generated_global_using()
    {
        // As in a real app: no 'using Pages;' in the schema's file, only the generator's own 'global using Pages;'.
        const string schema = """
            namespace App;
            [Collection("notes")]
            public sealed record Note(string Title);
            """;
        var run = ContentHarness.Run(schema, ("Content/notes/a.md", "---\ntitle: A\n---\n"));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilerDiagnostics);
        Assert.Contains("global::Pages.ContentRegistry.Add<global::App.Note>(\"notes\"", run.Sources["PagesContent.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void Two_schemas_for_one_collection_are_reported()
    {
        const string schema = """
            namespace App;
            [global::Pages.Collection("blog")] public sealed record A(string Title);
            [global::Pages.Collection("blog")] public sealed record B(string Title);
            """;
        var run = ContentHarness.Run(schema);

        Assert.Equal("PAGE046", Assert.Single(run.GeneratorDiagnostics).Id);
    }
}

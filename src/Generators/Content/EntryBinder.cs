using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Pages.Generators.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Pages.Generators.Content;

/// <summary>
/// Checks one content file's YAML frontmatter against its collection's schema and turns it into C#
/// (a constructor call with literals). Keys bind to members case-insensitively; every mistake is a
/// diagnostic at the offending key or value of the <c>.md</c> file.
/// </summary>
internal sealed class EntryBinder
{
    private readonly ContentFile _file;
    private readonly YamlSpans _spans;
    private readonly List<DiagnosticInfo> _diagnostics = new();

    private EntryBinder(ContentFile file, YamlSpans spans)
    {
        _file = file;
        _spans = spans;
    }

    public static BoundEntry Bind(ContentFile file, EquatableArray<CollectionSchema> schemas)
    {
        var schema = schemas.FirstOrDefault(s => string.Equals(s.Name, file.Collection, StringComparison.OrdinalIgnoreCase));
        var frontmatter = MarkdownFrontmatter.Split(file.Text);
        var binder = new EntryBinder(file, new YamlSpans(frontmatter.YamlStart, frontmatter.FirstYamlLine));
        var arguments = new List<BoundArgument>();
        var initializers = new List<BoundArgument>();
        // A schema with errors is reported where it is declared; checking entries against it would only cascade.
        if (schema is not null && schema.Diagnostics.Count == 0)
        {
            binder.BindTopLevel(frontmatter, schema.Shape, arguments, initializers);
        }
        return new BoundEntry(schema?.Name ?? file.Collection, file.Id, file.Path, file.ResourceName, frontmatter.BodyStart,
            schema?.Shape.TypeName, arguments.ToEquatableArray(), initializers.ToEquatableArray(), binder._diagnostics.ToEquatableArray());
    }

    private static readonly SourceSpan s_fileStart = new(0, 3, 1, 1, 1, 4);

    private void BindTopLevel(MarkdownFrontmatter frontmatter, RecordShape shape, List<BoundArgument> arguments, List<BoundArgument> initializers)
    {
        if (!frontmatter.Closed)
        {
            Report(DiagnosticDescriptors.InvalidContentFrontmatter, s_fileStart, "the '---' on line 1 has no closing '---' line");
            return;
        }
        YamlMappingNode? root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(frontmatter.Yaml));
            var document = stream.Documents.FirstOrDefault()?.RootNode;
            if (document is YamlScalarNode scalar && IsNull(scalar))
            {
                document = null;
            }
            root = document as YamlMappingNode;
            if (document is not null && root is null)
            {
                Report(DiagnosticDescriptors.InvalidContentFrontmatter, _spans.Of(document), "it must be a mapping of fields ('title: Hello'), not " + Describe(document));
                return;
            }
        }
        catch (YamlException ex)
        {
            // A parser that ran off the end reports the closing '---'; the construct left open is more use.
            var ranOffTheEnd = ex.Start.Index >= frontmatter.Yaml.TrimEnd().Length;
            var span = ranOffTheEnd ? _spans.At(frontmatter.Yaml, YamlUnclosedConstruct.Find(frontmatter.Yaml)) : _spans.Of(ex.Start, ex.End);
            Report(DiagnosticDescriptors.InvalidContentFrontmatter, span, ex.InnerException?.Message ?? ex.Message);
            return;
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet throws this (without a position) for some input that ends too early, e.g. an unclosed '['.
            Report(DiagnosticDescriptors.InvalidContentFrontmatter, _spans.At(frontmatter.Yaml, YamlUnclosedConstruct.Find(frontmatter.Yaml)), "the YAML ends before a list, mapping or quoted string is closed (" + ex.Message + ")");
            return;
        }
        var fields = BindFields(root, shape, s_fileStart);
        if (fields is null)
        {
            return;
        }
        foreach (var (member, expression, line) in fields)
        {
            (member.IsConstructorParameter ? arguments : initializers).Add(new BoundArgument(member.Name, expression, line));
        }
    }

    /// <summary>The members given (or implied as null) in <paramref name="mapping"/>, in schema order; null after an error.</summary>
    private List<(SchemaMember Member, string Expression, int Line)>? BindFields(YamlMappingNode? mapping, RecordShape shape, SourceSpan owner)
    {
        var errors = _diagnostics.Count;
        var given = new Dictionary<SchemaMember, (string? Expression, int Line)>();
        foreach (var pair in mapping?.Children ?? Enumerable.Empty<KeyValuePair<YamlNode, YamlNode>>())
        {
            var keySpan = _spans.Of(pair.Key);
            var key = (pair.Key as YamlScalarNode)?.Value ?? "";
            var member = shape.Members.FirstOrDefault(m => string.Equals(m.Name, key, StringComparison.OrdinalIgnoreCase));
            if (member is null)
            {
                Report(DiagnosticDescriptors.UnknownContentField, keySpan, key, ShortName(shape.TypeName), string.Join(", ", shape.Members.Select(m => Camel(m.Name))));
                continue;
            }
            if (given.ContainsKey(member))
            {
                Report(DiagnosticDescriptors.DuplicateContentField, keySpan, key);
                continue;
            }
            // A field with a bad value counts as given: one mistake, one diagnostic.
            given[member] = (BindValue(pair.Value, member.Type, key, keySpan), keySpan.Line);
        }
        var fields = new List<(SchemaMember, string, int)>();
        foreach (var member in shape.Members)
        {
            if (given.TryGetValue(member, out var value))
            {
                fields.Add((member, value.Expression ?? "default!", value.Line));
            }
            else if (member.Required)
            {
                Report(DiagnosticDescriptors.MissingContentField, owner, Camel(member.Name), ShortName(shape.TypeName), Camel(member.Name));
            }
            else if (!member.HasDefault && member.IsConstructorParameter)
            {
                fields.Add((member, "null", owner.Line));
            }
        }
        return _diagnostics.Count == errors ? fields : null;
    }

    private string? BindValue(YamlNode node, SchemaType type, string field, SourceSpan keySpan)
    {
        var span = _spans.Of(node);
        if (node is YamlScalarNode nullScalar && IsNull(nullScalar))
        {
            return type.Nullable ? "null" : WrongType(field, ExpectedOf(type), "null", span);
        }
        switch (type.Kind)
        {
            case SchemaKind.Array:
            case SchemaKind.List:
                if (node is not YamlSequenceNode sequence)
                {
                    return WrongType(field, "a list ([a, b] or one '- item' per line)", Describe(node), span);
                }
                var items = new List<string>();
                var ok = true;
                foreach (var item in sequence.Children)
                {
                    var expression = BindValue(item, type.Element!, field, keySpan);
                    ok &= expression is not null;
                    items.Add(expression ?? "default!");
                }
                if (!ok)
                {
                    return null;
                }
                if (items.Count == 0)
                {
                    return type.Kind == SchemaKind.List ? $"new {type.TypeName}()" : $"global::System.Array.Empty<{type.Element!.TypeName}>()";
                }
                return $"new {type.TypeName} {{ {string.Join(", ", items)} }}";
            case SchemaKind.Record:
                if (node is not YamlMappingNode mapping)
                {
                    return WrongType(field, $"a mapping of the fields of {ShortName(type.TypeName)}", Describe(node), span);
                }
                var fields = BindFields(mapping, type.Record!, keySpan);
                return fields is null ? null : Construct(type.Record!, fields);
            default:
                if (node is not YamlScalarNode scalar)
                {
                    return WrongType(field, ExpectedOf(type), Describe(node), span);
                }
                var literal = ScalarLiteral.Convert(scalar.Value ?? "", type, out var expected);
                return literal ?? WrongType(field, expected, Describe(node), span);
        }
    }

    /// <summary>A nested record as one C# expression: named constructor arguments, then an object initializer.</summary>
    private static string Construct(RecordShape shape, List<(SchemaMember Member, string Expression, int Line)> fields)
    {
        var text = new StringBuilder("new ").Append(shape.TypeName).Append('(');
        text.Append(string.Join(", ", fields.Where(f => f.Member.IsConstructorParameter).Select(f => f.Member.Name + ": " + f.Expression)));
        text.Append(')');
        var properties = fields.Where(f => !f.Member.IsConstructorParameter).Select(f => f.Member.Name + " = " + f.Expression).ToList();
        if (properties.Count > 0)
        {
            text.Append(" { ").Append(string.Join(", ", properties)).Append(" }");
        }
        return text.ToString();
    }

    private static string ExpectedOf(SchemaType type)
    {
        switch (type.Kind)
        {
            case SchemaKind.Array or SchemaKind.List:
                return "a list";
            case SchemaKind.Record:
                return "a mapping of the fields of " + ShortName(type.TypeName);
            default:
                ScalarLiteral.Convert("", type, out var expected);
                return expected;
        }
    }

    private string? WrongType(string field, string expected, string actual, SourceSpan span)
    {
        Report(DiagnosticDescriptors.WrongContentFieldType, span, field, expected, actual);
        return null;
    }

    private static bool IsNull(YamlScalarNode scalar)
        => scalar.Style == ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

    private static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode scalar when IsNull(scalar) => "null",
        YamlScalarNode scalar => "'" + scalar.Value + "'",
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        _ => "an alias",
    };

    /// <summary>The record's name without namespace, for messages.</summary>
    private static string ShortName(string typeName)
    {
        var dot = typeName.LastIndexOf('.');
        return dot < 0 ? typeName.Replace("global::", "") : typeName.Substring(dot + 1);
    }

    /// <summary>How a field is usually spelled in YAML (<c>PubDate</c> → <c>pubDate</c>), for messages.</summary>
    private static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name.Substring(1);

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, SourceSpan span, params string[] arguments)
        => _diagnostics.Add(DiagnosticInfo.Create(descriptor, _file.Path, span, arguments));
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Pages.Generators.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Pages.Generators.Content;

/// <summary>
/// Checks one content file's YAML frontmatter against its collection's schema and turns it into a
/// <see cref="ContentValue"/> for the content table. Keys bind to members case-insensitively; every mistake is a
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
        ContentValue? data = null;
        // A schema with errors is reported where it is declared; checking entries against it would only cascade.
        if (schema is not null && schema.Diagnostics.Count == 0)
        {
            data = binder.BindTopLevel(frontmatter, schema.Shape);
        }
        return new BoundEntry(schema?.Name ?? file.Collection, file.Id, file.Path, file.ResourceName, frontmatter.BodyStart,
            schema?.Shape.TypeName, data, binder._diagnostics.ToEquatableArray());
    }

    private static readonly SourceSpan s_fileStart = new(0, 3, 1, 1, 1, 4);

    private ContentValue? BindTopLevel(MarkdownFrontmatter frontmatter, RecordShape shape)
    {
        if (!frontmatter.Closed)
        {
            Report(DiagnosticDescriptors.InvalidContentFrontmatter, s_fileStart, "the '---' on line 1 has no closing '---' line");
            return null;
        }
        // The common flat frontmatter is read without YamlDotNet (same nodes and marks); anything else by YamlDotNet.
        var root = FlatFrontmatter.TryParse(frontmatter.Yaml);
        if (root is null && !TryLoad(frontmatter.Yaml, out root))
        {
            return null;
        }
        return BindRecord(root, shape, s_fileStart);
    }

    /// <summary>
    /// Reads <paramref name="yaml"/> with YamlDotNet: its root mapping, or <see langword="null"/> for an empty document;
    /// false, with the diagnostic reported, when it is not YAML or not a mapping.
    /// </summary>
    private bool TryLoad(string yaml, out FrontmatterNode? root)
    {
        root = null;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            var loaded = stream.Documents.FirstOrDefault()?.RootNode;
            var document = loaded is null ? null : FrontmatterNode.From(loaded);
            if (document is null || (document.Kind == FrontmatterNodeKind.Scalar && IsNull(document)))
            {
                return true;
            }
            if (document.Kind != FrontmatterNodeKind.Mapping)
            {
                Report(DiagnosticDescriptors.InvalidContentFrontmatter, _spans.Of(document), "it must be a mapping of fields ('title: Hello'), not " + Describe(document));
                return false;
            }
            root = document;
            return true;
        }
        catch (YamlException ex)
        {
            // A parser that ran off the end reports the closing '---'; the construct left open is more use.
            var ranOffTheEnd = ex.Start.Index >= yaml.TrimEnd().Length;
            var span = ranOffTheEnd ? _spans.At(yaml, YamlUnclosedConstruct.Find(yaml)) : _spans.Of(ex.Start, ex.End);
            Report(DiagnosticDescriptors.InvalidContentFrontmatter, span, ex.InnerException?.Message ?? ex.Message);
            return false;
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet throws this (without a position) for some input that ends too early, e.g. an unclosed '['.
            Report(DiagnosticDescriptors.InvalidContentFrontmatter, _spans.At(yaml, YamlUnclosedConstruct.Find(yaml)), "the YAML ends before a list, mapping or quoted string is closed (" + ex.Message + ")");
            return false;
        }
    }

    /// <summary>
    /// The members given (or implied as null) in <paramref name="mapping"/>, in schema order, as a record value;
    /// null after an error.
    /// </summary>
    private ContentValue? BindRecord(FrontmatterNode? mapping, RecordShape shape, SourceSpan owner)
    {
        var errors = _diagnostics.Count;
        var given = new Dictionary<SchemaMember, ContentValue?>();
        foreach (var pair in mapping?.Pairs ?? Enumerable.Empty<KeyValuePair<FrontmatterNode, FrontmatterNode>>())
        {
            var keySpan = _spans.Of(pair.Key);
            var key = pair.Key.Kind == FrontmatterNodeKind.Scalar ? pair.Key.Value ?? "" : "";
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
            given[member] = BindValue(pair.Value, member.Type, key, keySpan);
        }
        var members = new List<int>();
        var values = new List<ContentValue>();
        for (var index = 0; index < shape.Members.Count; index++)
        {
            var member = shape.Members[index];
            if (given.TryGetValue(member, out var value))
            {
                members.Add(index);
                values.Add(value ?? ContentValue.Null);
            }
            else if (member.Required)
            {
                Report(DiagnosticDescriptors.MissingContentField, owner, Camel(member.Name), ShortName(shape.TypeName), Camel(member.Name));
            }
            else if (!member.HasDefault && member.IsConstructorParameter)
            {
                members.Add(index);
                values.Add(ContentValue.Null);
            }
        }
        return _diagnostics.Count == errors ? ContentValue.Record(members.ToEquatableArray(), values.ToEquatableArray()) : null;
    }

    private ContentValue? BindValue(FrontmatterNode node, SchemaType type, string field, SourceSpan keySpan)
    {
        var span = _spans.Of(node);
        if (node.Kind == FrontmatterNodeKind.Scalar && IsNull(node))
        {
            return type.Nullable ? ContentValue.Null : WrongType(field, ExpectedOf(type), "null", span);
        }
        switch (type.Kind)
        {
            case SchemaKind.Array:
            case SchemaKind.List:
                if (node.Kind != FrontmatterNodeKind.Sequence)
                {
                    return WrongType(field, "a list ([a, b] or one '- item' per line)", Describe(node), span);
                }
                var items = new List<ContentValue>();
                var ok = true;
                foreach (var item in node.Items)
                {
                    // Every item is checked, so that each wrong one is reported.
                    var value = BindValue(item, type.Element!, field, keySpan);
                    ok &= value is not null;
                    items.Add(value ?? ContentValue.Null);
                }
                return ok ? ContentValue.List(items.ToEquatableArray()) : null;
            case SchemaKind.Record:
                if (node.Kind != FrontmatterNodeKind.Mapping)
                {
                    return WrongType(field, $"a mapping of the fields of {ShortName(type.TypeName)}", Describe(node), span);
                }
                return BindRecord(node, type.Record!, keySpan);
            default:
                if (node.Kind != FrontmatterNodeKind.Scalar)
                {
                    return WrongType(field, ExpectedOf(type), Describe(node), span);
                }
                var token = ScalarToken.Convert(node.Value ?? "", type, out var expected);
                return token is not null ? ContentValue.Scalar(token) : WrongType(field, expected, Describe(node), span);
        }
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
                ScalarToken.Convert("", type, out var expected);
                return expected;
        }
    }

    private ContentValue? WrongType(string field, string expected, string actual, SourceSpan span)
    {
        Report(DiagnosticDescriptors.WrongContentFieldType, span, field, expected, actual);
        return null;
    }

    private static bool IsNull(FrontmatterNode scalar)
        => scalar.Plain && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

    private static string Describe(FrontmatterNode node) => node.Kind switch
    {
        FrontmatterNodeKind.Scalar when IsNull(node) => "null",
        FrontmatterNodeKind.Scalar => "'" + node.Value + "'",
        FrontmatterNodeKind.Sequence => "a list",
        FrontmatterNodeKind.Mapping => "a mapping",
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

using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using Pages.Generators.Content;
using Pages.Generators.Model;

namespace Pages.Generators.Emit;

/// <summary>
/// Writes frontmatter values into content tables, and the generated methods that read them back: one per
/// record, list and array type met (an enum gets an array of its members instead). A record's reader has one
/// case per combination of given members found in the content (members left out keep their C# defaults, as
/// in an object written by hand), so the table holds the combination's number and then only the given values.
/// </summary>
internal sealed class ContentTableWriter
{
    private readonly Dictionary<SchemaType, string> _names = new();
    private readonly List<SchemaType> _types = new();
    private readonly Dictionary<SchemaType, List<EquatableArray<int>>> _patterns = new();

    /// <summary>Appends <paramref name="value"/>, of type <paramref name="type"/>, to <paramref name="table"/>.</summary>
    public void Write(StringBuilder table, SchemaType type, ContentValue value)
    {
        switch (value.Kind)
        {
            case ContentValueKind.Null:
            case ContentValueKind.Scalar:
                table.Append(value.Token);
                break;
            case ContentValueKind.List:
                table.Append(ContentTable.Number(value.Items.Count));
                foreach (var item in value.Items)
                {
                    Write(table, type.Element!, item);
                }
                break;
            case ContentValueKind.Record:
                var patterns = Patterns(type);
                var pattern = patterns.IndexOf(value.Members);
                if (pattern < 0)
                {
                    pattern = patterns.Count;
                    patterns.Add(value.Members);
                }
                table.Append(ContentTable.Number(pattern));
                // Schema order: constructor parameters first, as the reader's constructor call evaluates them.
                for (var i = 0; i < value.Members.Count; i++)
                {
                    Write(table, type.Record!.Members[value.Members[i]].Type, value.Items[i]);
                }
                break;
        }
    }

    /// <summary>The C# expression that reads a value of <paramref name="type"/> from a <c>ContentReader</c> named <c>reader</c>.</summary>
    public string ReadExpression(SchemaType type)
    {
        var read = type.Kind switch
        {
            SchemaKind.String => "reader.String()",
            SchemaKind.Int32 => "reader.Int32()",
            SchemaKind.Int64 => "reader.Int64()",
            SchemaKind.Double => "reader.Double()",
            SchemaKind.Single => "reader.Single()",
            SchemaKind.Decimal => "reader.Decimal()",
            SchemaKind.Boolean => "reader.Boolean()",
            SchemaKind.DateTime => "reader.DateTime()",
            SchemaKind.DateOnly => "reader.DateOnly()",
            SchemaKind.DateTimeOffset => "reader.DateTimeOffset()",
            SchemaKind.Enum => NameOf(type) + "[reader.Int32()]",
            _ => NameOf(type) + "(ref reader)",
        };
        return type.Nullable ? $"reader.IsNull() ? default({type.TypeName}?) : {read}" : read;
    }

    /// <summary>Writes the readers of every type met so far (and of the types those readers meet).</summary>
    public void EmitReaders(CodeWriter writer)
    {
        for (var i = 0; i < _types.Count; i++)
        {
            var type = _types[i];
            writer.Line();
            switch (type.Kind)
            {
                case SchemaKind.Enum:
                    var members = string.Join(", ", type.EnumMembers.Select(m => type.TypeName + "." + Identifier(m)));
                    writer.Line($"private static readonly {type.TypeName}[] {_names[type]} = {{ {members} }};");
                    break;
                case SchemaKind.Record:
                    EmitRecordReader(writer, type);
                    break;
                case SchemaKind.List:
                    writer.Line($"private static {type.TypeName} {_names[type]}(ref global::Pages.ContentReader reader)");
                    writer.OpenBrace();
                    writer.Line("var count = reader.Int32();");
                    writer.Line($"var items = new {type.TypeName}(count);");
                    writer.Line("for (var i = 0; i < count; i++)");
                    writer.OpenBrace();
                    writer.Line($"items.Add({ReadExpression(type.Element!)});");
                    writer.CloseBrace();
                    writer.Line("return items;");
                    writer.CloseBrace();
                    break;
                default:
                    writer.Line($"private static {type.TypeName} {_names[type]}(ref global::Pages.ContentReader reader)");
                    writer.OpenBrace();
                    writer.Line($"var items = {NewArray(type.Element!.TypeName, "reader.Int32()")};");
                    writer.Line("for (var i = 0; i < items.Length; i++)");
                    writer.OpenBrace();
                    writer.Line($"items[i] = {ReadExpression(type.Element!)};");
                    writer.CloseBrace();
                    writer.Line("return items;");
                    writer.CloseBrace();
                    break;
            }
        }
    }

    private void EmitRecordReader(CodeWriter writer, SchemaType type)
    {
        var shape = type.Record!;
        writer.Line($"private static {type.TypeName} {_names[type]}(ref global::Pages.ContentReader reader)");
        writer.OpenBrace();
        writer.Line("switch (reader.Int32())");
        writer.OpenBrace();
        var patterns = Patterns(type);
        for (var p = 0; p < patterns.Count; p++)
        {
            var given = patterns[p].Select(index => shape.Members[index]).ToList();
            var arguments = given.Where(m => m.IsConstructorParameter).Select(m => $"{Identifier(m.Name)}: {ReadExpression(m.Type)}");
            var properties = given.Where(m => !m.IsConstructorParameter).ToList();
            writer.Line($"case {p.ToString(CultureInfo.InvariantCulture)}:");
            writer.Indent();
            if (properties.Count == 0)
            {
                writer.Line($"return new {type.TypeName}({string.Join(", ", arguments)});");
            }
            else
            {
                writer.Line($"return new {type.TypeName}({string.Join(", ", arguments)})");
                writer.OpenBrace();
                foreach (var property in properties)
                {
                    writer.Line($"{Identifier(property.Name)} = {ReadExpression(property.Type)},");
                }
                writer.CloseBrace(";");
            }
            writer.Unindent();
        }
        writer.Line("default:");
        writer.Indent();
        writer.Line("throw global::Pages.ContentReader.Corrupt();");
        writer.Unindent();
        writer.CloseBrace();
        writer.CloseBrace();
    }

    private List<EquatableArray<int>> Patterns(SchemaType type)
    {
        var key = type with { Nullable = false };
        if (!_patterns.TryGetValue(key, out var patterns))
        {
            patterns = new List<EquatableArray<int>>();
            _patterns.Add(key, patterns);
        }
        return patterns;
    }

    /// <summary>The name of the reader (or enum member array) of <paramref name="type"/>, which is then written by <see cref="EmitReaders"/>.</summary>
    private string NameOf(SchemaType type)
    {
        // Nullability is read before the reader is called: int? and int share one, as do string?[] and string?[]?.
        var key = type with { Nullable = false };
        if (!_names.TryGetValue(key, out var name))
        {
            name = (key.Kind == SchemaKind.Enum ? "Enum" : "Read") + _names.Count.ToString(CultureInfo.InvariantCulture);
            _names.Add(key, name);
            _types.Add(key);
        }
        return name;
    }

    /// <summary><c>new T[count]</c>, with a jagged element's brackets after the count (<c>new int[count][]</c>).</summary>
    private static string NewArray(string elementType, string count)
    {
        var ranks = elementType.Length;
        while (ranks >= 2 && elementType[ranks - 2] == '[' && elementType[ranks - 1] == ']')
        {
            ranks -= 2;
        }
        return $"new {elementType.Substring(0, ranks)}[{count}]{elementType.Substring(ranks)}";
    }

    /// <summary>A member name as a C# identifier: keywords get an <c>@</c>.</summary>
    private static string Identifier(string name) => SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None ? name : "@" + name;
}

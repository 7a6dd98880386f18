using System.Collections.Generic;
using System.Linq;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Pages.Generators.Content;

/// <summary>
/// A YAML node of a frontmatter, as the binder reads it: its kind, a scalar's text and whether it was plain (unquoted),
/// a sequence's items, a mapping's pairs, and where it is (YamlDotNet's marks, relative to the frontmatter text). Made by
/// <see cref="FlatFrontmatter"/> for the common flat frontmatter, or read from YamlDotNet's nodes for everything else;
/// the binder cannot tell them apart. Lives only inside the bind step (no pipeline output holds one).
/// </summary>
internal sealed class FrontmatterNode
{
    private static readonly IReadOnlyList<FrontmatterNode> s_noItems = System.Array.Empty<FrontmatterNode>();
    private static readonly IReadOnlyList<KeyValuePair<FrontmatterNode, FrontmatterNode>> s_noPairs = System.Array.Empty<KeyValuePair<FrontmatterNode, FrontmatterNode>>();

    // The YamlDotNet node this one reads its children from, on first use: an alias may make YamlDotNet's tree cyclic, so
    // children are read only as far as the binder goes (as deep as the schema), never all at once.
    private readonly YamlNode? _source;
    private IReadOnlyList<FrontmatterNode>? _items;
    private IReadOnlyList<KeyValuePair<FrontmatterNode, FrontmatterNode>>? _pairs;

    private FrontmatterNode(FrontmatterNodeKind kind, string? value, bool plain, Mark start, Mark end, YamlNode? source,
        IReadOnlyList<FrontmatterNode>? items, IReadOnlyList<KeyValuePair<FrontmatterNode, FrontmatterNode>>? pairs)
    {
        Kind = kind;
        Value = value;
        Plain = plain;
        Start = start;
        End = end;
        _source = source;
        _items = items;
        _pairs = pairs;
    }

    public FrontmatterNodeKind Kind { get; }

    /// <summary>A scalar's text (null for YAML's empty plain scalar as YamlDotNet reads it).</summary>
    public string? Value { get; }

    /// <summary>Whether a scalar was written without quotes or block indicators (only a plain scalar can be YAML null).</summary>
    public bool Plain { get; }

    public Mark Start { get; }

    public Mark End { get; }

    /// <summary>A sequence's items, in order; empty for other kinds.</summary>
    public IReadOnlyList<FrontmatterNode> Items
        => _items ??= _source is YamlSequenceNode sequence ? sequence.Children.Select(From).ToList() : s_noItems;

    /// <summary>A mapping's keys and values, in order; empty for other kinds.</summary>
    public IReadOnlyList<KeyValuePair<FrontmatterNode, FrontmatterNode>> Pairs
        => _pairs ??= _source is YamlMappingNode mapping
            ? mapping.Children.Select(pair => new KeyValuePair<FrontmatterNode, FrontmatterNode>(From(pair.Key), From(pair.Value))).ToList()
            : s_noPairs;

    public static FrontmatterNode Scalar(string value, Mark start, Mark end) => new(FrontmatterNodeKind.Scalar, value, true, start, end, null, null, null);

    public static FrontmatterNode Sequence(IReadOnlyList<FrontmatterNode> items, Mark start, Mark end)
        => new(FrontmatterNodeKind.Sequence, null, false, start, end, null, items, null);

    public static FrontmatterNode Mapping(IReadOnlyList<KeyValuePair<FrontmatterNode, FrontmatterNode>> pairs, Mark start, Mark end)
        => new(FrontmatterNodeKind.Mapping, null, false, start, end, null, null, pairs);

    /// <summary>The node of YamlDotNet's <paramref name="node"/>; its children are read when first asked for.</summary>
    public static FrontmatterNode From(YamlNode node) => node switch
    {
        YamlScalarNode scalar => new(FrontmatterNodeKind.Scalar, scalar.Value, scalar.Style == ScalarStyle.Plain, node.Start, node.End, null, null, null),
        YamlSequenceNode => new(FrontmatterNodeKind.Sequence, null, false, node.Start, node.End, node, null, null),
        YamlMappingNode => new(FrontmatterNodeKind.Mapping, null, false, node.Start, node.End, node, null, null),
        _ => new(FrontmatterNodeKind.Alias, null, false, node.Start, node.End, null, null, null),
    };
}

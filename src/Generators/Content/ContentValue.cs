using Pages.Generators.Model;

namespace Pages.Generators.Content;

/// <summary>
/// A frontmatter value checked against its schema type, as plain data for the content table: a null, a scalar
/// (<see cref="Token"/>: its table token, see <see cref="ContentTable"/>), a list's <see cref="Items"/>, or a
/// record's given <see cref="Members"/> (indexes into its shape's members, in schema order) with their values in
/// <see cref="Items"/>. Members left out keep their C# defaults, as if the object were written by hand.
/// </summary>
internal sealed record ContentValue(ContentValueKind Kind, string Token, EquatableArray<ContentValue> Items, EquatableArray<int> Members)
{
    public static readonly ContentValue Null = new(ContentValueKind.Null, ContentTable.Null, EquatableArray<ContentValue>.Empty, EquatableArray<int>.Empty);

    public static ContentValue Scalar(string token) => new(ContentValueKind.Scalar, token, EquatableArray<ContentValue>.Empty, EquatableArray<int>.Empty);

    public static ContentValue List(EquatableArray<ContentValue> items) => new(ContentValueKind.List, "", items, EquatableArray<int>.Empty);

    public static ContentValue Record(EquatableArray<int> members, EquatableArray<ContentValue> values) => new(ContentValueKind.Record, "", values, members);
}

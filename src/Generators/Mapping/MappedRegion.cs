namespace Pages.Generators.Mapping;

/// <summary>
/// A stretch of a <c>.page</c> file and the stretch of generated C# it became, as character offsets in each text.
/// Within a region, offsets correspond one to one from the start (user code is copied verbatim); a generated
/// stretch that is not a copy (a component's qualified type name) maps every position to the page stretch, clamped.
/// </summary>
internal readonly record struct MappedRegion(int GeneratedStart, int GeneratedLength, int PageStart, int PageLength)
{
    public int GeneratedEnd => GeneratedStart + GeneratedLength;

    public int PageEnd => PageStart + PageLength;
}

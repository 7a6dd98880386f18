namespace Bench.Render;

/// <summary>
/// TechEmpower's 12 stored fortunes plus the one added per request, sorted ordinally by message.
/// </summary>
/// <remarks>
/// The render benchmark measures rendering, so it prepares the list once (<see cref="Prepared"/>) and every
/// renderer reads the same instance; the HTTP benchmark builds it per request with <see cref="ForRequest"/>.
/// </remarks>
public static class FortuneData
{
    private static readonly Fortune[] s_stored =
    [
        new(1, "fortune: No such file or directory"),
        new(2, "A computer scientist is someone who fixes things that aren't broken."),
        new(3, "After enough decimal places, nobody gives a damn."),
        new(4, "A bad random number generator: 1, 1, 1, 1, 1, 4.33e+67, 1, 1, 1"),
        new(5, "A computer program does what you tell it to do, not what you want it to do."),
        new(6, "Emacs is a nice operating system, but I prefer UNIX. — Tom Christaensen"),
        new(7, "Any program that runs right is obsolete."),
        new(8, "A list is only as strong as its weakest link. — Donald Knuth"),
        new(9, "Feature: A bug with seniority."),
        new(10, "Computers make very fast, very accurate mistakes."),
        new(11, "<script>alert(\"This should not be displayed in a browser alert box.\");</script>"),
        new(12, "フレームワークのベンチマーク"),
    ];

    /// <summary>The list every render benchmark writes (built once).</summary>
    public static List<Fortune> Prepared { get; } = ForRequest();

    /// <summary>The stored fortunes, one more added, sorted by message (ordinal), as each Fortunes request does.</summary>
    /// <returns>A new list of 13 fortunes.</returns>
    public static List<Fortune> ForRequest()
    {
        var fortunes = new List<Fortune>(s_stored.Length + 1);
        fortunes.AddRange(s_stored);
        fortunes.Add(new Fortune(0, "Additional fortune added at request time."));
        fortunes.Sort(static (a, b) => string.CompareOrdinal(a.Message, b.Message));
        return fortunes;
    }
}

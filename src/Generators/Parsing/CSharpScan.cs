namespace Pages.Generators.Parsing;

/// <summary>
/// The result of <see cref="CSharpScanner.Scan(string, int, char, bool)"/>: where the scan stopped (-1 when the
/// closing character was never found), the first top-level single <c>:</c> before it, and whether anything
/// but whitespace and comments was seen.
/// </summary>
internal readonly struct CSharpScan
{
    public static readonly CSharpScan NotFound = new(-1, -1, false, false);

    public CSharpScan(int stop, int firstColon, bool hasCode, bool stoppedAtColon)
    {
        Stop = stop;
        FirstColon = firstColon;
        HasCode = hasCode;
        StoppedAtColon = stoppedAtColon;
    }

    public int Stop { get; }

    public int FirstColon { get; }

    public bool HasCode { get; }

    public bool StoppedAtColon { get; }

    public bool Found => Stop >= 0;
}

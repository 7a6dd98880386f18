using System.Collections.Generic;
using Pages.Generators.Model;

namespace Pages.Generators.Parsing;

/// <summary>What <see cref="FrontmatterSplitter"/> found: the frontmatter, where the template starts, and its diagnostics.</summary>
internal sealed class FrontmatterSplit
{
    public FrontmatterSplit(FrontmatterSyntax syntax, int bodyStart, List<DiagnosticInfo>? diagnostics, bool isClosed = true)
    {
        Syntax = syntax;
        BodyStart = bodyStart;
        Diagnostics = diagnostics ?? new List<DiagnosticInfo>();
        IsClosed = isClosed;
    }

    public FrontmatterSyntax Syntax { get; }

    /// <summary>The offset of the template's first character (after the closing line and its line break).</summary>
    public int BodyStart { get; }

    public List<DiagnosticInfo> Diagnostics { get; }

    /// <summary>False when the opening <c>---</c> has no closing line (PAGE001): there is no template then.</summary>
    public bool IsClosed { get; }
}

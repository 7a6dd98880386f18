namespace Pages.Generators.Mapping;

/// <summary>What a <see cref="LineDirective"/> does to the lines after it.</summary>
internal enum LineDirectiveKind
{
    /// <summary><c>#line hidden</c> or <c>#line default</c>: the following lines map to no page position.</summary>
    Hidden,

    /// <summary><c>#line n "file"</c>: the following lines are lines n, n+1, … of the file, column for column.</summary>
    Line,

    /// <summary><c>#line (l,c)-(l,c) offset "file"</c>: the next line's text from column <c>offset</c> is the span.</summary>
    Span,
}

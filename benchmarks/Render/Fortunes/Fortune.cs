namespace Bench.Render;

/// <summary>One row of TechEmpower's <c>fortune</c> table.</summary>
/// <param name="Id">The row id.</param>
/// <param name="Message">The fortune text (HTML-encoded when written).</param>
public sealed record Fortune(int Id, string Message);

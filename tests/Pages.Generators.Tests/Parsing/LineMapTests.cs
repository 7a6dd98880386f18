using Xunit;
using Pages.Generators.Parsing;

namespace Pages.Generators.Tests.Parsing;

public class LineMapTests
{
    [Theory]
    [InlineData("ab\ncd", 4, 2, 2)]
    [InlineData("ab\r\ncd", 5, 2, 2)]
    [InlineData("ab\r\ncd", 2, 1, 3)]
    [InlineData("ab\rcd", 3, 2, 1)]
    [InlineData("\tx", 1, 1, 2)]
    [InlineData("\uFEFFab", 1, 1, 1)]
    [InlineData("\uFEFFab", 2, 1, 2)]
    [InlineData("\uFEFFa\nb", 3, 2, 1)]
    [InlineData("", 0, 1, 1)]
    [InlineData("a\n", 2, 2, 1)]
    [InlineData("a\u2028b", 2, 2, 1)]
    public void Offset_maps_to_line_and_column_as_Roslyn_counts(string text, int offset, int line, int column)
        => Assert.Equal((line, column), new LineMap(text).Position(offset));

    [Fact]
    public void Positions_agree_with_Roslyn_SourceText_without_a_BOM()
    {
        var text = "a\tb\r\nc\n\nddd\re\r\n";
        var source = Microsoft.CodeAnalysis.Text.SourceText.From(text);
        var map = new LineMap(text);

        for (var offset = 0; offset <= text.Length; offset++)
        {
            var roslyn = source.Lines.GetLinePosition(offset);
            Assert.Equal((roslyn.Line + 1, roslyn.Character + 1), map.Position(offset));
        }
    }
}

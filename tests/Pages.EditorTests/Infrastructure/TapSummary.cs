using System.Text.RegularExpressions;

namespace Pages.EditorTests.Infrastructure;

/// <summary>The totals that <c>node --test --test-reporter=tap</c> prints at the end (<c># tests 37</c>, <c># pass 37</c>, ...).</summary>
internal sealed record TapSummary(int Tests, int Pass, int Fail)
{
    public static TapSummary Parse(string output)
    {
        int Count(string name)
        {
            var match = Regex.Match(output, $@"^# {name} (\d+)$", RegexOptions.Multiline);
            Assert.True(match.Success, $"no '# {name} N' line in the node --test output:\n{output}");
            return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        }

        return new TapSummary(Count("tests"), Count("pass"), Count("fail"));
    }
}

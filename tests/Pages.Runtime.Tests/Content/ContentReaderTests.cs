using System.Text;
using Xunit;

namespace Pages.Tests.Content;

/// <summary>Reading the content table format that the generator writes (its side is covered by the generator and integration tests).</summary>
public class ContentReaderTests
{
    [Fact]
    public void Reads_every_token_in_order()
    {
        byte[] table = Encoding.UTF8.GetBytes(
            "-42;9223372036854775807;-9223372036854775808;1;" +
            "7:h\u00e9llo;" + "0:" +
            $"{BitConverter.DoubleToInt64Bits(-0.25)};{BitConverter.DoubleToInt64Bits(1.5)};" +
            "4:1.50" +
            $"{new DateTime(2024, 4, 1, 7, 30, 0).Ticks};1;" +
            $"{new DateOnly(2024, 3, 20).DayNumber};" +
            $"{new DateTime(2024, 4, 1, 8, 0, 0).Ticks};120;" +
            "~3:end");
        var reader = new ContentReader(table);

        Assert.Equal(-42, reader.Int32());
        Assert.Equal(long.MaxValue, reader.Int64());
        Assert.Equal(long.MinValue, reader.Int64());
        Assert.True(reader.Boolean());
        Assert.Equal("h\u00e9llo;", reader.String());
        Assert.Equal("", reader.String());
        Assert.Equal(-0.25, reader.Double());
        Assert.Equal(1.5f, reader.Single());
        decimal price = reader.Decimal();
        Assert.Equal("1.50", price.ToString(System.Globalization.CultureInfo.InvariantCulture));
        DateTime date = reader.DateTime();
        Assert.Equal(new DateTime(2024, 4, 1, 7, 30, 0, DateTimeKind.Utc), date);
        Assert.Equal(DateTimeKind.Utc, date.Kind);
        Assert.Equal(new DateOnly(2024, 3, 20), reader.DateOnly());
        Assert.Equal(new DateTimeOffset(2024, 4, 1, 8, 0, 0, TimeSpan.FromHours(2)), reader.DateTimeOffset());
        Assert.False(reader.End);
        Assert.True(reader.IsNull());
        Assert.False(reader.IsNull());
        Assert.Equal("end", reader.String());
        Assert.True(reader.End);
    }

    [Theory]
    [InlineData("12")]
    [InlineData(";")]
    [InlineData("1x;")]
    [InlineData("9:short")]
    [InlineData("99999999999999999999;")]
    public void A_malformed_table_is_reported_not_misread(string text)
    {
        byte[] table = Encoding.UTF8.GetBytes(text);

        InvalidOperationException error = Assert.Throws<InvalidOperationException>(() =>
        {
            var reader = new ContentReader(table);
            return text.Contains(':') ? reader.String() : reader.Int64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        });
        Assert.Contains("content table", error.Message, StringComparison.Ordinal);
    }
}

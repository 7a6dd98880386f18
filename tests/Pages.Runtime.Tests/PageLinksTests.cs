namespace Pages.Tests;

/// <summary>What the link check keeps of a page (<see cref="PageLinks"/>): links it resolves, a count of the others, sorted ids.</summary>
public class PageLinksTests
{
    [Fact]
    public void Links_that_leave_the_site_or_are_empty_are_counted_and_the_rest_kept_in_document_order()
    {
        PageLinks links = PageLinks.Scan("""
            <a href="/b">b</a><a href="https://example.com/x">x</a><a href="mailto:me@example.com">m</a>
            <img src="//cdn.example.com/i.png"><a href="">empty</a><a href="  ">blank</a><a href="a/">relative</a>
            <a href="#top">top</a><a href="data:text/plain,hi">data</a><a href="c:d">scheme c:</a><a href="1x:y">no scheme: a digit first</a>
            """u8);

        Assert.Equal(["/b", "a/", "#top", "1x:y"], links.Local);
        Assert.Equal(7, links.External);
        Assert.Equal(11, links.Count);
    }

    [Fact]
    public void Ids_are_distinct_and_sorted_and_found_by_exact_value()
    {
        PageLinks links = PageLinks.Scan("<h2 id=zeta></h2><p id=Alpha></p><a name=beta></a><i id=zeta></i>"u8);

        Assert.Equal(["Alpha", "beta", "zeta"], links.Ids);
        Assert.True(links.HasId("beta"));
        Assert.False(links.HasId("alpha"));
        Assert.False(PageLinks.Empty.HasId("beta"));
    }
}

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Pages.Runtime.Tests.Routing;

/// <summary>
/// Route patterns with a rest parameter before the end (<c>/{**path}/edit</c>, docs/routing.md#rest-parameters): read
/// whole for the route table's other users, split for ASP.NET Core's matcher, and matched as a request is.
/// </summary>
public class RestRoutePatternTests
{
    [Fact]
    public void Whole_pattern_keeps_every_segment_and_parameter_in_place()
    {
        RoutePattern pattern = PageRoutePattern.Parse("/{lang}/{**path}/v-{n}");

        Assert.Equal("/{lang}/{**path}/v-{n}", pattern.RawText);
        Assert.Equal(3, pattern.PathSegments.Count);
        Assert.Equal(["lang", "path", "n"], pattern.Parameters.Select(parameter => parameter.Name));
        Assert.True(pattern.GetParameter("path")!.IsCatchAll);
    }

    [Theory]
    [InlineData("/{**a}/x/{**b}")]
    [InlineData("/{**a}/{a}")]
    public void Two_rest_parameters_or_a_repeated_name_are_refused(string pattern)
        => Assert.Throws<RoutePatternException>(() => PageRoutePattern.Parse(pattern));

    [Fact]
    public void Endpoint_pattern_stops_at_the_rest_parameter_and_the_suffix_is_its_metadata()
    {
        (RoutePattern pattern, RestSuffix? suffix) = PageRoutePattern.ForEndpoint("/{lang}/{**path}/v-{n}");

        Assert.Equal("/{lang}/{**path}", pattern.RawText);
        Assert.NotNull(suffix);
        Assert.Equal("path", suffix.RestName);
        Assert.Equal(1, suffix.SegmentCount);
    }

    [Theory]
    [InlineData("/docs/{**path}")]
    [InlineData("/blog/{slug}")]
    [InlineData("{*path:nonfile}")]
    public void Pattern_with_nothing_after_its_rest_is_registered_as_written(string text)
    {
        (RoutePattern pattern, RestSuffix? suffix) = PageRoutePattern.ForEndpoint(text);

        Assert.Equal(text, pattern.RawText);
        Assert.Null(suffix);
    }

    [Theory]
    [InlineData("/wiki/a/b/edit", "path=a/b")]
    [InlineData("/wiki/a/b/edit/", "path=a/b")]
    [InlineData("/wiki/A/Edit", "path=A")]
    [InlineData("/wiki/edit", "")]
    [InlineData("/wiki/a/b", null)]
    [InlineData("/wiki", null)]
    [InlineData("/wiki/a/edit/b", null)]
    public void Rest_takes_what_the_suffix_leaves_and_nothing_is_no_value(string path, string? expected)
        => Assert.Equal(expected, Match("/wiki/{**path}/edit", path));

    [Theory]
    [InlineData("/en/a/b/v-2", "lang=en;n=2;path=a/b")]
    [InlineData("/en/v-2", "lang=en;n=2")]
    [InlineData("/en/a/x-2", null)]
    [InlineData("/v-2", null)]
    public void Parameters_before_and_after_the_rest_take_their_segments(string path, string? expected)
        => Assert.Equal(expected, Match("/{lang}/{**path}/v-{n}", path));

    [Theory]
    [InlineData("/docs/{id}/print", "/docs/{**slug}/print")]
    [InlineData("/docs/x/print", "/docs/{**slug}/print")]
    [InlineData("/docs/{**slug}/print", "/docs/{**slug}")]
    [InlineData("/edit", "/{**path}/edit")]
    public void Run_time_priority_ranks_rest_folders_as_the_generator_does(string first, string second)
    {
        Assert.True(RoutePatternShapeComparer.Compare(PageRoutePattern.Parse(first), PageRoutePattern.Parse(second)) < 0);
        Assert.True(RoutePatternShapeComparer.Compare(PageRoutePattern.Parse(second), PageRoutePattern.Parse(first)) > 0);
    }

    [Fact]
    public void Rest_folders_of_one_shape_collide()
        => Assert.Equal(0, RoutePatternShapeComparer.Compare(PageRoutePattern.Parse("/{**a}/edit"), PageRoutePattern.Parse("/{**b}/EDIT")));

    private static string? Match(string pattern, string path)
    {
        var values = new RouteValueDictionary();
        return PageRouteMatcher.For(pattern).TryMatch(new PathString(path), values)
            ? string.Join(";", values.OrderBy(value => value.Key, StringComparer.Ordinal).Select(value => $"{value.Key}={value.Value}"))
            : null;
    }
}

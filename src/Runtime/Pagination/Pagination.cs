using System.Globalization;
using System.Linq;

namespace Pages;

/// <summary>
/// Astro's <c>paginate()</c>: turns a list into pages of <see cref="Pagination{T}"/>, as the static paths of a route
/// whose parameter is the page number (<c>blog/[page].page</c>: <c>/blog/1</c>, <c>/blog/2</c>; or a rest parameter,
/// <c>blog/[...page].page</c> with <c>firstPageAtBaseUrl</c>: <c>/blog</c>, <c>/blog/2</c>), or for one request on demand.
/// </summary>
public static class Pagination
{
    /// <summary>The static paths of every page of <paramref name="items"/>, for a <c>GetStaticPaths()</c>.</summary>
    /// <typeparam name="T">The type of the items.</typeparam>
    /// <typeparam name="TProps">The page's <c>record Props</c>.</typeparam>
    /// <param name="items">The whole list, in the order pages show it.</param>
    /// <param name="pageSize">The most items a page holds (at least 1).</param>
    /// <param name="baseUrl">The URL the page numbers are appended to, without a trailing slash (<c>"/blog"</c>; <c>""</c> for the root).</param>
    /// <param name="props">Makes the page's props from its <see cref="Pagination{T}"/>: <c>page =&gt; new Props(page)</c>.</param>
    /// <param name="param">The route parameter that holds the page number. Default <c>"page"</c>.</param>
    /// <param name="firstPageAtBaseUrl">
    /// For a rest parameter (<c>[...page]</c>): page 1 lives at <paramref name="baseUrl"/> itself, its parameter empty.
    /// Otherwise page 1 is <c>{baseUrl}/1</c>.
    /// </param>
    /// <param name="pagePrefix">
    /// Text before the number in the URL, for a rest parameter: <c>"page/"</c> gives <c>/blog/page/2</c>, which leaves
    /// <c>/blog/[slug]</c> free for posts. Default none.
    /// </param>
    /// <param name="params">The route's other parameters (<c>["tag"] = "dotnet"</c> for <c>tags/[tag]/[page].page</c>).</param>
    /// <returns>One static path per page (one for an empty list), in page order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pageSize"/> is less than 1.</exception>
    public static IEnumerable<StaticPath<TProps>> Paginate<T, TProps>(
        IEnumerable<T> items,
        int pageSize,
        string baseUrl,
        Func<Pagination<T>, TProps> props,
        string param = "page",
        bool firstPageAtBaseUrl = false,
        string pagePrefix = "",
        IReadOnlyDictionary<string, string>? @params = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(baseUrl);
        ArgumentNullException.ThrowIfNull(props);
        ArgumentException.ThrowIfNullOrEmpty(param);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var scheme = new PageNumbering(baseUrl, firstPageAtBaseUrl, pagePrefix);
        T[] all = [.. items];
        int lastPage = LastPage(all.Length, pageSize);
        var paths = new List<StaticPath<TProps>>(lastPage);
        for (int number = 1; number <= lastPage; number++)
        {
            var values = @params is null ? new Dictionary<string, string>() : new Dictionary<string, string>(@params);
            values[param] = scheme.Value(number);
            paths.Add(new StaticPath<TProps>(values, props(Build(all, pageSize, number, lastPage, scheme))));
        }

        return paths;
    }

    /// <summary>
    /// The page a request asks for, on demand: <paramref name="pageParam"/> is the route value
    /// (<c>Params["page"]</c>). <see langword="null"/> when it is not a page of the list (answer <c>NotFound()</c>).
    /// </summary>
    /// <typeparam name="T">The type of the items.</typeparam>
    /// <param name="items">The whole list, in the order pages show it.</param>
    /// <param name="pageSize">The most items a page holds (at least 1).</param>
    /// <param name="pageParam">The page number from the URL: <c>"2"</c>, or with a prefix <c>"page/2"</c>; empty or
    /// <see langword="null"/> is page 1 when <paramref name="firstPageAtBaseUrl"/>.</param>
    /// <param name="baseUrl">As for <see cref="Paginate{T, TProps}"/>.</param>
    /// <param name="firstPageAtBaseUrl">As for <see cref="Paginate{T, TProps}"/>.</param>
    /// <param name="pagePrefix">As for <see cref="Paginate{T, TProps}"/>.</param>
    /// <returns>The page, or <see langword="null"/> for a number outside the list or a malformed one (<c>"01"</c>, <c>"x"</c>, <c>"1"</c> when page 1 is at the base URL).</returns>
    public static Pagination<T>? ForPage<T>(
        IEnumerable<T> items,
        int pageSize,
        string? pageParam,
        string baseUrl,
        bool firstPageAtBaseUrl = false,
        string pagePrefix = "")
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(baseUrl);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var scheme = new PageNumbering(baseUrl, firstPageAtBaseUrl, pagePrefix);
        if (scheme.Number(pageParam) is not int number)
        {
            return null;
        }

        T[] all = [.. items];
        int lastPage = LastPage(all.Length, pageSize);
        return number > lastPage ? null : Build(all, pageSize, number, lastPage, scheme);
    }

    // An empty list still has one (empty) page, as in Astro.
    private static int LastPage(int total, int pageSize) => Math.Max(1, (total + pageSize - 1) / pageSize);

    private static Pagination<T> Build<T>(T[] all, int pageSize, int number, int lastPage, PageNumbering scheme)
    {
        int start = (number - 1) * pageSize;
        T[] data = all.Skip(start).Take(pageSize).ToArray();
        var url = new PaginationUrls(
            Current: scheme.Url(number),
            Prev: number > 1 ? scheme.Url(number - 1) : null,
            Next: number < lastPage ? scheme.Url(number + 1) : null,
            First: number > 1 ? scheme.Url(1) : null,
            Last: number < lastPage ? scheme.Url(lastPage) : null);
        return new Pagination<T>(data, start, pageSize, all.Length, number, lastPage, url);
    }

    /// <summary>How page numbers become route values and URLs, and back.</summary>
    private sealed record PageNumbering(string BaseUrl, bool FirstPageAtBaseUrl, string Prefix)
    {
        public string Value(int number) =>
            number == 1 && FirstPageAtBaseUrl ? "" : Prefix + number.ToString(CultureInfo.InvariantCulture);

        public string Url(int number)
        {
            string value = Value(number);
            string baseUrl = BaseUrl.TrimEnd('/');
            return value.Length == 0 ? (baseUrl.Length == 0 ? "/" : baseUrl) : $"{baseUrl}/{value}";
        }

        public int? Number(string? value)
        {
            value = value?.Trim('/') ?? "";
            if (value.Length == 0)
            {
                return FirstPageAtBaseUrl ? 1 : null;
            }

            if (!value.StartsWith(Prefix, StringComparison.Ordinal)
                || !int.TryParse(value.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out int number)
                || number < 1)
            {
                return null;
            }

            // One URL per page: "01" and, when page 1 is the base URL, "1" are not pages.
            return Value(number) == value ? number : null;
        }
    }
}

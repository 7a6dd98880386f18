namespace Pages;

/// <summary>
/// One page of a paginated list, Astro's <c>page</c> prop: the items of this page and where it sits among the
/// others. Made by <see cref="Pagination.Paginate{T, TProps}"/> (in <c>GetStaticPaths()</c>) or
/// <see cref="Pagination.ForPage{T}"/> (on demand). Not to be confused with <see cref="Page{TProps}"/>, the base class
/// of a page with props.
/// </summary>
/// <typeparam name="T">The type of the items.</typeparam>
public sealed class Pagination<T>
{
    internal Pagination(IReadOnlyList<T> data, int start, int size, int total, int currentPage, int lastPage, PaginationUrls url)
    {
        Data = data;
        Start = start;
        Size = size;
        Total = total;
        CurrentPage = currentPage;
        LastPage = lastPage;
        Url = url;
    }

    /// <summary>The items of this page.</summary>
    public IReadOnlyList<T> Data { get; }

    /// <summary>The index of this page's first item in the whole list, from 0.</summary>
    public int Start { get; }

    /// <summary>The index of this page's last item in the whole list, from 0 (as Astro's <c>page.end</c>); <c>Start - 1</c> on an empty list.</summary>
    public int End => Start + Data.Count - 1;

    /// <summary>The page size: the most items a page holds.</summary>
    public int Size { get; }

    /// <summary>The number of items in the whole list.</summary>
    public int Total { get; }

    /// <summary>This page's number, from 1.</summary>
    public int CurrentPage { get; }

    /// <summary>The number of the last page (1 for an empty list, which has one empty page).</summary>
    public int LastPage { get; }

    /// <summary>The URLs of this page and its neighbours.</summary>
    public PaginationUrls Url { get; }
}

namespace Pages;

/// <summary>
/// What a page or component makes only when its code asks for it (route params, URL, cookies, the guarded response),
/// held apart so that the instance itself stays small: most renders use none of these, and one field instead of four
/// takes 24 bytes off every page and component a request creates.
/// </summary>
internal sealed class PageLazyState
{
    public RouteParams? Params { get; set; }

    public Uri? Url { get; set; }

    public PageCookies? Cookies { get; set; }

    public PageResponse? Response { get; set; }
}

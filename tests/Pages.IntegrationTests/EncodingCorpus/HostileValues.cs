namespace Pages.IntegrationTests.EncodingCorpus;

/// <summary>
/// The encoding corpus: values that try to leave the context they are written into (text, attribute, URL,
/// spread, class list, component prop, script and style content). <c>Pages/hostile/[n].page</c> renders
/// value <c>n</c> in every context.
/// </summary>
public static class HostileValues
{
    public static readonly IReadOnlyList<HostileValue> All =
    [
        new("<script>alert(1)</script>"),
        new("\"><img src=x onerror=alert(1)>"),
        new("'><img src=x onerror=alert(1)>"),
        new("' onmouseover='alert(1)"),
        new("\" onmouseover=\"alert(1)"),
        new("javascript:alert(1)", RunsScriptAsUrl: true),
        new(" JaVaScRiPt:alert(1)", RunsScriptAsUrl: true),
        new("java\tscript:alert(1)", RunsScriptAsUrl: true),
        new("\u0001\u0002javascript:alert(1)", RunsScriptAsUrl: true),
        new("vbscript:msgbox(1)", RunsScriptAsUrl: true),
        new("data:text/html,<script>alert(1)</script>", RunsScriptAsUrl: true),
        new("data:image/svg+xml,<svg onload=alert(1)>", RunsScriptAsUrl: true),
        new("data:image/png;base64,iVBORw0KGgo="),
        new("javascript&#58;alert(1)"),
        new("/relative?a=1&b=<2>"),
        new("https://example.com/\"onmouseover=\"alert(1)"),
        new("</script><script>alert(1)</script>"),
        new("</style><script>alert(1)</script>"),
        new("</title><script>alert(1)</script>"),
        new("<!--"),
        new("--><script>alert(1)</script>"),
        new("<![CDATA[<script>alert(1)</script>]]>"),
        new("&lt;script&gt;alert(1)&lt;/script&gt;"),
        new("&#x3C;script&#x3E;"),
        new("{value}"),
        new("@if (true) { <b>x</b> }"),
        new("`${alert(1)}`"),
        new("<svg><script>alert(1)</script></svg>"),
        new("<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>"),
        new("\0"),
        new("a\0<b>"),
        new("\uD800"),
        new("\uDC00<i>"),
        new("x\uD83D"),
        new("😀 𝔘\u0301 日本語"),
        new("\u2028\u2029\u0085"),
        new("line\r\nbreak\rcarriage"),
        new("a b\tc"),
        new(""),
        new(" "),
    ];
}

using CsCheck;

namespace Pages.Generators.Tests.Properties;

/// <summary>CsCheck generators of page texts: corpus pages with edits, and pages assembled from language fragments.</summary>
public static class PageGenerators
{
    /// <summary>Pieces of the page language, valid and broken, that random pages are assembled from.</summary>
    private static readonly string[] s_fragments =
    {
        "---\n", "---", "var x = 1;\n", "public const bool Prerender = false;\n", "record Props(string T);\n", "using System;\n",
        "<div", ">", "</div>", "<p class=\"a\">", "<p class='a", "</p>", "<br>", "<Card", " />", "</Card>", "<slot name=\"x\">",
        "</slot>", "<Fragment set:html={h}>", "</Fragment>", "<script>", "</script>", "<style>{}</style>", " a=", " b={",
        "{", "}", "{x}", "{x:C}", "{$\"{a}\"}", "{\"\"\"", "\"", "'", "{/* c */}", "{...a}", " class:list={[a]}",
        "@if (a) {", "} else {", "} else if (b) {", "@foreach (var x in xs) {", "@switch (v) {", "case 1:", "default:",
        "@for (;;) {", "@while (c) {", "@", "else {", "<!--", "-->", "<!doctype html>", "\n", "\r\n", "\r", "\t", " ",
        "\uFEFF", "text", "é😀", "\uD83D", "\uDE00", "\u2028", "=", "/", "<", "(", ")", "@\"", "$@\"{", "//", "/*", "*/",
    };

    /// <summary>One edit with its position, size and choice of token.</summary>
    public static readonly Gen<PageMutation> Mutation =
        Gen.Select(Gen.Enum<MutationKind>(), Gen.Double.Unit, Gen.Int[0, 40], Gen.Int[0, 1 << 30],
            (kind, position, size, choice) => new PageMutation(kind, position, size, choice));

    /// <summary>A corpus page and one to three edits of it.</summary>
    public static readonly Gen<MutatedPage> MutatedPage =
        Gen.Select(Gen.Int[0, PageCorpus.Pages.Count - 1], Mutation.Array[1, 3],
            (index, mutations) => new MutatedPage(PageCorpus.Pages[index], mutations));

    /// <summary>A page assembled from up to 40 fragments of the language.</summary>
    public static readonly Gen<string> FragmentPage =
        Gen.Int[0, s_fragments.Length - 1].Array[0, 40].Select(indexes => string.Concat(indexes.Select(i => s_fragments[i])));

    /// <summary>Any UTF-16 text, lone surrogates and control characters included.</summary>
    public static readonly Gen<string> AnyText = Gen.String[Gen.Char, 0, 200];
}

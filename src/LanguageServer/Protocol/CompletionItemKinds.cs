namespace Pages.LanguageServer.Protocol;

/// <summary>The LSP <c>CompletionItemKind</c> values the server sends.</summary>
public static class CompletionItemKinds
{
    public const int Text = 1;
    public const int Method = 2;
    public const int Function = 3;
    public const int Constructor = 4;
    public const int Field = 5;
    public const int Variable = 6;
    public const int Class = 7;
    public const int Interface = 8;
    public const int Module = 9;
    public const int Property = 10;
    public const int Enum = 13;
    public const int Keyword = 14;
    public const int EnumMember = 20;
    public const int Constant = 21;
    public const int Struct = 22;
    public const int Event = 23;
    public const int TypeParameter = 25;
}

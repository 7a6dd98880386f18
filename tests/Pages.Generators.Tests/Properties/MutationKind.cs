namespace Pages.Generators.Tests.Properties;

/// <summary>The kinds of <see cref="PageMutation"/>.</summary>
public enum MutationKind
{
    Delete,
    InsertToken,
    InsertUnicode,
    Truncate,
    Nest,
    Repeat,
    LongLine,
    LineEndings,
    ByteOrderMark,
}

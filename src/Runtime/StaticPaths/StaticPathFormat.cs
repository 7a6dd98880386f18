namespace Pages;

/// <summary>How static paths appear in messages: <c>{ slug = "hello", page = "2" }</c>.</summary>
internal static class StaticPathFormat
{
    public static string Describe(IReadOnlyDictionary<string, string> values)
    {
        if (values.Count == 0)
        {
            return "{ }";
        }

        var parts = new List<string>(values.Count);
        foreach (KeyValuePair<string, string> pair in values)
        {
            parts.Add($"{pair.Key} = \"{pair.Value}\"");
        }

        return "{ " + string.Join(", ", parts) + " }";
    }
}

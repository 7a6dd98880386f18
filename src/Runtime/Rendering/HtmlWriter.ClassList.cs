using System.Collections.Generic;

namespace Pages;

// class:list={...}: Astro's clsx-like rule, with C# shapes for the items.
public sealed partial class HtmlWriter
{
    /// <summary>
    /// Writes a <c>class:list</c> attribute: strings (split on whitespace), <c>(string, bool)</c> tuples
    /// kept when true, <c>IEnumerable&lt;string&gt;</c>, <c>IEnumerable&lt;KeyValuePair&lt;string, bool&gt;&gt;</c>
    /// and nested <c>IEnumerable&lt;object?&gt;</c>; nulls are ignored, other values use <c>ToString()</c>.
    /// Classes are joined with single spaces in first-seen order, duplicates dropped; an empty list drops the attribute.
    /// </summary>
    /// <param name="name">The attribute name, UTF-8 (usually <c>class</c>).</param>
    /// <param name="items">The items.</param>
    public void WriteClassList(ReadOnlySpan<byte> name, object?[]? items)
    {
        if (items is null || items.Length == 0)
        {
            return;
        }

        var classes = new List<string>();
        foreach (object? item in items)
        {
            CollectClasses(item, classes);
        }

        if (classes.Count == 0)
        {
            return;
        }

        WriteAttributeStart(name);
        for (int i = 0; i < classes.Count; i++)
        {
            if (i > 0)
            {
                WriteLiteral(" "u8);
            }

            Write(classes[i]);
        }

        WriteLiteral("\""u8);
    }

    private static void CollectClasses(object? item, List<string> classes)
    {
        switch (item)
        {
            case null:
                return;
            case string text:
                AddClasses(text, classes);
                return;
            case ValueTuple<string, bool> conditional:
                if (conditional.Item2)
                {
                    AddClasses(conditional.Item1, classes);
                }

                return;
            case IEnumerable<string> texts:
                foreach (string text in texts)
                {
                    AddClasses(text, classes);
                }

                return;
            case IEnumerable<KeyValuePair<string, bool>> flags:
                foreach (KeyValuePair<string, bool> flag in flags)
                {
                    if (flag.Value)
                    {
                        AddClasses(flag.Key, classes);
                    }
                }

                return;
            case IEnumerable<object?> nested:
                foreach (object? nestedItem in nested)
                {
                    CollectClasses(nestedItem, classes);
                }

                return;
            default:
                AddClasses(item.ToString(), classes);
                return;
        }
    }

    private static void AddClasses(string? text, List<string> classes)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        foreach (Range range in text.AsSpan().SplitAny(" \t\n\r\f"))
        {
            ReadOnlySpan<char> token = text.AsSpan(range);
            if (!token.IsEmpty && !Contains(classes, token))
            {
                classes.Add(token.Length == text.Length ? text : token.ToString());
            }
        }
    }

    private static bool Contains(List<string> classes, ReadOnlySpan<char> token)
    {
        foreach (string existing in classes)
        {
            if (token.SequenceEqual(existing))
            {
                return true;
            }
        }

        return false;
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Pages.Generators.Model;

namespace Pages.Generators.Routing;

/// <summary>
/// Names the members of the generated <c>Routes</c> class after the routes' segments (docs/routing.md#typed-links).
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>A segment's name is its words in PascalCase, a parameter counting as a word: <c>about</c> → <c>About</c>,
/// <c>rss.xml</c> → <c>RssXml</c>, <c>[slug]</c> → <c>Slug</c>, <c>post-[id]</c> → <c>PostId</c>; a leading digit gets
/// a <c>_</c> (<c>404</c> → <c>_404</c>).</item>
/// <item>Every segment but the last is a nested class: <c>blog/[slug]</c> → <c>Routes.Blog.Slug(slug)</c>. A route
/// whose path is also a folder of other routes is that class's <c>Index</c>: <c>/blog</c> → <c>Routes.Blog.Index</c>
/// when <c>/blog/[slug]</c> exists, <c>/</c> → <c>Routes.Index</c>.</item>
/// <item>Names are from the route, not the file, so <c>about.page</c> and <c>about/index.page</c> give the same member.
/// A name already taken in its class (by an earlier member, a nested class, the class itself, or a member of
/// <see cref="object"/> such as <c>ToString</c>) gets <c>_2</c>,
/// <c>_3</c>, … in route-path order.</item>
/// </list>
/// </remarks>
internal static class RouteHelperNames
{
    /// <summary>The name of the member for a folder's own route.</summary>
    public const string IndexName = "Index";

    // Members every class inherits from object: a route named so would hide one (CS0108).
    private static readonly string[] s_objectMembers = { "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize" };

    /// <summary>Builds the tree of classes and members for <paramref name="routes"/>.</summary>
    /// <param name="className">The root class's name (<c>Routes</c>).</param>
    /// <param name="routes">The routes, in any order; each route path once.</param>
    /// <returns>The root class.</returns>
    public static RouteHelperClass Build(string className, IEnumerable<RouteTarget> routes)
    {
        var root = new Node(className, "");
        foreach (var route in routes.OrderBy(r => r.RoutePath, StringComparer.Ordinal))
        {
            var node = root;
            foreach (var segment in route.Segments)
            {
                node = node.Child(SegmentName(segment), segment);
            }

            node.Routes.Add(route);
        }

        return ToClass(root);
    }

    /// <summary>The C# name of one segment: its words in PascalCase.</summary>
    /// <param name="segment">A route segment.</param>
    /// <returns>A C# identifier.</returns>
    public static string SegmentName(RouteSegment segment)
    {
        var name = new StringBuilder();
        foreach (var part in segment.Parts)
        {
            var upper = true;
            foreach (var c in part.Value)
            {
                if (!char.IsLetterOrDigit(c) && c != '_')
                {
                    upper = true;
                    continue;
                }

                name.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
        }

        if (name.Length == 0 || char.IsDigit(name[0]))
        {
            name.Insert(0, '_');
        }

        return name.ToString();
    }

    private static RouteHelperClass ToClass(Node node)
    {
        var taken = new HashSet<string>(s_objectMembers, StringComparer.Ordinal) { node.Name };
        var members = new List<RouteHelperMember>();
        var classes = new List<RouteHelperClass>();

        // A folder's own routes first, so `Index` is the one without a suffix.
        foreach (var route in node.Routes)
        {
            members.Add(new RouteHelperMember(Unique(IndexName, taken), route));
        }

        foreach (var child in node.ChildrenInOrder())
        {
            if (child.ChildCount == 0)
            {
                foreach (var route in child.Routes)
                {
                    members.Add(new RouteHelperMember(Unique(child.Name, taken), route));
                }
            }
            else
            {
                child.Name = Unique(child.Name, taken);
                classes.Add(ToClass(child));
            }
        }

        return new RouteHelperClass(
            node.Name,
            node.Folder,
            members.OrderBy(m => m.Name, StringComparer.Ordinal).ToEquatableArray(),
            classes.OrderBy(c => c.Name, StringComparer.Ordinal).ToEquatableArray());
    }

    private static string Unique(string name, HashSet<string> taken)
    {
        var candidate = name;
        for (var i = 2; !taken.Add(candidate); i++)
        {
            candidate = name + "_" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return candidate;
    }

    /// <summary>A folder of the tree while it is built, keyed by segment name.</summary>
    /// <remarks>
    /// A dictionary and a list sorted on use rather than a SortedDictionary: that one instantiates SortedSet over a
    /// KeyValuePair struct, ≈ 40 methods the JIT compiles for it alone in a cold build.
    /// </remarks>
    private sealed class Node(string name, string folder)
    {
        private readonly Dictionary<string, Node> _children = new(StringComparer.Ordinal);
        private readonly List<Node> _childList = new();

        public string Name { get; set; } = name;

        /// <summary>The segment name this node was created under (<see cref="Name"/> may change to stay unique).</summary>
        public string Key { get; } = name;

        public string Folder { get; } = folder;

        public int ChildCount => _childList.Count;

        public List<RouteTarget> Routes { get; } = new();

        public Node Child(string name, RouteSegment segment)
        {
            if (!_children.TryGetValue(name, out var child))
            {
                child = new Node(name, Folder + RoutePatternWriter.Write(new EquatableArray<RouteSegment>(new[] { segment })));
                _children.Add(name, child);
                _childList.Add(child);
            }

            return child;
        }

        /// <summary>The children in ordinal order of their segment names.</summary>
        public List<Node> ChildrenInOrder()
        {
            _childList.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
            return _childList;
        }
    }
}

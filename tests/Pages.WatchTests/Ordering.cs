using Xunit.Abstractions;
using Xunit.Sdk;

namespace Pages.WatchTests;

/// <summary>The position of a test in its class: the edit-loop tests share one dotnet watch and run in this order.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OrderAttribute(int position) : Attribute
{
    public int Position { get; } = position;
}

/// <summary>Runs a class's tests by their <see cref="OrderAttribute"/>.</summary>
public sealed class SourceOrderer : ITestCaseOrderer
{
    public IEnumerable<TTestCase> OrderTestCases<TTestCase>(IEnumerable<TTestCase> testCases)
        where TTestCase : ITestCase =>
        testCases.OrderBy(test => test.TestMethod.Method
            .GetCustomAttributes(typeof(OrderAttribute).AssemblyQualifiedName!)
            .Single()
            .GetNamedArgument<int>(nameof(OrderAttribute.Position)));
}

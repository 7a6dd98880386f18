namespace Pages.Generators.Tests.Properties;

/// <summary>A property of the generator that did not hold for a text.</summary>
public sealed class GeneratorPropertyException(string message) : Exception(message);

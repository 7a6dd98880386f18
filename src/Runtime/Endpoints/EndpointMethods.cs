using Microsoft.AspNetCore.Http;
using System.ComponentModel;

namespace Pages;

/// <summary>
/// The handlers an <c>[Endpoint]</c> class has, one per HTTP method; <see langword="null"/> where it has none.
/// Written by the generated route table.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)] // generated code uses it; users do not
public sealed class EndpointMethods
{
    /// <summary>Answers <c>GET</c>, and <c>HEAD</c> (the server sends no body).</summary>
    public EndpointHandler? Get { get; init; }

    /// <summary>Answers <c>POST</c>.</summary>
    public EndpointHandler? Post { get; init; }

    /// <summary>Answers <c>PUT</c>.</summary>
    public EndpointHandler? Put { get; init; }

    /// <summary>Answers <c>PATCH</c>.</summary>
    public EndpointHandler? Patch { get; init; }

    /// <summary>Answers <c>DELETE</c>.</summary>
    public EndpointHandler? Delete { get; init; }

    /// <summary>Answers <c>OPTIONS</c>.</summary>
    public EndpointHandler? Options { get; init; }

    /// <summary>Answers every method that has no handler of its own.</summary>
    public EndpointHandler? All { get; init; }

    /// <summary>The handler for <paramref name="method"/>: its own, <c>Get</c> for <c>HEAD</c>, else <see cref="All"/>.</summary>
    /// <param name="method">The request method.</param>
    /// <returns>The handler, or <see langword="null"/> when the endpoint does not answer the method (405).</returns>
    internal EndpointHandler? For(string method)
    {
        EndpointHandler? own =
            HttpMethods.IsGet(method) || HttpMethods.IsHead(method) ? Get :
            HttpMethods.IsPost(method) ? Post :
            HttpMethods.IsPut(method) ? Put :
            HttpMethods.IsPatch(method) ? Patch :
            HttpMethods.IsDelete(method) ? Delete :
            HttpMethods.IsOptions(method) ? Options :
            null;
        return own ?? All;
    }

    /// <summary>The value of the <c>Allow</c> header of a 405: the methods with a handler, <c>HEAD</c> with <c>GET</c>.</summary>
    internal string Allow()
    {
        var methods = new List<string>(7);
        if (Get is not null)
        {
            methods.Add(HttpMethods.Get);
            methods.Add(HttpMethods.Head);
        }

        AddIf(methods, Post, HttpMethods.Post);
        AddIf(methods, Put, HttpMethods.Put);
        AddIf(methods, Patch, HttpMethods.Patch);
        AddIf(methods, Delete, HttpMethods.Delete);
        AddIf(methods, Options, HttpMethods.Options);
        return string.Join(", ", methods);
    }

    private static void AddIf(List<string> methods, EndpointHandler? handler, string method)
    {
        if (handler is not null)
        {
            methods.Add(method);
        }
    }
}

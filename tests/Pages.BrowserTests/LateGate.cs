namespace Pages.BrowserTests;

/// <summary>Holds the late part of <c>streamed.page</c> until the test has seen the early part in the browser.</summary>
public sealed class LateGate
{
    private TaskCompletionSource<string> _late = NewSource();

    /// <summary>The late data, once <see cref="Release"/> is called.</summary>
    public Task<string> WaitAsync() => _late.Task;

    /// <summary>Lets the pending render finish with <paramref name="data"/>; the next render waits again.</summary>
    public void Release(string data)
    {
        var late = Interlocked.Exchange(ref _late, NewSource());
        late.SetResult(data);
    }

    private static TaskCompletionSource<string> NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}

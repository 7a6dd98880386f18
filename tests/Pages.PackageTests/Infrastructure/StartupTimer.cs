using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Pages.PackageTests.Infrastructure;

/// <summary>
/// Measures the time from starting an app's process to its first 200 answer: the port is chosen up front (a free
/// loopback port), so polling can begin the moment the process is started, every millisecond, over a warmed-up
/// HttpClient. The process is killed after each run.
/// </summary>
internal static class StartupTimer
{
    public static async Task<TimeSpan> TimeToFirstOkAsync(HttpClient client, string binary, string workingDirectory, string path = "/")
    {
        var port = FreeLoopbackPort();
        var url = new Uri($"http://127.0.0.1:{port}{path}");
        var start = new ProcessStartInfo(binary)
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        Dotnet.PrepareEnvironment(start);

        using var process = new Process { StartInfo = start };
        var watch = Stopwatch.StartNew();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            while (watch.Elapsed < TimeSpan.FromSeconds(30))
            {
                try
                {
                    using var response = await client.GetAsync(url);
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        return watch.Elapsed;
                    }
                }
                catch (HttpRequestException)
                {
                    // Not listening yet: poll again.
                }

                if (process.HasExited)
                {
                    throw new InvalidOperationException($"{binary} exited with code {process.ExitCode} before answering 200.");
                }

                await Task.Delay(1);
            }

            throw new TimeoutException($"{binary} did not answer 200 on {url} within 30 s.");
        }
        finally
        {
            ChildProcess.KillTree(process);
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

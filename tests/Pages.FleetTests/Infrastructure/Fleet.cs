using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Pages.FleetTests.Infrastructure;

/// <summary>
/// A fleet started with <c>deploy/fleet/start.sh</c> on free loopback ports, in a temporary state folder: redis-server,
/// two instances of deploy/FleetSite (the build output of this configuration) and nginx. Disposing runs
/// <c>deploy/fleet/stop.sh</c>, which stops exactly the processes the script recorded, and deletes the folder.
/// </summary>
public sealed class Fleet : IDisposable
{
    public Fleet()
    {
        StateDirectory = Path.Combine(Path.GetTempPath(), $"pages-fleet-{Guid.NewGuid():N}");
        var ports = FreeLoopbackPorts(6);
        FleetPort = ports[0];
        StaticPort = ports[1];
        RedisPort = ports[2];
        // start.sh numbers instance ports upwards from the first: take a free port whose successor is free and
        // not one of the ports above.
        var first = ports[3..].FirstOrDefault(p => !ports.Contains(p + 1) && IsFree(p + 1));
        if (first == 0)
        {
            throw new InvalidOperationException("No two consecutive free loopback ports were found.");
        }

        AppPorts = [first, first + 1];
        StartResult = ChildProcess.Run(Repo.Path("deploy", "fleet", "start.sh"), [StateDirectory], TimeSpan.FromMinutes(3), environment: new Dictionary<string, string>
        {
            ["FLEET_APP"] = AppDll,
            ["FLEET_INSTANCES"] = "2",
            ["FLEET_APP_PORT"] = AppPorts[0].ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["FLEET_PORT"] = FleetPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["FLEET_STATIC_PORT"] = StaticPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["FLEET_REDIS_PORT"] = RedisPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
    }

    /// <summary>deploy/FleetSite's build output in this test run's configuration (test.sh builds it with the solution).</summary>
    public static string AppDll { get; } = Repo.Path("deploy", "FleetSite", "bin", Repo.Configuration, "net10.0", "FleetSite.dll");

    public string StateDirectory { get; }

    public int[] AppPorts { get; }

    public int FleetPort { get; }

    public int StaticPort { get; }

    public int RedisPort { get; }

    public CommandResult StartResult { get; }

    public Uri FleetUri => new($"http://127.0.0.1:{FleetPort}");

    public Uri StaticUri => new($"http://127.0.0.1:{StaticPort}");

    public Uri InstanceUri(int instance) => new($"http://127.0.0.1:{AppPorts[instance - 1]}");

    /// <summary>Throws with the script's output and the fleet's logs unless start.sh succeeded.</summary>
    public void EnsureStarted()
    {
        if (StartResult.ExitCode != 0)
        {
            throw new InvalidOperationException($"start.sh failed:\n{StartResult}\n{Logs()}");
        }
    }

    /// <summary>Kills instance <paramref name="instance"/> (1-based) with SIGKILL, as a crash would.</summary>
    public void KillInstance(int instance) => Signal($"app{instance}.pid", kill: true);

    /// <summary>Stops redis-server (SIGTERM) and waits until it is gone.</summary>
    public void StopRedis() => Signal("redis.pid", kill: false);

    /// <summary>Every log the fleet wrote (apps, export, nginx, redis), for failure messages.</summary>
    public string Logs()
    {
        if (!Directory.Exists(StateDirectory))
        {
            return "";
        }

        return string.Join('\n', Directory.EnumerateFiles(StateDirectory, "*.log")
            .Order(StringComparer.Ordinal)
            .Select(f => $"--- {Path.GetFileName(f)}\n{File.ReadAllText(f)}"));
    }

    public void Dispose()
    {
        ChildProcess.Run(Repo.Path("deploy", "fleet", "stop.sh"), [StateDirectory], TimeSpan.FromMinutes(1));
        try
        {
            Directory.Delete(StateDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private void Signal(string pidFile, bool kill)
    {
        var pid = int.Parse(File.ReadAllText(Path.Combine(StateDirectory, pidFile)).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        using var process = Process.GetProcessById(pid);
        if (kill)
        {
            process.Kill();
        }
        else
        {
            ChildProcess.Run("kill", ["-TERM", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)], TimeSpan.FromSeconds(10));
        }

        if (!process.WaitForExit(10_000))
        {
            throw new TimeoutException($"Process {pid} ({pidFile}) did not exit.");
        }
    }

    private static int[] FreeLoopbackPorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        try
        {
            listeners.ForEach(l => l.Start());
            return [.. listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port)];
        }
        finally
        {
            listeners.ForEach(l => l.Stop());
        }
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}

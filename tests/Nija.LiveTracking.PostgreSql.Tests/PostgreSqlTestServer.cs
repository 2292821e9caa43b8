using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Nija.LiveTracking.PostgreSql.Tests;

/// <summary>
/// A throwaway PostgreSQL cluster on 127.0.0.1: initdb into a temporary folder (as the <c>postgres</c> user when running
/// as root), start on a free port, stop by the postmaster's pid. Used by the tests and by the benchmark (linked source).
/// </summary>
internal sealed class PostgreSqlTestServer : IDisposable
{
    private readonly string _bin;
    private readonly string _dataDir;
    private readonly bool _asPostgresUser;
    private int _schemaCounter;

    private PostgreSqlTestServer(string bin, string dataDir, bool asPostgresUser, int port)
    {
        _bin = bin;
        _dataDir = dataDir;
        _asPostgresUser = asPostgresUser;
        Port = port;
    }

    /// <summary>The port the server listens on.</summary>
    public int Port { get; }

    /// <summary>A connection string to the <c>postgres</c> database as the <c>postgres</c> user (trust authentication).</summary>
    public string ConnectionString => string.Create(CultureInfo.InvariantCulture, $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Timeout=5");

    /// <summary>Why the server cannot run here (no binaries), or null when it can.</summary>
    /// <param name="bin">The bin folder of the newest installed PostgreSQL.</param>
    /// <returns>The reason, or null.</returns>
    public static string? Unavailable(out string bin)
    {
        bin = string.Empty;
        // NIJA_TEST_PG_ROOT overrides where the versions are looked for (to check the skip/fail path by hand).
        var root = Environment.GetEnvironmentVariable("NIJA_TEST_PG_ROOT") is { Length: > 0 } custom ? custom : "/usr/lib/postgresql";
        if (!OperatingSystem.IsLinux() || !Directory.Exists(root))
        {
            return $"PostgreSQL server binaries are not installed ({root}/*/bin/initdb not found; apt-get install -y postgresql).";
        }

        var candidates = Directory.GetDirectories(root)
            .Select(d => Path.Combine(d, "bin"))
            .Where(b => File.Exists(Path.Combine(b, "initdb")) && File.Exists(Path.Combine(b, "pg_ctl")))
            .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : 0)
            .ToList();
        if (candidates.Count == 0)
        {
            return $"PostgreSQL server binaries are not installed ({root}/*/bin/initdb not found; apt-get install -y postgresql).";
        }

        bin = candidates[0];
        return null;
    }

    /// <summary>Creates and starts a cluster. Call <see cref="Unavailable"/> first.</summary>
    /// <param name="bin">The bin folder.</param>
    /// <returns>The running server.</returns>
    public static PostgreSqlTestServer Start(string bin)
    {
        var dataDir = Path.Combine(Path.GetTempPath(), "nija-pg-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataDir);
        var asPostgres = Environment.UserName == "root";
        if (asPostgres)
        {
            Run("chown", ["postgres:", dataDir], asPostgresUser: false);
        }

        Run("chmod", ["700", dataDir], asPostgresUser: false);
        var server = new PostgreSqlTestServer(bin, dataDir, asPostgres, FreePort());
        server.Exec("initdb", ["-D", dataDir, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
        server.StartExisting();
        return server;
    }

    /// <summary>Starts the (stopped) cluster again on the same port and waits until it accepts connections.</summary>
    public void StartExisting()
    {
        Exec("pg_ctl", ["-D", _dataDir, "-l", Path.Combine(_dataDir, "server.log"), "-w", "-t", "60", "-o", string.Create(CultureInfo.InvariantCulture, $"-c listen_addresses=127.0.0.1 -p {Port} -k {_dataDir} -c max_connections=200"), "start"]);
        WaitUntilAccepting();
    }

    /// <summary>Stops the server by its pid (SIGINT: fast shutdown, every session is terminated) and waits until it has exited.</summary>
    public void Stop()
    {
        var pidFile = Path.Combine(_dataDir, "postmaster.pid");
        if (!File.Exists(pidFile))
        {
            return;
        }

        var pid = int.Parse(File.ReadLines(pidFile).First().Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture);
        Process process;
        try
        {
            process = Process.GetProcessById(pid);
        }
        catch (ArgumentException)
        {
            return;
        }

        using (process)
        {
            Run("kill", ["-INT", pid.ToString(CultureInfo.InvariantCulture)], asPostgresUser: false);
            if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
            {
                throw new InvalidOperationException($"The PostgreSQL server (pid {pid}) did not stop within 60 s.");
            }
        }
    }

    /// <summary>A fresh schema name for one test (the fleet's tables are created in it on first use).</summary>
    /// <returns>The name.</returns>
    public string NewSchema() => string.Create(CultureInfo.InvariantCulture, $"t{Interlocked.Increment(ref _schemaCounter)}_{Guid.NewGuid().ToString("N")[..8]}");

    /// <summary>Runs one SQL statement (test setup and inspection).</summary>
    /// <param name="sql">The statement.</param>
    /// <returns>The first column of the first row, or null.</returns>
    public object? Scalar(string sql)
    {
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var cmd = new NpgsqlCommand(sql, connection);
        var value = cmd.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    /// <summary>Stops the server and deletes its folder.</summary>
    public void Dispose()
    {
        try
        {
            Stop();
        }
        finally
        {
            Directory.Delete(_dataDir, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void WaitUntilAccepting()
    {
        // Bounded retry while the server finishes starting (pg_ctl -w normally returns only when it accepts connections).
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                Scalar("SELECT 1;");
                return;
            }
            catch (NpgsqlException) when (attempt < 100)
            {
                Thread.Yield();
            }
        }
    }

    private void Exec(string tool, string[] args) => Run(Path.Combine(_bin, tool), args, _asPostgresUser);

    private static void Run(string file, string[] args, bool asPostgresUser)
    {
        var info = new ProcessStartInfo(asPostgresUser ? "runuser" : file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asPostgresUser)
        {
            foreach (var a in (string[])["-u", "postgres", "--", file])
            {
                info.ArgumentList.Add(a);
            }
        }

        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed with exit code {process.ExitCode}: {stderr} {stdout.Result}");
        }
    }
}

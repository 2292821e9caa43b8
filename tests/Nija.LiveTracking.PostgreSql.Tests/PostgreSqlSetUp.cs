namespace Nija.LiveTracking.PostgreSql.Tests;

/// <summary>
/// Starts one throwaway PostgreSQL cluster for every test in this assembly and stops it at the end. Without the server
/// binaries every test is skipped with the reason, except in CI (environment CI=true), where that is a failure.
/// </summary>
[SetUpFixture]
public sealed class PostgreSqlSetUp
{
    private static PostgreSqlTestServer? s_server;

    /// <summary>The shared server.</summary>
    internal static PostgreSqlTestServer Server => s_server ?? throw new InvalidOperationException("The PostgreSQL test server is not running.");

    /// <summary>Skips (locally) or fails (in CI) when the binaries are missing.</summary>
    /// <returns>The bin folder.</returns>
    internal static string RequireBinaries()
    {
        var reason = PostgreSqlTestServer.Unavailable(out var bin);
        if (reason is not null)
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail("CI=true and the PostgreSQL tests cannot run: " + reason);
            }

            Assert.Ignore(reason);
        }

        return bin;
    }

    [OneTimeSetUp]
    public void StartServer() => s_server = PostgreSqlTestServer.Start(RequireBinaries());

    [OneTimeTearDown]
    public void StopServer()
    {
        s_server?.Dispose();
        s_server = null;
    }
}

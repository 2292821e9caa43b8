using System.Globalization;
using Nija.LiveTracking.PostgreSql.FleetChild;

// Usage: Nija.LiveTracking.PostgreSql.FleetChild <schema> <bot id> <round trips> <account limit %> <seed>
// The connection string comes from the environment variable NIJA_TEST_PG (never from the command line).
// Prints "ack <execution id>" after each acknowledged fill and "trips <n>" (account breaker trips it reported) at the end.
var connectionString = Environment.GetEnvironmentVariable("NIJA_TEST_PG") ?? throw new InvalidOperationException("Set NIJA_TEST_PG.");
var trips = FleetWorkload.Run(
    connectionString,
    args[0],
    args[1],
    int.Parse(args[2], CultureInfo.InvariantCulture),
    decimal.Parse(args[3], CultureInfo.InvariantCulture),
    int.Parse(args[4], CultureInfo.InvariantCulture),
    id => Console.WriteLine("ack " + id));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"trips {trips}"));

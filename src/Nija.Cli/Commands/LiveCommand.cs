using System.CommandLine;
using System.Globalization;
using Nija.LiveTracking;
using Nija.LiveTracking.Exports;
using Nija.LiveTracking.Journal;
using Nija.LiveTracking.PostgreSql;
using Nija.Metrics;
using Nija.Reporting.Text;
using Spectre.Console;

namespace Nija.Cli.Commands;

/// <summary><c>nija live</c>: the live tracker's state from its journal, read-only (except <c>--init</c>).</summary>
internal static class LiveCommand
{
    public static Command Create(CliEnvironment env)
    {
        var dataDir = new Option<string>("--data-dir") { Description = "The tracker's data directory (holding nija-journal.db).", DefaultValueFactory = _ => Path.Combine("data", "live_tracking") };
        var balance = new Option<decimal>("--balance") { Description = "Initial balance for --init (an existing journal keeps its own).", DefaultValueFactory = _ => 10_000m };
        var maxDailyLoss = new Option<decimal>("--max-daily-loss") { Description = "Daily-loss limit in percent used to evaluate the breaker.", DefaultValueFactory = _ => 5m };
        var maxDrawdown = new Option<decimal>("--max-drawdown") { Description = "Drawdown alert threshold in percent.", DefaultValueFactory = _ => 12m };
        var timeZone = new Option<string>("--time-zone") { Description = "Trading-day time zone id (IANA), e.g. UTC or America/New_York.", DefaultValueFactory = _ => "UTC" };
        var exportCsv = new Option<bool>("--export-csv") { Description = "Write trades.csv and daily_summaries.csv (and live.json for report/compare) to --export-dir." };
        var exportDir = new Option<string>("--export-dir") { Description = "Where --export-csv writes.", DefaultValueFactory = _ => Path.Combine("results", "live") };
        var watch = new Option<bool>("--watch") { Description = "Refresh the display every --interval seconds until Ctrl+C." };
        var interval = new Option<double>("--interval") { Description = "Seconds between refreshes with --watch.", DefaultValueFactory = _ => 5d };
        var refreshes = new Option<int?>("--refreshes") { Description = "With --watch: stop after this many refreshes (default: until Ctrl+C)." };
        var connection = new Option<string?>("--connection") { Description = "Read a PostgreSQL fleet journal (Npgsql connection string) instead of --data-dir." };
        var bot = new Option<string?>("--bot") { Description = "With --connection: the bot to show (default: the whole account, every bot's positions prefixed with its id)." };
        var schema = new Option<string>("--schema") { Description = "With --connection: the fleet's PostgreSQL schema.", DefaultValueFactory = _ => "nija" };
        var init = new Option<bool>("--init") { Description = "Create a new, empty journal in --data-dir with --balance (with --reset-account-breaker, the only ways this command writes to a journal)." };
        var resetAccount = new Option<bool>("--reset-account-breaker") { Description = "With --connection: release a tripped account-wide breaker (an operator's decision) and start a fresh daily-loss budget from the account's last equity; --max-daily-loss and --time-zone are the account's limits." };
        var setAccountLimits = new Option<bool>("--set-account-limits") { Description = "With --connection: make --max-daily-loss, --max-drawdown, --time-zone and --reset-policy the account limits every bot of the fleet must start with (stop every bot first)." };
        var resetPolicy = new Option<BreakerResetPolicy>("--reset-policy") { Description = "Breaker reset policy: NextTradingDay or Manual.", DefaultValueFactory = _ => BreakerResetPolicy.NextTradingDay };
        var command = new Command("live", "Show the live tracker's state from its journal: balance, equity, positions, today's P&L, breaker, recent trades, daily summaries.")
        {
            dataDir, balance, maxDailyLoss, maxDrawdown, timeZone, exportCsv, exportDir, watch, interval, refreshes, init, connection, bot, schema, resetAccount, setAccountLimits, resetPolicy,
        };

        command.SetAction(parse => NijaCommandLine.Guard(env, () =>
        {
            var dir = parse.GetValue(dataDir)!;
            var risk = new RiskRulesOptions
            {
                MaxDailyLossPercent = parse.GetValue(maxDailyLoss),
                MaxDrawdownPercent = parse.GetValue(maxDrawdown),
                TradingDayTimeZone = TradingDays.FindTimeZone(parse.GetValue(timeZone)!),
                ResetPolicy = parse.GetValue(resetPolicy),
            };
            risk.Validate();
            var journal = LiveTrackRecord.JournalPath(dir);
            var fleet = parse.GetValue(connection);
            if (fleet is not null && parse.GetValue(init))
            {
                throw new UsageException("--init creates a SQLite journal; a fleet journal is created by its first bot (--connection cannot be combined with --init).");
            }

            if (fleet is null && parse.GetValue(setAccountLimits))
            {
                throw new UsageException("--set-account-limits sets a fleet's account limits: it needs --connection.");
            }

            if (fleet is null && parse.GetValue(resetAccount))
            {
                throw new UsageException("--reset-account-breaker releases a fleet's account-wide breaker: it needs --connection (a single tracker's own breaker is reset through its API, by the bot that holds its journal).");
            }

            // Every option is checked before anything is written (a rejected command changes nothing).
            var pause = parse.GetValue(interval);
            if (!(pause >= 0 && double.IsFinite(pause)))
            {
                throw new UsageException($"--interval {pause}: expected a number of seconds, zero or more.");
            }

            if (parse.GetValue(refreshes) is <= 0 and var count)
            {
                throw new UsageException($"--refreshes {count}: expected a number of screens, 1 or more.");
            }

            if (fleet is not null)
            {
                // Read from PostgreSQL below, after the change and the reset when asked for.
                if (parse.GetValue(setAccountLimits))
                {
                    PostgreSqlFleet.SetAccountLimits(fleet, risk, env.Time.GetUtcNow(), parse.GetValue(schema)!);
                    env.Console.WriteLine(string.Create(
                        CultureInfo.InvariantCulture,
                        $"Account limits set: {risk.MaxDailyLossPercent} % daily loss, {risk.MaxDrawdownPercent} % drawdown alert, trading days in '{risk.TradingDayTimeZone.Id}', breaker reset {risk.ResetPolicy}. Start every bot with these limits."));
                }

                if (parse.GetValue(resetAccount))
                {
                    var decision = PostgreSqlFleet.ResetAccountBreaker(fleet, risk, env.Time.GetUtcNow(), parse.GetValue(schema)!);
                    env.Console.WriteLine("Account breaker reset. " + decision.Describe());
                }
            }
            else if (parse.GetValue(init))
            {
                Initialise(env, dir, journal, parse.GetValue(balance), risk);
            }
            else if (!File.Exists(journal))
            {
                throw new UsageException($"--data-dir: there is no journal at '{journal}'. Point --data-dir at your tracker's data directory, or run 'nija live --init --data-dir {dir} --balance 10000' to create one.");
            }

            var remaining = parse.GetValue(watch) ? parse.GetValue(refreshes) ?? int.MaxValue : 1;
            LiveTrackRecordView view;
            while (true)
            {
                view = fleet is null ? LiveTrackRecord.Read(dir, risk, env.Time) : FleetJournals.Read(fleet, parse.GetValue(bot), parse.GetValue(schema)!, risk, env.Time);
                Show(env, view);
                if (--remaining <= 0)
                {
                    break;
                }

                Task.Delay(TimeSpan.FromSeconds(pause), env.Time).GetAwaiter().GetResult();
            }

            if (parse.GetValue(exportCsv))
            {
                Export(env, view, parse.GetValue(exportDir)!);
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static void Initialise(CliEnvironment env, string dir, string journal, decimal balance, RiskRulesOptions risk)
    {
        if (File.Exists(journal))
        {
            throw new UsageException($"--init: a journal already exists at '{journal}'; it is never overwritten.");
        }

        Directory.CreateDirectory(dir);
        using (new LiveExecutionTracker(new LiveTrackerOptions { DataDirectory = dir, InitialBalance = balance, Risk = risk }, timeProvider: env.Time, alertSinks: []))
        {
        }

        env.Console.WriteLine($"Created a new journal at {journal} with an initial balance of {Format.Money(balance)}.");
    }

    private static void Show(CliEnvironment env, LiveTrackRecordView view)
    {
        var s = view.Snapshot;
        var account = new Table { Title = new TableTitle(Markup.Escape($"Live account ({view.JournalPath})")), Border = TableBorder.Rounded };
        account.AddColumn("Item").AddColumn(new TableColumn("Value").RightAligned());
        void Row(string k, string v) => account.AddRow(new Text(k), new Text(v));
        Row("As of", Format.DateTime(s.Time) + " UTC");
        Row("Initial balance", Format.Money(s.InitialBalance));
        Row("Balance", Format.Money(s.Balance));
        Row("Equity", Format.Money(s.Equity));
        Row("Realized P&L", Format.Money(s.RealizedPnl));
        Row("Unrealized P&L", Format.Money(s.UnrealizedPnl));
        Row("Fees", Format.Money(s.TotalFees));
        Row($"Today ({s.TradingDay:yyyy-MM-dd}) P&L", Format.Money(s.TodayPnl));
        Row("Drawdown from peak", Format.PercentValue((double)s.DrawdownPercent) + $" (peak {Format.Money(s.PeakEquity)})");
        Row("Circuit breaker", s.Risk.IsAllowed ? "ok: trading allowed" : "TRIPPED: " + s.Risk.Describe());
        Row("Fills recorded", Format.Count(s.FillCount));
        Row("Closed trades", Format.Count(s.ClosedTrades.Count));
        env.Console.Write(account);

        if (s.OpenPositions.Count > 0)
        {
            var positions = new Table { Title = new TableTitle("Open positions"), Border = TableBorder.Rounded };
            AddColumns(positions, ["Symbol", "Side"], ["Quantity", "Avg price", "Last", "Unrealized"], ["Opened"]);
            foreach (var p in s.OpenPositions)
            {
                positions.AddRow(Markup.Escape(p.Symbol), p.Side.ToString(), p.Quantity.ToString(CultureInfo.InvariantCulture), Format.Money(p.AverageEntryPrice), Format.Money(p.LastPrice), Format.Money(p.UnrealizedPnl), Format.DateTime(p.OpenedAt));
            }

            env.Console.Write(positions);
        }

        if (s.ClosedTrades.Count > 0)
        {
            var trades = new Table { Title = new TableTitle("Recent trades"), Border = TableBorder.Rounded };
            AddColumns(trades, ["Symbol", "Side", "Entry", "Exit"], ["Qty", "Net P&L", "Return"], ["Exit reason"]);
            foreach (var t in s.ClosedTrades.Skip(Math.Max(0, s.ClosedTrades.Count - 10)))
            {
                trades.AddRow(Markup.Escape(t.Symbol), t.Side.ToString(), Format.DateTime(t.EntryTime), Format.DateTime(t.ExitTime), t.Quantity.ToString(CultureInfo.InvariantCulture), Format.Money(t.NetPnl), Format.PercentValue(t.ReturnPercent), Markup.Escape(t.ExitReason ?? ""));
            }

            env.Console.Write(trades);
        }

        var days = view.DailySummaries.Append(s.Today).TakeLast(10).ToList();
        var summary = new Table { Title = new TableTitle("Daily summaries"), Border = TableBorder.Rounded };
        AddColumns(summary, ["Day"], ["Trades", "Wins", "Losses", "Realized", "Fees", "Ending balance", "Ending equity", "Breaker trips"], []);
        foreach (var d in days)
        {
            summary.AddRow(d.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Format.Count(d.Trades), Format.Count(d.Wins), Format.Count(d.Losses), Format.Money(d.RealizedPnl), Format.Money(d.Fees), Format.Money(d.EndingBalance), Format.Money(d.EndingEquity), Format.Count(d.BreakerTrips));
        }

        env.Console.Write(summary);
    }

    /// <summary>Adds text columns, then right-aligned number columns (so their digits line up), then more text columns.</summary>
    private static void AddColumns(Table table, string[] text, string[] numbers, string[] trailingText)
    {
        table.AddColumns(text);
        foreach (var name in numbers)
        {
            table.AddColumn(new TableColumn(name).RightAligned());
        }

        table.AddColumns(trailingText);
    }

    private static void Export(CliEnvironment env, LiveTrackRecordView view, string folder)
    {
        Directory.CreateDirectory(folder);
        var trades = Path.Combine(folder, "trades.csv");
        var days = Path.Combine(folder, "daily_summaries.csv");
        var json = Path.Combine(folder, "live.json");
        AtomicFile.WriteText(trades, w => CsvExport.WriteTrades(w, view.Snapshot.ClosedTrades));
        AtomicFile.WriteText(days, w => CsvExport.WriteDailySummaries(w, view.DailySummaries.Append(view.Snapshot.Today)));

        PerformanceDocumentJson.WriteFile(view.Snapshot.ToDocument(), json);
        env.Console.WriteLine($"Exported {trades}, {days} and {json}.");
    }
}

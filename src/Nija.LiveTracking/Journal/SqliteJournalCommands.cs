using System.Globalization;
using Microsoft.Data.Sqlite;
using Nija.Metrics;

namespace Nija.LiveTracking.Journal;

/// <summary>The prepared statements a writable SQLite journal reuses for every write.</summary>
internal sealed class SqliteJournalCommands : IDisposable
{
    private readonly SqliteCommand _insertFill;
    private readonly SqliteCommand _upsertSummary;
    private readonly SqliteCommand _upsertRisk;
    private readonly SqliteCommand _upsertMark;
    private readonly SqliteCommand _insertClosedTrade;
    private readonly SqliteCommand _updateResult;
    private readonly SqliteCommand _insertCurveMark;

    public SqliteJournalCommands(SqliteConnection connection)
    {
        _insertFill = Create(
            connection,
            """
            INSERT INTO fills (seq, execution_id, kind, symbol, side, price, quantity, fees, execution_ticks, execution_offset_minutes,
                               recorded_ticks, planned_stop, tag, regime, exit_reason, while_halted,
                               position_id, is_new, result_quantity, result_amount, equity)
            VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, $p11, $p12, $p13, $p14, $p15, $p16, $p17, $p18, $p19, $p20);
            """,
            21);
        _insertClosedTrade = Create(
            connection,
            "INSERT OR REPLACE INTO closed_trades (seq, symbol, regime, tag, exit_reason, numbers) VALUES ($p0, $p1, $p2, $p3, $p4, $p5);",
            6);
        _updateResult = Create(
            connection,
            "UPDATE fills SET position_id = $p1, is_new = $p2, result_quantity = $p3, result_amount = $p4, equity = $p5 WHERE seq = $p0;",
            6);
        _insertCurveMark = Create(connection, "INSERT INTO curve_marks (after_seq, time_ticks, equity) VALUES ($p0, $p1, $p2);", 3);
        _upsertSummary = Create(
            connection,
            """
            INSERT INTO daily_summaries (day, fills, trades, wins, losses, realized_pnl, fees, starting_equity, ending_balance, ending_equity, breaker_trips)
            VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10)
            ON CONFLICT (day) DO UPDATE SET fills = excluded.fills, trades = excluded.trades, wins = excluded.wins, losses = excluded.losses,
                realized_pnl = excluded.realized_pnl, fees = excluded.fees, starting_equity = excluded.starting_equity,
                ending_balance = excluded.ending_balance, ending_equity = excluded.ending_equity, breaker_trips = excluded.breaker_trips;
            """,
            11);
        _upsertRisk = Create(
            connection,
            """
            INSERT OR REPLACE INTO risk_state (id, trading_day, day_start_equity, last_equity, peak_equity, breaker_tripped, tripped_at_ticks, drawdown_alert, trip_count)
            VALUES (1, $p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7);
            """,
            8);
        _upsertMark = Create(
            connection,
            "INSERT OR REPLACE INTO marks (symbol, price, time_ticks, after_seq) VALUES ($p0, $p1, $p2, $p3);",
            4);
    }

    public void InsertFill(SqliteTransaction tx, in JournalFill f, in JournalFillResult? result)
    {
        var p = _insertFill.Parameters;
        p[0].Value = f.Sequence;
        p[1].Value = f.ExecutionId;
        p[2].Value = (int)f.Kind;
        p[3].Value = f.Symbol;
        p[4].Value = (int)f.Side;
        p[5].Value = Text(f.Price);
        p[6].Value = Text(f.Quantity);
        p[7].Value = Text(f.Fees);
        p[8].Value = f.ExecutionTime.UtcTicks;
        p[9].Value = (long)f.ExecutionTime.Offset.TotalMinutes;
        p[10].Value = f.RecordedAt.UtcTicks;
        p[11].Value = f.PlannedStop is { } stop ? Text(stop) : DBNull.Value;
        p[12].Value = (object?)f.Tag ?? DBNull.Value;
        p[13].Value = (object?)f.Regime ?? DBNull.Value;
        p[14].Value = (object?)f.ExitReason ?? DBNull.Value;
        p[15].Value = f.RecordedWhileHalted ? 1 : 0;
        if (result is { } r)
        {
            p[16].Value = r.PositionId;
            p[17].Value = r.IsNewPosition ? 1 : 0;
            p[18].Value = Text(r.Quantity);
            p[19].Value = Text(r.Amount);
            p[20].Value = r.Equity;
        }
        else
        {
            for (var i = 16; i <= 20; i++)
            {
                p[i].Value = DBNull.Value;
            }
        }

        Run(_insertFill, tx);
        if (result is { ClosedTrade: { } trade })
        {
            SaveClosedTrade(tx, f.Sequence, trade);
        }
    }

    /// <summary>Stores the result of a fill written without one (a journal migrated from an older version).</summary>
    public void UpdateResult(SqliteTransaction tx, in JournalFillResult r)
    {
        var p = _updateResult.Parameters;
        p[0].Value = r.Sequence;
        p[1].Value = r.PositionId;
        p[2].Value = r.IsNewPosition ? 1 : 0;
        p[3].Value = Text(r.Quantity);
        p[4].Value = Text(r.Amount);
        p[5].Value = r.Equity;
        Run(_updateResult, tx);
        if (r.ClosedTrade is { } trade)
        {
            SaveClosedTrade(tx, r.Sequence, trade);
        }
    }

    public void InsertCurveMark(SqliteTransaction tx, in JournalCurvePoint point)
    {
        var p = _insertCurveMark.Parameters;
        p[0].Value = point.AfterSequence;
        p[1].Value = point.Time.UtcTicks;
        p[2].Value = point.Equity;
        Run(_insertCurveMark, tx);
    }

    private void SaveClosedTrade(SqliteTransaction tx, long sequence, ClosedTrade trade)
    {
        var p = _insertClosedTrade.Parameters;
        p[0].Value = sequence;
        p[1].Value = trade.Symbol;
        p[2].Value = (object?)trade.Regime ?? DBNull.Value;
        p[3].Value = (object?)trade.Tag ?? DBNull.Value;
        p[4].Value = (object?)trade.ExitReason ?? DBNull.Value;
        p[5].Value = ClosedTradeNumbers.Format(trade);
        Run(_insertClosedTrade, tx);
    }

    public void SaveCheckpoint(SqliteTransaction tx, in JournalCheckpoint checkpoint)
    {
        var r = checkpoint.Risk;
        var p = _upsertRisk.Parameters;
        p[0].Value = SqliteJournalReader.FormatDay(r.TradingDay);
        p[1].Value = Text(r.DayStartEquity);
        p[2].Value = Text(r.LastEquity);
        p[3].Value = Text(r.PeakEquity);
        p[4].Value = r.BreakerTripped ? 1 : 0;
        p[5].Value = r.TrippedAt is { } at ? at.UtcTicks : DBNull.Value;
        p[6].Value = r.DrawdownAlertActive ? 1 : 0;
        p[7].Value = r.TripCount;
        Run(_upsertRisk, tx);
        SaveSummary(tx, checkpoint.Today);
        if (checkpoint.ClosedDay is { } closed)
        {
            SaveSummary(tx, closed);
        }
    }

    public void SaveMark(SqliteTransaction tx, in JournalMark mark)
    {
        var p = _upsertMark.Parameters;
        p[0].Value = mark.Symbol;
        p[1].Value = Text(mark.Price);
        p[2].Value = mark.Time.UtcTicks;
        p[3].Value = mark.AfterSequence;
        Run(_upsertMark, tx);
    }

    public void Dispose()
    {
        _insertFill.Dispose();
        _upsertSummary.Dispose();
        _upsertRisk.Dispose();
        _upsertMark.Dispose();
        _insertClosedTrade.Dispose();
        _updateResult.Dispose();
        _insertCurveMark.Dispose();
    }

    private void SaveSummary(SqliteTransaction tx, in DailySummary s)
    {
        var p = _upsertSummary.Parameters;
        p[0].Value = SqliteJournalReader.FormatDay(s.Day);
        p[1].Value = s.Fills;
        p[2].Value = s.Trades;
        p[3].Value = s.Wins;
        p[4].Value = s.Losses;
        p[5].Value = Text(s.RealizedPnl);
        p[6].Value = Text(s.Fees);
        p[7].Value = Text(s.StartingEquity);
        p[8].Value = Text(s.EndingBalance);
        p[9].Value = Text(s.EndingEquity);
        p[10].Value = s.BreakerTrips;
        Run(_upsertSummary, tx);
    }

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Run(SqliteCommand command, SqliteTransaction tx)
    {
        command.Transaction = tx;
        command.ExecuteNonQuery();
    }

    private static SqliteCommand Create(SqliteConnection connection, string sql, int parameters)
    {
        var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        for (var i = 0; i < parameters; i++)
        {
            cmd.Parameters.Add(new SqliteParameter(string.Create(CultureInfo.InvariantCulture, $"$p{i}"), DBNull.Value));
        }

        return cmd;
    }
}

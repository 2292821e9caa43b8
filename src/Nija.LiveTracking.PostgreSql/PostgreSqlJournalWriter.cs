using Nija.LiveTracking.Journal;
using Npgsql;

namespace Nija.LiveTracking.PostgreSql;

/// <summary>The per-bot writes of the fleet journal (fills, derived state, marks), as batch commands inside a caller's transaction.</summary>
internal static class PostgreSqlJournalWriter
{
    public static void AddFill(NpgsqlBatch batch, string s, string bot, in JournalFill f)
    {
        var cmd = new NpgsqlBatchCommand($"""
            INSERT INTO {s}.fills (bot_id, seq, execution_id, kind, symbol, side, price, quantity, fees, execution_ticks,
                execution_offset_minutes, recorded_ticks, planned_stop, tag, regime, exit_reason, while_halted)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17);
            """);
        var p = cmd.Parameters;
        p.AddWithValue(bot);
        p.AddWithValue(f.Sequence);
        p.AddWithValue(f.ExecutionId);
        p.AddWithValue((short)f.Kind);
        p.AddWithValue(f.Symbol);
        p.AddWithValue((short)f.Side);
        p.AddWithValue(f.Price);
        p.AddWithValue(f.Quantity);
        p.AddWithValue(f.Fees);
        p.AddWithValue(f.ExecutionTime.UtcTicks);
        p.AddWithValue((int)f.ExecutionTime.Offset.TotalMinutes);
        p.AddWithValue(f.RecordedAt.UtcTicks);
        p.AddWithValue(NpgsqlTypes.NpgsqlDbType.Numeric, (object?)f.PlannedStop ?? DBNull.Value);
        p.AddWithValue(NpgsqlTypes.NpgsqlDbType.Text, (object?)f.Tag ?? DBNull.Value);
        p.AddWithValue(NpgsqlTypes.NpgsqlDbType.Text, (object?)f.Regime ?? DBNull.Value);
        p.AddWithValue(NpgsqlTypes.NpgsqlDbType.Text, (object?)f.ExitReason ?? DBNull.Value);
        p.AddWithValue(f.RecordedWhileHalted);
        batch.BatchCommands.Add(cmd);
    }

    public static void AddCheckpoint(NpgsqlBatch batch, string s, string bot, in JournalCheckpoint c)
    {
        var r = c.Risk;
        var risk = new NpgsqlBatchCommand($"""
            INSERT INTO {s}.risk_state (bot_id, trading_day, day_start_equity, last_equity, peak_equity, breaker_tripped,
                tripped_at_ticks, drawdown_alert, trip_count)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
            ON CONFLICT (bot_id) DO UPDATE SET trading_day = EXCLUDED.trading_day, day_start_equity = EXCLUDED.day_start_equity,
                last_equity = EXCLUDED.last_equity, peak_equity = EXCLUDED.peak_equity, breaker_tripped = EXCLUDED.breaker_tripped,
                tripped_at_ticks = EXCLUDED.tripped_at_ticks, drawdown_alert = EXCLUDED.drawdown_alert, trip_count = EXCLUDED.trip_count;
            """);
        var p = risk.Parameters;
        p.AddWithValue(bot);
        p.AddWithValue(r.TradingDay);
        p.AddWithValue(r.DayStartEquity);
        p.AddWithValue(r.LastEquity);
        p.AddWithValue(r.PeakEquity);
        p.AddWithValue(r.BreakerTripped);
        p.AddWithValue(NpgsqlTypes.NpgsqlDbType.Bigint, (object?)r.TrippedAt?.UtcTicks ?? DBNull.Value);
        p.AddWithValue(r.DrawdownAlertActive);
        p.AddWithValue(r.TripCount);
        batch.BatchCommands.Add(risk);
        if (c.ClosedDay is { } closed)
        {
            AddSummary(batch, s, bot, closed);
        }

        AddSummary(batch, s, bot, c.Today);
        var equity = new NpgsqlBatchCommand($"UPDATE {s}.bots SET last_equity = $2 WHERE bot_id = $1;");
        equity.Parameters.AddWithValue(bot);
        equity.Parameters.AddWithValue(r.LastEquity);
        batch.BatchCommands.Add(equity);
    }

    public static void AddMark(NpgsqlBatch batch, string s, string bot, in JournalMark m)
    {
        var cmd = new NpgsqlBatchCommand($"""
            INSERT INTO {s}.marks (bot_id, symbol, price, time_ticks, after_seq) VALUES ($1, $2, $3, $4, $5)
            ON CONFLICT (bot_id, symbol) DO UPDATE SET price = EXCLUDED.price, time_ticks = EXCLUDED.time_ticks, after_seq = EXCLUDED.after_seq;
            """);
        var p = cmd.Parameters;
        p.AddWithValue(bot);
        p.AddWithValue(m.Symbol);
        p.AddWithValue(m.Price);
        p.AddWithValue(m.Time.UtcTicks);
        p.AddWithValue(m.AfterSequence);
        batch.BatchCommands.Add(cmd);
    }

    private static void AddSummary(NpgsqlBatch batch, string s, string bot, DailySummary d)
    {
        var cmd = new NpgsqlBatchCommand($"""
            INSERT INTO {s}.daily_summaries (bot_id, day, fills, trades, wins, losses, realized_pnl, fees, starting_equity,
                ending_balance, ending_equity, breaker_trips)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
            ON CONFLICT (bot_id, day) DO UPDATE SET fills = EXCLUDED.fills, trades = EXCLUDED.trades, wins = EXCLUDED.wins,
                losses = EXCLUDED.losses, realized_pnl = EXCLUDED.realized_pnl, fees = EXCLUDED.fees,
                starting_equity = EXCLUDED.starting_equity, ending_balance = EXCLUDED.ending_balance,
                ending_equity = EXCLUDED.ending_equity, breaker_trips = EXCLUDED.breaker_trips;
            """);
        var p = cmd.Parameters;
        p.AddWithValue(bot);
        p.AddWithValue(d.Day);
        p.AddWithValue(d.Fills);
        p.AddWithValue(d.Trades);
        p.AddWithValue(d.Wins);
        p.AddWithValue(d.Losses);
        p.AddWithValue(d.RealizedPnl);
        p.AddWithValue(d.Fees);
        p.AddWithValue(d.StartingEquity);
        p.AddWithValue(d.EndingBalance);
        p.AddWithValue(d.EndingEquity);
        p.AddWithValue(d.BreakerTrips);
        batch.BatchCommands.Add(cmd);
    }
}

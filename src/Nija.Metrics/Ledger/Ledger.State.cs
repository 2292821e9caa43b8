using System.Globalization;

namespace Nija.Metrics;

/// <summary>Exporting and restoring a ledger's complete state (for start-up snapshots of a live journal).</summary>
public sealed partial class Ledger
{
    /// <summary>Exports the ledger's state (everything but the closed trades); <see cref="Restore"/> rebuilds an equal ledger.</summary>
    /// <returns>The state; open positions ordered by position id.</returns>
    /// <exception cref="InvalidOperationException">The ledger was created without drawdown tracking (its state would be incomplete).</exception>
    public LedgerState Export()
    {
        var positions = new List<LedgerPositionState>(_openCount);
        foreach (var s in _open.Values)
        {
            if (!s.IsOpen)
            {
                continue;
            }

            positions.Add(new LedgerPositionState(
                s.PositionId, s.Symbol, s.Side, s.OpenedAt, s.PlannedStop, s.Regime, s.Tag, s.Quantity, s.AverageEntryPrice, s.LastPrice,
                s.RealizedPnl, s.Fees, s.EntryQuantity, s.EntryValue, s.ExitQuantity, s.ExitValue, s.EntryFills, s.ExitFills,
                s.FirstEntryPrice, s.LastExitPrice, s.HighestPrice, s.LowestPrice, s.HasMarks));
        }

        positions.Sort(static (a, b) => a.PositionId.CompareTo(b.PositionId));
        return new LedgerState
        {
            InitialCash = InitialCash,
            Cash = Cash,
            RealizedPnl = RealizedPnl,
            TotalFees = TotalFees,
            UnrealizedPnl = _unrealized,
            PeakEquity = PeakEquity,
            MaxDrawdown = MaxDrawdown,
            NextPositionId = _nextPositionId,
            OpenPositions = positions,
        };
    }

    /// <summary>Rebuilds a ledger from an exported <paramref name="state"/> and the trades it had closed.</summary>
    /// <param name="state">The state from <see cref="Export"/>.</param>
    /// <param name="closedTrades">The closed trades, in the order they closed.</param>
    /// <returns>A ledger equal to the exported one: same balances, positions, closed trades, and the same results for later fills.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The state is inconsistent: initial cash not positive, negative fees, a position that is not
    /// open (quantity ≤ 0), a duplicate symbol, an empty symbol, or a position id not below <see cref="LedgerState.NextPositionId"/>;
    /// or a closed trade with no symbol or an unknown side.</exception>
    public static Ledger Restore(LedgerState state, IEnumerable<ClosedTrade> closedTrades)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(closedTrades);
        ArgumentNullException.ThrowIfNull(state.OpenPositions, nameof(state));
        if (state.InitialCash <= 0m)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"A ledger state needs a positive initial cash, not {state.InitialCash}."), nameof(state));
        }

        if (state.TotalFees < 0m || state.NextPositionId < 1 || !double.IsFinite(state.MaxDrawdown) || state.MaxDrawdown < 0d)
        {
            throw new ArgumentException(string.Create(
                CultureInfo.InvariantCulture,
                $"A ledger state needs fees ≥ 0 ({state.TotalFees}), a next position id ≥ 1 ({state.NextPositionId}) and a finite drawdown ≥ 0 ({state.MaxDrawdown})."),
                nameof(state));
        }

        var ledger = new Ledger(state.InitialCash);
        foreach (var p in state.OpenPositions)
        {
            if (p is null || string.IsNullOrWhiteSpace(p.Symbol) || p.Quantity <= 0m || p.PositionId < 1 || p.PositionId >= state.NextPositionId
                || p.Side is not (TradeSide.Long or TradeSide.Short) || ledger._open.ContainsKey(p.Symbol))
            {
                throw new ArgumentException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"A ledger state has an invalid open position (id {p?.PositionId}, symbol '{p?.Symbol}', quantity {p?.Quantity}): expected a unique symbol, a quantity > 0 and an id in [1, {state.NextPositionId})."),
                    nameof(state));
            }

            ledger._open.Add(p.Symbol, new PositionState
            {
                PositionId = p.PositionId,
                Symbol = p.Symbol,
                Side = p.Side,
                OpenedAt = p.OpenedAt,
                PlannedStop = p.PlannedStop,
                Regime = p.Regime,
                Tag = p.Tag,
                Quantity = p.Quantity,
                AverageEntryPrice = p.AverageEntryPrice,
                LastPrice = p.LastPrice,
                RealizedPnl = p.RealizedPnl,
                Fees = p.Fees,
                EntryQuantity = p.EntryQuantity,
                EntryValue = p.EntryValue,
                ExitQuantity = p.ExitQuantity,
                ExitValue = p.ExitValue,
                EntryFills = p.EntryFills,
                ExitFills = p.ExitFills,
                FirstEntryPrice = p.FirstEntryPrice,
                LastExitPrice = p.LastExitPrice,
                HighestPrice = p.HighestPrice,
                LowestPrice = p.LowestPrice,
                HasMarks = p.HasMarks,
                IsOpen = true,
            });
            ledger._openCount++;
        }

        foreach (var trade in closedTrades)
        {
            ArgumentNullException.ThrowIfNull(trade, nameof(closedTrades));
            if (string.IsNullOrEmpty(trade.Symbol) || !Enum.IsDefined(trade.Side))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"A closed trade (id {trade.PositionId}) has symbol '{trade.Symbol}' and side {trade.Side}: expected a symbol and Long or Short."),
                    nameof(closedTrades));
            }

            ledger._closed.Add(trade);
        }

        ledger.Cash = state.Cash;
        ledger.RealizedPnl = state.RealizedPnl;
        ledger.TotalFees = state.TotalFees;
        ledger._unrealized = state.UnrealizedPnl;
        ledger.PeakEquity = state.PeakEquity;
        ledger.MaxDrawdown = state.MaxDrawdown;
        ledger._nextPositionId = state.NextPositionId;
        return ledger;
    }
}

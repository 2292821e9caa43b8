namespace Nija.Metrics;

/// <summary>
/// A small cache in front of the ledger's dictionary of open positions, keyed by the symbol string's reference: a caller
/// that passes the same few strings again and again (a backtest passes one; a live bot a handful) skips validating and
/// hashing them. Four entries, replaced in turn. An entry's state is null when the symbol is flat.
/// </summary>
/// <remarks>
/// Only symbols the ledger has validated are entered, so a cached symbol is always a valid one. The ledger calls
/// <see cref="Changed"/> on every change to its dictionary, which updates every entry with an equal symbol (another
/// string instance with the same characters is the same symbol), so no entry ever disagrees with the dictionary.
/// </remarks>
internal sealed class HotPositions
{
    private const int Size = 4;

    // What an empty entry holds: a string of this class's own, which no caller can pass. (Null would match a null symbol,
    // which then skipped the ledger's validation and half-recorded an entry.)
    private static readonly string Empty = new('\0', 1);
    private readonly string?[] _symbols = [Empty, Empty, Empty, Empty];
    private readonly PositionState?[] _states = new PositionState?[Size];
    private int _next;

    /// <summary>The cached state of <paramref name="symbol"/> (this very string), if it is cached.</summary>
    public bool TryGet(string symbol, out PositionState? state)
    {
        var symbols = _symbols;
        for (var i = 0; i < symbols.Length; i++)
        {
            if (ReferenceEquals(symbols[i], symbol))
            {
                state = _states[i];
                return true;
            }
        }

        state = null;
        return false;
    }

    /// <summary>Enters <paramref name="symbol"/> (validated, looked up) with its state, replacing the oldest entry.</summary>
    public void Enter(string symbol, PositionState? state)
    {
        _symbols[_next] = symbol;
        _states[_next] = state;
        _next = (_next + 1) & (Size - 1);
    }

    /// <summary>The position of <paramref name="symbol"/> was opened or closed: every entry of an equal symbol gets the new state, and this string is entered.</summary>
    public void Changed(string symbol, PositionState? state)
    {
        var found = false;
        for (var i = 0; i < _symbols.Length; i++)
        {
            if (_symbols[i] is { } cached && !ReferenceEquals(cached, Empty) && string.Equals(cached, symbol, StringComparison.Ordinal))
            {
                _states[i] = state;
                found |= ReferenceEquals(cached, symbol);
            }
        }

        if (!found)
        {
            Enter(symbol, state);
        }
    }
}

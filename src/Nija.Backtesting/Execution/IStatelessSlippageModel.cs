namespace Nija.Backtesting.Execution;

/// <summary>Marks a built-in slippage model whose <see cref="ISlippageModel.Observe"/> does nothing, so the engine can skip the call on every bar.</summary>
internal interface IStatelessSlippageModel : ISlippageModel;

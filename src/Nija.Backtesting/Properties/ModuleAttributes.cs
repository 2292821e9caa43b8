// The engine's per-fill methods (Fill, AllInQuantity, Submit, ProcessPending) have large frames of decimal and order
// temporaries that the JIT zeroed on every call. Every local and stackalloc in this assembly is written before it is
// read (the one stackalloc, OhlcvCsvWriter's line buffer, is read only up to what was formatted into it), so the
// zeroing was pure cost. AllowUnsafeBlocks is set in the project for this attribute only; there is no unsafe code.
[module: System.Runtime.CompilerServices.SkipLocalsInit]

// The ledger's fill methods inline many decimal operations whose temporaries the JIT zeroed on every call (about 0.7 KB
// for RecordExit). Every local and stackalloc in this assembly is written before it is read (the one stackalloc, in
// ReturnMetrics, is a scratch buffer SortedReturns reads only as far as it copied in), so the zeroing was pure cost.
// AllowUnsafeBlocks is set in the project for this attribute only; the assembly has no unsafe code.
[module: System.Runtime.CompilerServices.SkipLocalsInit]

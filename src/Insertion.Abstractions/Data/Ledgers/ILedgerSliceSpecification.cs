namespace Insertion.Abstractions;

/// <summary>
/// A specification whose aggregates are loaded with only a <see cref="LedgerSlice"/> of their
/// append-only ledger: what the command's rules read. Without one (a plain specification, or
/// <c>GetByIdAsync</c>), a ledger is loaded whole.
/// </summary>
public interface ILedgerSliceSpecification
{
    /// <summary>The entries to load with each aggregate.</summary>
    LedgerSlice Slice { get; }
}

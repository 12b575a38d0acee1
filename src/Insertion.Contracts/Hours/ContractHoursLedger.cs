using Ardalis.GuardClauses;
using System.Diagnostics.CodeAnalysis;
using Insertion.Abstractions;

namespace Insertion.Contracts;

/// <summary>
/// The append-only ledger of the paid hours worked on one contract (aide au poste accounting,
/// DOMAIN.md §2). Entries carry an idempotency key; a correction is a reversing entry. The count and
/// the total are running values kept on the ledger itself (stored on its row), and the entries are
/// indexed by key, reversed key and day (<see cref="LedgerLog{TEntry}"/>), so that an append and
/// each of its checks cost the same at the 10th entry and at the 10 000th.
/// </summary>
/// <remarks>
/// <para><b>Idempotency.</b> A key names one entry within this contract's ledger. The same key
/// with the same content is accepted once (<see cref="RecordOutcome.AlreadyRecorded"/> the second
/// time, nothing changes); the same key with different content is refused
/// (<c>HOURS-KEY-CONFLICT</c>).</para>
/// <para><b>No negative totals.</b> An original entry has more than zero minutes. A reversal
/// carries exactly the opposite minutes of one original entry, on that entry's own day, and an
/// original entry is reversed at most once (<c>HOURS-ALREADY-REVERSED</c>); a reversal cannot
/// itself be reversed (<c>HOURS-REVERSAL-UNKNOWN</c>). So the total of any day is the sum of the
/// day's original entries that are not reversed, which is never negative; a month's and a
/// year's totals are sums of day totals, never negative either. Dating the reversal on the
/// correction day instead would let a month go negative, which is why it is not done.</para>
/// <para><b>Day limit.</b> A contract's day holds at most 24 h (<c>HOURS-ENTRY-INVALID</c>): a
/// physical bound that catches typing errors, not the legal daily maximum.</para>
/// <para><b>Loaded whole or by slice.</b> A database may load a ledger with only the entries a
/// command's rules read (<see cref="LedgerSlice"/>: its keys, its days). <see cref="Count"/> and
/// <see cref="Total"/> are always whole; a question about a key or a day outside the slice, and the
/// whole-ledger reads (<see cref="Entries"/>, month and year totals), throw
/// <see cref="InvalidOperationException"/> rather than answer from part of the ledger.
/// <see cref="IsComplete"/> says which. The in-memory store always loads ledgers whole.</para>
/// <para>A loaded ledger belongs to its scope, as every aggregate (docs/host-conventions.md); the
/// entries it shares with the other copies are thread-safe. A refused append leaves the ledger
/// unchanged.</para>
/// </remarks>
public sealed class ContractHoursLedger : IAggregateRoot
{
    /// <summary>The most minutes a contract's day can hold (24 h).</summary>
    public const long DayMaxMinutes = 24 * 60;

    private LedgerLog<WorkedHoursEntry> _log = LedgerLog<WorkedHoursEntry>.Of([]);
    private int _visible;
    private LedgerSlice? _slice;

    /// <summary>An empty ledger for <paramref name="contract"/>.</summary>
    public ContractHoursLedger(ContractId contract)
    {
        Guard.Against.NullOrWhiteSpace(contract.Value, nameof(contract));
        Contract = contract;
    }

    /// <summary>The contract.</summary>
    public ContractId Contract { get; }

    /// <inheritdoc />
    public string Key => Contract.Value;

    /// <inheritdoc />
    public long Version { get; set; }

    /// <summary>Number of entries (originals and reversals). A running count, stored with the ledger.</summary>
    public int Count { get; private set; }

    /// <summary>Total paid minutes of the contract. A running sum, stored with the ledger.</summary>
    public WorkMinutes Total { get; private set; }

    /// <summary>Whether every entry is loaded (false when a store loaded a <see cref="LedgerSlice"/> of them).</summary>
    public bool IsComplete
    {
        get
        {
            return _slice is null;
        }
    }

    /// <summary>A snapshot of the entries, in the order they were appended.</summary>
    /// <exception cref="InvalidOperationException">The ledger was loaded by slice.</exception>
    public IReadOnlyList<WorkedHoursEntry> Entries
    {
        get
        {
            RequireComplete("its entries");
            return _log.ToList(_visible);
        }
    }

    /// <summary>
    /// The entries whose <see cref="WorkedHoursEntry.Sequence"/> is <paramref name="sequence"/> or
    /// more, in order: with the count a store loaded, what was appended since (what it saves).
    /// </summary>
    public IReadOnlyList<WorkedHoursEntry> EntriesSince(long sequence)
    {
        return _log.Since(sequence, _visible);
    }

    /// <summary>Paid minutes on one day.</summary>
    /// <exception cref="InvalidOperationException">The ledger was loaded by a slice without that day.</exception>
    public WorkMinutes OnDay(DateOnly day)
    {
        RequireDay(day);
        return new WorkMinutes(_log.MinutesOn(day, _visible));
    }

    /// <summary>Paid minutes in a calendar month.</summary>
    /// <exception cref="InvalidOperationException">The ledger was loaded by a slice without that month.</exception>
    public WorkMinutes InMonth(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        return In(new DateRange(first, first.AddMonths(1).AddDays(-1)));
    }

    /// <summary>Paid minutes in a calendar year.</summary>
    /// <exception cref="InvalidOperationException">The ledger was loaded by a slice without that year.</exception>
    public WorkMinutes InYear(int year) => In(new DateRange(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)));

    /// <summary>The day totals inside <paramref name="period"/> (days with a zero total may appear), in order of days.</summary>
    /// <exception cref="InvalidOperationException">The ledger was loaded by a slice without that period.</exception>
    public IReadOnlyList<KeyValuePair<DateOnly, WorkMinutes>> DayTotals(DateRange period)
    {
        RequirePeriod(period);
        return _log.DayTotals(period, _visible).Select(d => KeyValuePair.Create(d.Day, new WorkMinutes(d.Minutes))).ToList();
    }

    /// <summary>The entry with that key (original or reversal), or null.</summary>
    /// <exception cref="InvalidOperationException">The ledger was loaded by a slice without that key.</exception>
    public WorkedHoursEntry? Find(string key)
    {
        RequireKey(key);
        return _log.TryFind(key, _visible, out var e) ? e : null;
    }

    /// <summary>The key of the reversal that cancelled <paramref name="originalKey"/>, or null.</summary>
    /// <exception cref="InvalidOperationException">The ledger was loaded by a slice without that key.</exception>
    public string? ReversedBy(string originalKey)
    {
        RequireKey(originalKey);
        return _log.TryFindReversalOf(originalKey, _visible, out var r) ? r.Key : null;
    }

    /// <summary>
    /// A copy holding only the entries <paramref name="slice"/> covers (as a store loading it by that
    /// slice would give), never stored: what a query twin appends to, to check lines in sequence,
    /// without touching the entries shared with the stored ledger.
    /// </summary>
    internal ContractHoursLedger Scratch(LedgerSlice slice)
    {
        var copy = new ContractHoursLedger(Contract) { Version = Version, Count = Count, Total = Total };
        copy._log = _log.Slice(slice, _visible);
        copy._visible = copy._log.Count;
        copy._slice = slice;
        return copy;
    }

    private WorkMinutes In(DateRange period)
    {
        RequirePeriod(period);
        return new WorkMinutes(_log.MinutesIn(period, _visible));
    }

    // Called by the EF Core store (UnsafeAccessor) after materialising the row: the entries it loaded, for the slice (null: all).
    private void Restore(IReadOnlyList<WorkedHoursEntry> entries, LedgerSlice? slice, IReadOnlyDictionary<DateOnly, long>? dayTotals)
    {
        _log = LedgerLog<WorkedHoursEntry>.OfStored(entries, Count, 0, slice, LedgerName, dayTotals);
        _visible = _log.Count;
        _slice = slice;
    }

    private string LedgerName => $"The ledger of contract {Contract}";

    private void RequireComplete(string what) => LedgerSlice.EnsureWhole(_slice, LedgerName, what);

    private void RequireKey(string key) => LedgerSlice.EnsureCovers(_slice, LedgerName, key);

    private void RequireDay(DateOnly day) => LedgerSlice.EnsureCovers(_slice, LedgerName, new DateRange(day, day));

    private void RequirePeriod(DateRange period) => LedgerSlice.EnsureCovers(_slice, LedgerName, period);

    /// <summary>Query twin of <see cref="Record(WorkedHoursLine)"/>: the violations, without appending. A replay of the same entry has none.</summary>
    public IReadOnlyList<RuleViolation> CanRecord(WorkedHoursLine line)
    {
        CheckArguments(line);
        return CheckRecord(line, out _);
    }

    /// <summary>
    /// Appends the paid minutes of <paramref name="line"/>, or does nothing when the same key with
    /// the same content is already there.
    /// </summary>
    /// <exception cref="RuleViolationException"><c>HOURS-KEY-CONFLICT</c>, <c>HOURS-ENTRY-INVALID</c>; the ledger is unchanged.</exception>
    public RecordOutcome Record(WorkedHoursLine line)
    {
        CheckArguments(line);
        RuleViolationException.ThrowIfAny(CheckRecord(line, out var replay));
        if (replay)
        {
            return RecordOutcome.AlreadyRecorded;
        }
        Append(new WorkedHoursEntry(Count, Contract, line.On, line.Minutes, line.Key, line.Author, line.Reason, null));
        return RecordOutcome.Recorded;
    }

    /// <summary>Query twin of <see cref="Reverse"/>: the violations, without appending. A replay of the same reversal has none.</summary>
    public IReadOnlyList<RuleViolation> CanReverse(HoursReversal reversal)
    {
        CheckArguments(reversal);
        return CheckReverse(reversal, out _, out _);
    }

    /// <summary>
    /// Appends the reversing entry of <paramref name="reversal"/> (the opposite minutes of the
    /// original entry, on its day), or does nothing when the same reversal is already there.
    /// </summary>
    /// <exception cref="RuleViolationException"><c>HOURS-KEY-CONFLICT</c>, <c>HOURS-REVERSAL-UNKNOWN</c>, <c>HOURS-ALREADY-REVERSED</c>; the ledger is unchanged.</exception>
    public RecordOutcome Reverse(HoursReversal reversal)
    {
        CheckArguments(reversal);
        RuleViolationException.ThrowIfAny(CheckReverse(reversal, out var replay, out var original));
        if (replay)
        {
            return RecordOutcome.AlreadyRecorded;
        }
        Append(new WorkedHoursEntry(Count, Contract, original!.On, -original.Minutes, reversal.Key, reversal.Author, reversal.Reason, original.Key));
        return RecordOutcome.Recorded;
    }

    /// <summary>
    /// Query twin of <see cref="Record(WorkedHoursLine, CddiContract, WorkMinutes)"/>: the violation
    /// the entry meets first, in this order (SCENARIOS.md, <c>workHours</c>): a replay of the same
    /// key and content has none; the same key with other content is <c>HOURS-KEY-CONFLICT</c>; no
    /// minutes is <c>HOURS-ENTRY-INVALID</c>; a day the contract was not in force is
    /// <c>HOURS-OUTSIDE-CONTRACT</c> (its history decides: before the start, after the last day,
    /// while suspended); the contract's minutes that day, this entry included, above
    /// <paramref name="dailyMax"/> is <c>HOURS-DAILY-MAX</c> (C. trav. L3121-18).
    /// </summary>
    /// <param name="line">The entry.</param>
    /// <param name="contract">The ledger's contract.</param>
    /// <param name="dailyMax">The daily maximum in force on the entry's day.</param>
    public IReadOnlyList<RuleViolation> CanRecord(WorkedHoursLine line, CddiContract contract, WorkMinutes dailyMax)
    {
        CheckArguments(line, contract);
        return CheckRecord(line, contract, dailyMax, out _);
    }

    /// <summary>
    /// Appends the paid minutes of <paramref name="line"/> after the checks of
    /// <see cref="CanRecord(WorkedHoursLine, CddiContract, WorkMinutes)"/>, or does nothing when the
    /// same key with the same content is already there.
    /// </summary>
    /// <exception cref="RuleViolationException">See <see cref="CanRecord(WorkedHoursLine, CddiContract, WorkMinutes)"/>; the ledger is unchanged.</exception>
    public RecordOutcome Record(WorkedHoursLine line, CddiContract contract, WorkMinutes dailyMax)
    {
        CheckArguments(line, contract);
        RuleViolationException.ThrowIfAny(CheckRecord(line, contract, dailyMax, out var replay));
        if (replay)
        {
            return RecordOutcome.AlreadyRecorded;
        }
        Append(new WorkedHoursEntry(Count, Contract, line.On, line.Minutes, line.Key, line.Author, line.Reason, null));
        return RecordOutcome.Recorded;
    }

    private RuleViolation[] CheckRecord(WorkedHoursLine line, CddiContract contract, WorkMinutes dailyMax, out bool replay)
    {
        var own = CheckRecord(line, out replay);
        if (replay || own is [{ Code: "HOURS-KEY-CONFLICT" }])
        {
            return own;
        }
        if (line.Minutes.Minutes <= 0)
        {
            return own;
        }
        if (!contract.WasWorkingOn(line.On))
        {
            return [RuleCodes.HoursOutsideContract.Violation(
                $"Contract {Contract} was not in force on {IsoDates.Format(line.On)} ({OutsideReason(contract, line.On)})",
                ("contract", Contract.Value), ("on", line.On))];
        }
        var day = new WorkMinutes(DayMinutes(line.On)) + line.Minutes;
        if (day > dailyMax)
        {
            return [RuleCodes.HoursDailyMax.Violation(
                $"Contract {Contract} would have {day} of paid hours on {IsoDates.Format(line.On)}, above the daily maximum of {dailyMax}",
                ("contract", Contract.Value), ("on", line.On), ("dayTotal", day), ("max", dailyMax))];
        }
        return own;
    }

    private static string OutsideReason(CddiContract contract, DateOnly day)
    {
        if (day < contract.Start)
        {
            return $"it starts on {IsoDates.Format(contract.Start)}";
        }
        var last = contract.EndedOn ?? contract.End;
        return day > last ? $"its last day is {IsoDates.Format(last)}" : "it was suspended that day";
    }

    private void CheckArguments(WorkedHoursLine line, CddiContract contract)
    {
        CheckArguments(line);
        Guard.Against.Null(contract);
        if (contract.Id != Contract)
        {
            throw new ArgumentException($"The contract is {contract.Id}, not {Contract}.", nameof(contract));
        }
    }

    private RuleViolation[] CheckRecord(WorkedHoursLine line, out bool replay)
    {
        replay = false;
        if (TryFind(line.Key, out var existing))
        {
            if (!existing.IsReversal && existing.On == line.On && existing.Minutes == line.Minutes
                && string.Equals(existing.Author, line.Author, StringComparison.Ordinal)
                && string.Equals(existing.Reason, line.Reason, StringComparison.Ordinal))
            {
                replay = true;
                return [];
            }
            return [Conflict(line.Key, existing)];
        }
        if (line.Minutes.Minutes <= 0)
        {
            return [RuleCodes.HoursEntryInvalid.Violation(
                $"An entry records more than zero minutes, not {line.Minutes}; to cancel hours, reverse the entry",
                ("minutes", line.Minutes.Minutes))];
        }
        var day = DayMinutes(line.On);
        if (line.Minutes.Minutes > DayMaxMinutes - day)
        {
            return [RuleCodes.HoursEntryInvalid.Violation(
                $"Contract {Contract} would have {new WorkMinutes(day) + line.Minutes} on {IsoDates.Format(line.On)}, above 24 h",
                ("on", line.On), ("dayMinutes", day), ("minutes", line.Minutes.Minutes))];
        }
        return [];
    }

    private RuleViolation[] CheckReverse(HoursReversal reversal, out bool replay, out WorkedHoursEntry? original)
    {
        replay = false;
        original = null;
        if (TryFind(reversal.Key, out var existing))
        {
            if (existing.IsReversal && string.Equals(existing.Reverses, reversal.OriginalKey, StringComparison.Ordinal)
                && string.Equals(existing.Author, reversal.Author, StringComparison.Ordinal)
                && string.Equals(existing.Reason, reversal.Reason, StringComparison.Ordinal))
            {
                replay = true;
                return [];
            }
            return [Conflict(reversal.Key, existing)];
        }
        if (!TryFind(reversal.OriginalKey, out original) || original.IsReversal)
        {
            return [RuleCodes.HoursReversalUnknown.Violation(
                original is null
                    ? $"Contract {Contract}'s ledger has no entry '{reversal.OriginalKey}' to reverse"
                    : $"Entry '{reversal.OriginalKey}' is itself a reversal and cannot be reversed; record a new entry instead",
                ("originalKey", reversal.OriginalKey))];
        }
        RequireKey(original.Key);
        if (_log.TryFindReversalOf(original.Key, _visible, out var reversing) && reversing.Key is var by)
        {
            return [RuleCodes.HoursAlreadyReversed.Violation(
                $"Entry '{original.Key}' was already reversed by '{by}'",
                ("originalKey", original.Key), ("reversedBy", by))];
        }
        return [];
    }

    private static RuleViolation Conflict(string key, WorkedHoursEntry existing) =>
        RuleCodes.HoursKeyConflict.Violation(
            $"Key '{key}' already names a different entry ({(existing.IsReversal ? "reversal of " + existing.Reverses : existing.Minutes + " on " + IsoDates.Format(existing.On))})",
            ("key", key));

    private bool TryFind(string key, [NotNullWhen(true)] out WorkedHoursEntry? entry)
    {
        RequireKey(key);
        var found = _log.TryFind(key, _visible, out var e);
        entry = found ? e : null;
        return found;
    }

    private long DayMinutes(DateOnly day)
    {
        RequireDay(day);
        return _log.MinutesOn(day, _visible);
    }

    private void Append(WorkedHoursEntry entry)
    {
        _log = _log.Append(entry, _visible);
        _visible++;
        Count++;
        Total += entry.Minutes;
    }

    private void CheckArguments(WorkedHoursLine line)
    {
        Guard.Against.Null(line);
        Guard.Against.NullOrWhiteSpace(line.Key, nameof(line), "The idempotency key is required.");
        Guard.Against.NullOrWhiteSpace(line.Author, nameof(line), "The author is required.");
        if (line.Contract != Contract)
        {
            throw new ArgumentException($"The line is for contract {line.Contract}, not {Contract}.", nameof(line));
        }
    }

    private void CheckArguments(HoursReversal reversal)
    {
        Guard.Against.Null(reversal);
        Guard.Against.NullOrWhiteSpace(reversal.Key, nameof(reversal), "The idempotency key is required.");
        Guard.Against.NullOrWhiteSpace(reversal.OriginalKey, nameof(reversal), "The original entry's key is required.");
        Guard.Against.NullOrWhiteSpace(reversal.Author, nameof(reversal), "The author is required.");
        if (reversal.Contract != Contract)
        {
            throw new ArgumentException($"The reversal is for contract {reversal.Contract}, not {Contract}.", nameof(reversal));
        }
    }
}

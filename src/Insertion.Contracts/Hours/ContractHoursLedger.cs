using Ardalis.GuardClauses;
using Insertion.Abstractions;

namespace Insertion.Contracts;

/// <summary>
/// The append-only ledger of the paid hours worked on one contract (aide au poste accounting,
/// DOMAIN.md §2). Entries carry an idempotency key; a correction is a reversing entry; balances
/// are running sums (total, per day, per month, per year) updated on each append, so an append
/// and a balance read are O(1).
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
/// <para>Thread-safe: every read and append takes the ledger's lock. A refused append leaves
/// the ledger unchanged.</para>
/// </remarks>
public sealed class ContractHoursLedger : IAggregateRoot
{
    /// <summary>The most minutes a contract's day can hold (24 h).</summary>
    public const long DayMaxMinutes = 24 * 60;

    private readonly List<WorkedHoursEntry> _entries = [];
    private readonly Dictionary<string, WorkedHoursEntry> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _reversedBy = new(StringComparer.Ordinal);
    private readonly Dictionary<DateOnly, long> _byDay = [];
    private readonly Dictionary<int, long> _byMonth = [];
    private readonly Dictionary<int, long> _byYear = [];
    private long _total;

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

    /// <summary>Number of entries (originals and reversals).</summary>
    public int Count
    {
        get
        {
            return _entries.Count;
        }
    }

    /// <summary>A snapshot of the entries, in the order they were appended.</summary>
    public IReadOnlyList<WorkedHoursEntry> Entries
    {
        get
        {
            return _entries.ToList();
        }
    }

    /// <summary>Total paid minutes of the contract (running sum).</summary>
    public WorkMinutes Total
    {
        get
        {
            return new WorkMinutes(_total);
        }
    }

    /// <summary>Paid minutes on one day (running sum).</summary>
    public WorkMinutes OnDay(DateOnly day)
    {
        return new WorkMinutes(_byDay.GetValueOrDefault(day));
    }

    /// <summary>Paid minutes in a calendar month (running sum).</summary>
    public WorkMinutes InMonth(int year, int month)
    {
        return new WorkMinutes(_byMonth.GetValueOrDefault(MonthKey(year, month)));
    }

    /// <summary>Paid minutes in a calendar year (running sum).</summary>
    public WorkMinutes InYear(int year)
    {
        return new WorkMinutes(_byYear.GetValueOrDefault(year));
    }

    /// <summary>The day totals inside <paramref name="period"/> (days with a zero total may appear), in no particular order.</summary>
    public IReadOnlyList<KeyValuePair<DateOnly, WorkMinutes>> DayTotals(DateRange period)
    {
        return _byDay.Where(d => period.Contains(d.Key))
            .Select(d => KeyValuePair.Create(d.Key, new WorkMinutes(d.Value)))
            .ToList();
    }

    /// <summary>The entry with that key (original or reversal), or null.</summary>
    public WorkedHoursEntry? Find(string key)
    {
        return _byKey.GetValueOrDefault(key);
    }

    /// <summary>The key of the reversal that cancelled <paramref name="originalKey"/>, or null.</summary>
    public string? ReversedBy(string originalKey)
    {
        return _reversedBy.GetValueOrDefault(originalKey);
    }

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
        Append(new WorkedHoursEntry(_entries.Count, Contract, line.On, line.Minutes, line.Key, line.Author, line.Reason, null));
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
        Append(new WorkedHoursEntry(_entries.Count, Contract, original!.On, -original.Minutes, reversal.Key, reversal.Author, reversal.Reason, original.Key));
        _reversedBy[original.Key] = reversal.Key;
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
        Append(new WorkedHoursEntry(_entries.Count, Contract, line.On, line.Minutes, line.Key, line.Author, line.Reason, null));
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
        var day = new WorkMinutes(_byDay.GetValueOrDefault(line.On)) + line.Minutes;
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
        if (_byKey.TryGetValue(line.Key, out var existing))
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
        var day = _byDay.GetValueOrDefault(line.On);
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
        if (_byKey.TryGetValue(reversal.Key, out var existing))
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
        if (!_byKey.TryGetValue(reversal.OriginalKey, out original) || original.IsReversal)
        {
            return [RuleCodes.HoursReversalUnknown.Violation(
                original is null
                    ? $"Contract {Contract}'s ledger has no entry '{reversal.OriginalKey}' to reverse"
                    : $"Entry '{reversal.OriginalKey}' is itself a reversal and cannot be reversed; record a new entry instead",
                ("originalKey", reversal.OriginalKey))];
        }
        if (_reversedBy.TryGetValue(original.Key, out var by))
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

    private void Append(WorkedHoursEntry entry)
    {
        var m = entry.Minutes.Minutes;
        _entries.Add(entry);
        _byKey.Add(entry.Key, entry);
        _total += m;
        _byDay[entry.On] = _byDay.GetValueOrDefault(entry.On) + m;
        var month = MonthKey(entry.On.Year, entry.On.Month);
        _byMonth[month] = _byMonth.GetValueOrDefault(month) + m;
        _byYear[entry.On.Year] = _byYear.GetValueOrDefault(entry.On.Year) + m;
    }

    // Stryker disable once Arithmetic : a dictionary key, never read back as a date; an offset, or -month, keeps every month distinct
    private static int MonthKey(int year, int month) => (year * 12) + month - 1;

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

using Ardalis.GuardClauses;
using Insertion.Abstractions;

namespace Insertion.Contracts;

/// <summary>
/// A contract's paid hours for a period, recorded in one call: the week a structure clocks, or the
/// month it declares to the ASP (<see cref="WorkedHoursService.RecordBatchAsync"/>). Each line is
/// an entry of its own, checked as <see cref="WorkedHoursService.RecordAsync"/> checks one, in the
/// order given, against the ledger as the lines before it leave it.
/// </summary>
/// <param name="Contract">The contract every line is for.</param>
/// <param name="Lines">The entries, in the order they are checked and appended (1 to <see cref="MaxLines"/>).</param>
public sealed record WorkedHoursBatch(ContractId Contract, IReadOnlyList<WorkedHoursLine> Lines)
{
    /// <summary>The most lines one batch may hold (a month of daily lines, several a day, fits many times over).</summary>
    public const int MaxLines = 1000;

    /// <summary>Checks the arguments: lines present, at most <see cref="MaxLines"/>, each for <see cref="Contract"/>.</summary>
    /// <exception cref="ArgumentException">A line is null, for another contract, or the batch is empty or too long.</exception>
    internal void CheckArguments()
    {
        Guard.Against.NullOrWhiteSpace(Contract.Value, nameof(Contract));
        Guard.Against.Null(Lines, nameof(Lines));
        if (Lines.Count is 0 or > MaxLines)
        {
            throw new ArgumentException($"A batch holds 1 to {MaxLines} lines, not {Lines.Count}.", nameof(Lines));
        }
        for (var i = 0; i < Lines.Count; i++)
        {
            if (Lines[i] is not { } line)
            {
                throw new ArgumentException($"Line {i + 1} is null.", nameof(Lines));
            }
            if (line.Contract != Contract)
            {
                throw new ArgumentException($"Line {i + 1} is for contract {line.Contract}, not {Contract}.", nameof(Lines));
            }
        }
    }

    /// <summary>The violation of line <paramref name="index"/> (from 0), naming the line in its message and values.</summary>
    internal static RuleViolation OfLine(RuleViolation violation, int index)
    {
        var values = new Dictionary<string, object?>(violation.Values, StringComparer.Ordinal) { ["line"] = index + 1 };
        return violation with { Message = $"Line {index + 1}: {violation.Message}", Values = values };
    }
}

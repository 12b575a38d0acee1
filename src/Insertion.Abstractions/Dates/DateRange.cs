using Ardalis.GuardClauses;

namespace Insertion.Abstractions;

/// <summary>A period of whole days, both ends included.</summary>
public readonly record struct DateRange
{
    /// <summary>Creates the period [start, end]; end may not be before start.</summary>
    public DateRange(DateOnly start, DateOnly end)
    {
        if (end < start)
        {
            throw new ArgumentException($"The end {end:yyyy-MM-dd} is before the start {start:yyyy-MM-dd}.", nameof(end));
        }
        Start = start;
        End = end;
    }

    /// <summary>First day.</summary>
    public DateOnly Start { get; }

    /// <summary>Last day (included).</summary>
    public DateOnly End { get; }

    /// <summary>Number of days, both ends included (a one-day range has length 1).</summary>
    public int LengthInDays => End.DayNumber - Start.DayNumber + 1;

    /// <summary>Whether <paramref name="day"/> lies in the period.</summary>
    public bool Contains(DateOnly day) => Start <= day && day <= End;

    /// <summary>Whether the two periods share at least one day (adjacent periods do not).</summary>
    public bool Overlaps(DateRange other) => Start <= other.End && other.Start <= End;

    /// <summary>The days both periods share, or null when they share none.</summary>
    public DateRange? Intersect(DateRange other)
    {
        var start = Start > other.Start ? Start : other.Start;
        var end = End < other.End ? End : other.End;
        return start <= end ? new DateRange(start, end) : null;
    }

    /// <summary>Every day of the period, in order.</summary>
    public IEnumerable<DateOnly> Days()
    {
        for (var d = Start; d <= End; d = d.AddDays(1))
        {
            yield return d;
            if (d == DateOnly.MaxValue)
            {
                yield break;
            }
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{Start:yyyy-MM-dd}..{End:yyyy-MM-dd}";
}

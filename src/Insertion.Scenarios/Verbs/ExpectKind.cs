namespace Insertion.Scenarios;

/// <summary>How an expected value is read and compared.</summary>
public enum ExpectKind
{
    /// <summary>Text or an enumerated value, compared without regard to case.</summary>
    Text,
    /// <summary>An ISO date.</summary>
    Date,
    /// <summary>Hours (actual value a <see cref="Insertion.Abstractions.WorkMinutes"/>).</summary>
    Hours,
    /// <summary>A number (int or decimal).</summary>
    Number,
    /// <summary>A decimal number compared to 4 decimals: equal when they differ by at most 0.00005 (e.g. an ETP).</summary>
    Approximate,
}

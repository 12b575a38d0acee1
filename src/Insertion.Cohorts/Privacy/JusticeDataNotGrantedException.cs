namespace Insertion.Cohorts;

/// <summary>Justice data was asked for a purpose the host has not granted (DOMAIN.md §5).</summary>
public sealed class JusticeDataNotGrantedException : UnauthorizedAccessException
{
    /// <summary>Creates the error for the purpose.</summary>
    public JusticeDataNotGrantedException(string purpose)
        : base($"Justice data is not granted for the purpose '{purpose}'. The host grants it with AddCohorts(o => o.JusticeDataPurposes.Add(\"{purpose}\")).") =>
        Purpose = purpose;

    /// <summary>The purpose asked.</summary>
    public string Purpose { get; }
}

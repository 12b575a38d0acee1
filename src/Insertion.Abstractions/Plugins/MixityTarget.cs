namespace Insertion.Abstractions;

/// <summary>
/// What a programme aims at for the mix of its cohorts (DOMAIN.md §1: "mixed by gender and by life
/// path; parity is not reached, mixity is measured"). Shares are between 0 and 1; a null share sets
/// no target. Cohort reports compare the measured shares with these.
/// </summary>
public sealed record MixityTarget
{
    /// <summary>Smallest share of women aimed at (0.5 = parity).</summary>
    public decimal? MinWomenShare { get; init; }

    /// <summary>Smallest share of men aimed at.</summary>
    public decimal? MinMenShare { get; init; }

    /// <summary>Smallest share of people with a justice history aimed at (reported as a count only).</summary>
    public decimal? MinUnderJusticeShare { get; init; }

    /// <summary>Smallest share of people under 26 aimed at.</summary>
    public decimal? MinUnder26Share { get; init; }

    /// <summary>Smallest share of people aged 50 or more aimed at.</summary>
    public decimal? Min50AndOverShare { get; init; }
}

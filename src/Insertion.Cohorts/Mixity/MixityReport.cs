using Insertion.Abstractions;

namespace Insertion.Cohorts;

/// <summary>One mixity indicator compared with the programme's target.</summary>
/// <param name="Indicator">women, men, underJustice, under26, 50andOver.</param>
/// <param name="Target">The smallest share aimed at.</param>
/// <param name="Actual">The measured share (null when nobody enrolled).</param>
/// <param name="Met">Whether the share reaches the target.</param>
public sealed record MixityComparison(string Indicator, decimal Target, decimal? Actual, bool Met);

/// <summary>
/// Mixity of a cohort (DOMAIN.md §1: "mixed by gender and by life path; parity is not reached,
/// mixity is measured"), over everyone who enrolled, compared with the programme's
/// <see cref="MixityTarget"/>. People under justice appear as a count only.
/// </summary>
public sealed record MixityReport
{
    /// <summary>The cohort.</summary>
    public required CohortId Cohort { get; init; }
    /// <summary>People who enrolled.</summary>
    public int Enrolled { get; init; }
    /// <summary>Women.</summary>
    public int Women { get; init; }
    /// <summary>Men.</summary>
    public int Men { get; init; }
    /// <summary>Sex X.</summary>
    public int Other { get; init; }
    /// <summary>People under justice (a count).</summary>
    public int UnderJustice { get; init; }
    /// <summary>People by age band on their enrolment day.</summary>
    public required IReadOnlyDictionary<AgeBand, int> AgeBands { get; init; }
    /// <summary>Each indicator the programme targets, with the measured share.</summary>
    public required IReadOnlyList<MixityComparison> Comparisons { get; init; }

    /// <summary>Whether every targeted indicator is met.</summary>
    public bool TargetsMet => Comparisons.All(c => c.Met);

    internal static MixityReport Of(Cohort cohort, MixityTarget? target)
    {
        var m = cohort.Members;
        var n = m.Count;
        var women = m.Count(x => x.Sex == Sex.F);
        var men = m.Count(x => x.Sex == Sex.M);
        var justice = m.Count(x => x.UnderJustice);
        var bands = Enum.GetValues<AgeBand>().ToDictionary(b => b, b => m.Count(x => x.AgeBand == b));
        var comparisons = new List<MixityComparison>();
        var t = target;
        void Compare(string name, decimal? target, int count)
        {
            if (target is { } tv)
            {
                decimal? share = n == 0 ? null : (decimal)count / n;
                comparisons.Add(new MixityComparison(name, tv, share, share is { } s && s >= tv));
            }
        }
        Compare("women", t?.MinWomenShare, women);
        Compare("men", t?.MinMenShare, men);
        Compare("underJustice", t?.MinUnderJusticeShare, justice);
        Compare("under26", t?.MinUnder26Share, bands[AgeBand.Under26]);
        Compare("50andOver", t?.Min50AndOverShare, bands[AgeBand.From50]);
        return new MixityReport
        {
            Cohort = cohort.Id, Enrolled = n, Women = women, Men = men, Other = n - women - men, UnderJustice = justice,
            AgeBands = bands, Comparisons = comparisons,
        };
    }
}

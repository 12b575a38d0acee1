namespace Insertion.Cohorts;

/// <summary>
/// The outcome funnel the association publishes (DOMAIN.md §1), as counts of people, with rates.
/// Definitions (SCENARIOS.md, "Cohorts"; see <see cref="OutcomeFunnel"/> for the edge cases):
/// enrolled = everyone who enrolled (withdrawn people included); followed = enrolled and not
/// withdrawn; satExam = people with a passed or failed result (absent did not sit); passed = people
/// who passed; employed within n months = an employment outcome dated no later than n months after
/// the cohort's end (date à date).
/// </summary>
public sealed record FunnelCounts
{
    /// <summary>People who enrolled (withdrawn included).</summary>
    public int Enrolled { get; init; }
    /// <summary>Women among them.</summary>
    public int Women { get; init; }
    /// <summary>Men among them.</summary>
    public int Men { get; init; }
    /// <summary>People recorded with sex X.</summary>
    public int Other { get; init; }
    /// <summary>People under justice among them (a count: never who).</summary>
    public int UnderJustice { get; init; }
    /// <summary>Enrolled and not withdrawn.</summary>
    public int Followed { get; init; }
    /// <summary>Sat the exam (passed or failed).</summary>
    public int SatExam { get; init; }
    /// <summary>Passed the exam.</summary>
    public int Passed { get; init; }
    /// <summary>Had a job no later than one month after the cohort's end.</summary>
    public int EmployedWithin1Month { get; init; }
    /// <summary>Had a job no later than six months after the cohort's end.</summary>
    public int EmployedWithin6Months { get; init; }

    /// <summary>Followed / enrolled (null when nobody enrolled).</summary>
    public decimal? FollowedRate => Rate(Followed, Enrolled);
    /// <summary>Sat the exam / followed.</summary>
    public decimal? SatExamRate => Rate(SatExam, Followed);
    /// <summary>Exam success among those who sat it: passed / sat.</summary>
    public decimal? ExamSuccessRate => Rate(Passed, SatExam);
    /// <summary>Employed within one month / enrolled.</summary>
    public decimal? EmployedWithin1MonthRate => Rate(EmployedWithin1Month, Enrolled);
    /// <summary>Employed within six months / enrolled.</summary>
    public decimal? EmployedWithin6MonthsRate => Rate(EmployedWithin6Months, Enrolled);

    /// <summary>The sum of two funnels (per site and year).</summary>
    public static FunnelCounts operator +(FunnelCounts a, FunnelCounts b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new()
        {
            Enrolled = a.Enrolled + b.Enrolled, Women = a.Women + b.Women, Men = a.Men + b.Men, Other = a.Other + b.Other,
            UnderJustice = a.UnderJustice + b.UnderJustice, Followed = a.Followed + b.Followed, SatExam = a.SatExam + b.SatExam,
            Passed = a.Passed + b.Passed, EmployedWithin1Month = a.EmployedWithin1Month + b.EmployedWithin1Month,
            EmployedWithin6Months = a.EmployedWithin6Months + b.EmployedWithin6Months,
        };
    }

    /// <summary>Named alternate of <c>+</c>.</summary>
    public FunnelCounts Add(FunnelCounts other) => this + other;

    private static decimal? Rate(int n, int d) => d == 0 ? null : (decimal)n / d;
}

/// <summary>The funnel of one cohort.</summary>
/// <param name="Cohort">The cohort.</param>
/// <param name="SiteId">Its site.</param>
/// <param name="Programme">Its programme.</param>
/// <param name="Start">First day.</param>
/// <param name="End">Last day.</param>
/// <param name="Counts">The counts.</param>
public sealed record CohortFunnel(Insertion.Abstractions.CohortId Cohort, string SiteId, Insertion.Abstractions.ProgrammeId Programme, DateOnly Start, DateOnly End, FunnelCounts Counts);

/// <summary>The funnel of a site for a year (cohorts that started that calendar year).</summary>
/// <param name="SiteId">The site.</param>
/// <param name="Year">Calendar year of the cohorts' start.</param>
/// <param name="Cohorts">How many cohorts.</param>
/// <param name="Counts">The summed counts.</param>
public sealed record SiteYearFunnel(string SiteId, int Year, int Cohorts, FunnelCounts Counts);

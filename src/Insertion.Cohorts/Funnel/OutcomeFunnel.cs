using Insertion.Abstractions;

namespace Insertion.Cohorts;

/// <summary>
/// Computes the outcome funnel from events only (enrolment, withdrawal, exam, outcome), the way
/// SCENARIOS.md defines it. Decisions on the edge cases (documented, tested):
/// <list type="bullet">
/// <item>A withdrawn person still counts in <c>enrolled</c> (and in women/men/underJustice), not in <c>followed</c>.</item>
/// <item>An exam result recorded before the person withdrew (the exam happened while they took part) still
/// counts in <c>satExam</c>/<c>passed</c>: events are facts and are never erased by a later event. The funnel is
/// then not strictly nested (satExam may count someone that followed does not).</item>
/// <item>A person sat the exam when one result is passed or failed (absent did not sit). With certification
/// blocks, a person passed when a whole-exam result is passed or every block has a passed result; resits
/// count once per person.</item>
/// <item>Employment counts every enrolled person (withdrawn included), once, when at least one outcome of kind
/// permanentJob, fixedTermJob6Months or shortJob is dated from the enrolment day up to one month after the
/// cohort's end (<c>LegalDates.MonthsAfter(end, 1)</c>, the day included; the day after does not count). Several
/// outcomes: the earliest qualifying one decides; a later one changes nothing.</item>
/// <item>Events of unknown cohorts, or exams of people not enrolled in the cohort, are ignored.</item>
/// </list>
/// </summary>
public static class OutcomeFunnel
{
    /// <summary>The funnel of each cohort opened in the events, in opening order.</summary>
    public static IReadOnlyList<CohortFunnel> PerCohort(IEnumerable<CohortEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var cohorts = new Dictionary<CohortId, CohortOpened>();
        var order = new List<CohortId>();
        var members = new Dictionary<CohortId, Dictionary<PersonId, PersonState>>();
        var outcomes = new Dictionary<PersonId, List<OutcomeRecorded>>();
        foreach (var e in events)
        {
            switch (e)
            {
                case CohortOpened o when cohorts.TryAdd(o.Cohort, o):
                    order.Add(o.Cohort);
                    members[o.Cohort] = [];
                    break;
                case PersonEnrolled en when members.TryGetValue(en.Cohort, out var m):
                    m.TryAdd(en.Person, new PersonState(en));
                    break;
                case PersonWithdrawn w when members.TryGetValue(w.Cohort, out var m) && m.TryGetValue(w.Person, out var p):
                    p.Withdrawn = true;
                    break;
                case ExamRecorded x when members.TryGetValue(x.Cohort, out var m) && m.TryGetValue(x.Person, out var p):
                    p.Exams.Add(x);
                    break;
                case OutcomeRecorded r:
                    if (!outcomes.TryGetValue(r.Person, out var list))
                    {
                        outcomes[r.Person] = list = [];
                    }
                    list.Add(r);
                    break;
            }
        }
        return order.Select(id => Compute(cohorts[id], members[id].Values, outcomes)).ToList();
    }

    /// <summary>The funnel per site and year (the calendar year of each cohort's start), ordered by site then year.</summary>
    public static IReadOnlyList<SiteYearFunnel> PerSiteAndYear(IEnumerable<CohortEvent> events) =>
        PerCohort(events)
            .GroupBy(f => (f.SiteId, f.Start.Year))
            .OrderBy(g => g.Key.SiteId, StringComparer.Ordinal).ThenBy(g => g.Key.Year)
            .Select(g => new SiteYearFunnel(g.Key.SiteId, g.Key.Year, g.Count(), g.Select(f => f.Counts).Aggregate(new FunnelCounts(), (a, b) => a + b)))
            .ToList();

    /// <summary>The last day an employment outcome counts as "within <paramref name="months"/> months" of a cohort ending on <paramref name="end"/>.</summary>
    public static DateOnly EmploymentDeadline(DateOnly end, int months) => LegalDates.MonthsAfter(end, months);

    private static CohortFunnel Compute(CohortOpened cohort, IEnumerable<PersonState> people, Dictionary<PersonId, List<OutcomeRecorded>> outcomes)
    {
        var within1 = EmploymentDeadline(cohort.End, 1);
        var within6 = EmploymentDeadline(cohort.End, 6);
        int enrolled = 0, women = 0, men = 0, other = 0, justice = 0, followed = 0, sat = 0, passed = 0, emp1 = 0, emp6 = 0;
        foreach (var p in people)
        {
            enrolled++;
            switch (p.Enrolment.Sex)
            {
                case Sex.F: women++; break;
                case Sex.M: men++; break;
                default: other++; break;
            }
            justice += p.Enrolment.UnderJustice ? 1 : 0;
            followed += p.Withdrawn ? 0 : 1;
            sat += p.Exams.Any(x => x is { Result: ExamResult.Passed or ExamResult.Failed }) ? 1 : 0;
            passed += Passed(p.Exams, cohort.CertificationBlocks) ? 1 : 0;
            var firstJob = outcomes.TryGetValue(p.Enrolment.Person, out var list)
                ? list.Where(o => o.Kind.IsEmployment() && o.OutcomeOn >= p.Enrolment.EnrolledOn)
                    .Select(o => (DateOnly?)o.OutcomeOn).Min()
                : null;
            emp1 += firstJob is { } j1 && j1 <= within1 ? 1 : 0;
            emp6 += firstJob is { } j6 && j6 <= within6 ? 1 : 0;
        }
        return new CohortFunnel(cohort.Cohort, cohort.SiteId, cohort.Programme, cohort.Start, cohort.End, new FunnelCounts
        {
            Enrolled = enrolled, Women = women, Men = men, Other = other, UnderJustice = justice, Followed = followed,
            SatExam = sat, Passed = passed, EmployedWithin1Month = emp1, EmployedWithin6Months = emp6,
        });
    }

    private static bool Passed(List<ExamRecorded> exams, IReadOnlyList<string> blocks)
    {
        if (exams.Any(x => x is { Block: null, Result: ExamResult.Passed }))
        {
            return true;
        }
        return blocks.Count > 0 && blocks.All(b => exams.Any(x => x is { Result: ExamResult.Passed } && string.Equals(x.Block, b, StringComparison.OrdinalIgnoreCase)));
    }

    private sealed class PersonState(PersonEnrolled enrolment)
    {
        public PersonEnrolled Enrolment { get; } = enrolment;
        public bool Withdrawn { get; set; }
        public List<ExamRecorded> Exams { get; } = [];
    }
}

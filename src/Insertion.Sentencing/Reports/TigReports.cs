using Ardalis.GuardClauses;
using Insertion.Abstractions;

namespace Insertion.Sentencing;

/// <summary>
/// Reports to the SPIP and the host: progress per measure, measures at risk, incidents,
/// unfinished measures at their deadline, end-of-measure attestation. Ids only.
/// </summary>
public sealed class TigReports(TigService tig, LegalParameters parameters)
{
    /// <summary>Progress of a measure on <paramref name="today"/>.</summary>
    public TigProgress Progress(MeasureId measure, DateOnly today) => tig.Locked(() => ProgressOf(tig.GetUnlocked(measure), today));

    /// <summary>Progress of every measure that is Active or Overdue.</summary>
    public IReadOnlyList<TigProgress> OpenProgress(DateOnly today) =>
        tig.Locked(() => tig.All().Where(m => m.IsOpen).Select(m => ProgressOf(m, today)).ToList());

    /// <summary>
    /// Measures at risk on <paramref name="today"/> (see <see cref="TigPace.IsAtRisk"/>): the pace
    /// needed is above the person's weekly availability (an input), or the deadline passed with
    /// hours left.
    /// </summary>
    public IReadOnlyList<TigProgress> AtRisk(DateOnly today, Func<PersonId, WorkMinutes?> weeklyAvailability)
    {
        Guard.Against.Null(weeklyAvailability);
        return tig.Locked(() => new MeasuresAtRiskSpecification(today, weeklyAvailability).Evaluate(tig.All())
            .Select(m => ProgressOf(m, today)).ToList());
    }

    /// <summary>Measures whose deadline passed before <paramref name="today"/> with hours left: each must be reported (DOMAIN.md §3).</summary>
    public IReadOnlyList<TigProgress> UnfinishedAtDeadline(DateOnly today) =>
        tig.Locked(() => tig.All().Where(m => m.IsUnfinishedAtDeadline(today)).Select(m => ProgressOf(m, today)).ToList());

    /// <summary>Incidents of every measure, optionally within a period, by date.</summary>
    public IReadOnlyList<TigIncidentLine> Incidents(DateRange? period = null) =>
        tig.Locked(() => tig.All()
            .SelectMany(m => m.Incidents.Select(i => new TigIncidentLine(m.Id, m.Person, i.On, i.Kind, i.Key)))
            .Where(l => period is not { } p || p.Contains(l.On))
            .OrderBy(l => l.On).ThenBy(l => l.Measure.Value, StringComparer.Ordinal)
            .ToList());

    /// <summary>The end-of-measure attestation (also usable during the measure, and for an unfinished one).</summary>
    public TigAttestation Attestation(MeasureId measure, DateOnly issuedOn) => tig.Locked(() =>
    {
        var m = tig.GetUnlocked(measure);
        var byMonth = new SortedDictionary<(int Year, int Month), (long Task, long Pedagogical)>();
        foreach (var e in m.Entries)
        {
            var k = (e.On.Year, e.On.Month);
            var (task, ped) = byMonth.GetValueOrDefault(k);
            byMonth[k] = e.Kind == TigEntryKind.Pedagogical ? (task, ped + e.Minutes.Minutes) : (task + e.Minutes.Minutes, ped);
        }
        return new TigAttestation
        {
            Measure = m.Id,
            Person = m.Person,
            Origin = m.Origin,
            HostStructure = m.HostStructure,
            Post = m.Post,
            SpipReferent = m.SpipReferent,
            Judge = m.Judge,
            Pronounced = m.Pronounced,
            From = m.From,
            InitialDeadline = m.InitialDeadline,
            Deadline = m.Deadline,
            State = m.State,
            Hours = m.Hours,
            Done = m.Done,
            Task = m.Task,
            Pedagogical = m.Pedagogical,
            Remaining = m.Remaining,
            CompletedOn = m.CompletedOn,
            UnfinishedAtDeadline = m.IsUnfinishedAtDeadline(issuedOn),
            ByMonth = byMonth.Where(kv => kv.Value != (0, 0))
                .Select(kv => new TigMonthHours(kv.Key.Year, kv.Key.Month, new WorkMinutes(kv.Value.Task), new WorkMinutes(kv.Value.Pedagogical))).ToList(),
            Suspensions = m.Suspensions.OrderBy(s => s.From).Select(s => new TigAttestationSuspension(s.From, s.To, s.Days, s.ByLaw)).ToList(),
            Incidents = m.Incidents.OrderBy(i => i.On).Select(i => new TigAttestationIncident(i.On, i.Kind)).ToList(),
            CourtDecisions = m.CourtDecisions,
            Overrides = parameters.Overrides.Where(o => o.Name.StartsWith("TIG.", StringComparison.OrdinalIgnoreCase)).ToList(),
            IssuedOn = issuedOn,
        };
    });

    private TigProgress ProgressOf(TigMeasure m, DateOnly today) => new(
        m.Id, m.Person, m.State, m.Hours, m.Done, m.Remaining, m.Pedagogical,
        m.Hours.Minutes == 0 ? 0 : decimal.Round((decimal)m.Pedagogical.Minutes / m.Hours.Minutes, 4),
        tig.ShareMax(m, today), m.Deadline, TigPace.DaysLeft(m, today), TigPace.NeededPerWeek(m, today),
        m.IsUnfinishedAtDeadline(today));
}

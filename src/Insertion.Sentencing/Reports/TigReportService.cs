using Ardalis.GuardClauses;
using Insertion.Abstractions;
using Microsoft.Extensions.Options;

namespace Insertion.Sentencing;

/// <summary>
/// Reports to the SPIP and the host: progress per measure, measures at risk, incidents,
/// unfinished measures at their deadline, deadlines coming, end-of-measure attestation. Ids only.
/// Scoped: every report loads the measures it reads from the store (progress lines their rows alone,
/// not their ledger entries). Each progress line and each
/// attestation lists the parameter overrides (site, host, scenario) that apply to its measure, with
/// their sources.
/// </summary>
public sealed class TigReportService(TigService tig, IOptions<SentencingOptions> options)
{
    /// <summary>Progress of a measure on <paramref name="today"/>.</summary>
    /// <exception cref="NotFoundException">The measure is unknown.</exception>
    public async Task<TigProgress> ProgressAsync(MeasureId measure, DateOnly today, CancellationToken cancellationToken = default) =>
        ProgressOf(await tig.GetAsync(measure, LedgerSlice.None, cancellationToken).ConfigureAwait(false), today);

    /// <summary>Progress of every measure that is Active or Overdue, soonest deadline first.</summary>
    public async Task<IReadOnlyList<TigProgress>> OpenProgressAsync(DateOnly today, CancellationToken cancellationToken = default) =>
        (await tig.ListAsync(WithoutEntries(new OpenMeasuresSpec()), cancellationToken).ConfigureAwait(false)).Select(m => ProgressOf(m, today)).ToList();

    /// <summary>
    /// Measures at risk on <paramref name="today"/> (see <see cref="TigPace.IsAtRisk"/>): the pace
    /// needed is above the person's weekly availability (an input), or the deadline passed with
    /// hours left. Soonest deadline first.
    /// </summary>
    public async Task<IReadOnlyList<TigProgress>> AtRiskAsync(DateOnly today, Func<PersonId, WorkMinutes?> weeklyAvailability, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(weeklyAvailability);
        return (await tig.ListAsync(WithoutEntries(new OpenMeasuresSpec()), cancellationToken).ConfigureAwait(false))
            .Where(m => TigPace.IsAtRisk(m, today, weeklyAvailability))
            .Select(m => ProgressOf(m, today)).ToList();
    }

    /// <summary>Measures whose deadline passed before <paramref name="today"/> with hours left: each must be reported (DOMAIN.md §3).</summary>
    public async Task<IReadOnlyList<TigProgress>> UnfinishedAtDeadlineAsync(DateOnly today, CancellationToken cancellationToken = default) =>
        (await tig.ListAsync(WithoutEntries(new OpenMeasuresSpec()), cancellationToken).ConfigureAwait(false))
            .Where(m => m.IsUnfinishedAtDeadline(today)).Select(m => ProgressOf(m, today)).ToList();

    /// <summary>Open measures with hours left whose deadline falls within <see cref="SentencingOptions.DeadlineWarningDays"/> of <paramref name="today"/>, soonest first.</summary>
    public async Task<IReadOnlyList<TigProgress>> DeadlineSoonAsync(DateOnly today, CancellationToken cancellationToken = default) =>
        (await tig.ListAsync(WithoutEntries(new DeadlineWithinSpec(today, options.Value.DeadlineWarningDays)), cancellationToken).ConfigureAwait(false))
            .Select(m => ProgressOf(m, today)).ToList();

    /// <summary>Incidents of every measure, optionally within a period, by date.</summary>
    public async Task<IReadOnlyList<TigIncidentLine>> IncidentsAsync(DateRange? period = null, CancellationToken cancellationToken = default) =>
        (await tig.ListAsync(null, cancellationToken).ConfigureAwait(false))
            .SelectMany(m => m.Incidents.Select(i => new TigIncidentLine(m.Id, m.Person, i.On, i.Kind, i.Key)))
            .Where(l => period is not { } p || p.Contains(l.On))
            .OrderBy(l => l.On).ThenBy(l => l.Measure.Value, StringComparer.Ordinal)
            .ToList();

    /// <summary>The end-of-measure attestation (also usable during the measure, and for an unfinished one).</summary>
    /// <exception cref="NotFoundException">The measure is unknown.</exception>
    public async Task<TigAttestation> AttestationAsync(MeasureId measure, DateOnly issuedOn, CancellationToken cancellationToken = default)
    {
        var m = await tig.GetAsync(measure, cancellationToken).ConfigureAwait(false);
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
            Overrides = tig.OverridesFor(m),
            IssuedOn = issuedOn,
        };
    }

    // Progress reads the measure's running values, not its entries: a database loads the rows alone.
    private static LedgerSliced<TigMeasure> WithoutEntries(Ardalis.Specification.ISpecification<TigMeasure> spec) => new(spec, LedgerSlice.None);

    private TigProgress ProgressOf(TigMeasure m, DateOnly today) => new(
        m.Id, m.Person, m.State, m.Hours, m.Done, m.Remaining, m.Pedagogical,
        m.Hours.Minutes == 0 ? 0 : decimal.Round((decimal)m.Pedagogical.Minutes / m.Hours.Minutes, 4),
        tig.Views.ShareMax(m, today), m.Deadline, TigPace.DaysLeft(m, today), TigPace.NeededPerWeek(m, today),
        m.IsUnfinishedAtDeadline(today))
    {
        Overrides = tig.OverridesFor(m),
    };
}

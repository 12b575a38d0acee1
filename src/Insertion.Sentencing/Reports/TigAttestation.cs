using System.Globalization;
using System.Text;
using Insertion.Abstractions;

namespace Insertion.Sentencing;

/// <summary>Hours of one calendar month, by kind.</summary>
/// <param name="Year">Year.</param>
/// <param name="Month">Month, 1 to 12.</param>
/// <param name="Task">Task hours (net of corrections).</param>
/// <param name="Pedagogical">Pedagogical hours (net of corrections).</param>
public sealed record TigMonthHours(int Year, int Month, WorkMinutes Task, WorkMinutes Pedagogical)
{
    /// <summary>Both kinds.</summary>
    public WorkMinutes Total => Task + Pedagogical;
}

/// <summary>A suspension as the attestation shows it: dates and legal basis, never the reason (it may be health data).</summary>
/// <param name="From">First day.</param>
/// <param name="To">Last day.</param>
/// <param name="Days">Days the deadline moved.</param>
/// <param name="ByLaw">By law (detention, home detention, national service) or by decision (C. pén. 131-22).</param>
public sealed record TigAttestationSuspension(DateOnly From, DateOnly To, int Days, bool ByLaw);

/// <summary>An incident as the attestation shows it: date and kind (no note).</summary>
/// <param name="On">The day.</param>
/// <param name="Kind">The kind.</param>
public sealed record TigAttestationIncident(DateOnly On, TigIncidentKind Kind);

/// <summary>
/// End-of-measure attestation for the SPIP (hours by kind and by month), as structured data;
/// <see cref="ToMarkdown"/> renders the document. Ids, not names; no health data (suspension
/// reasons and incident notes are left out); parameter overrides in force are listed.
/// An unfinished measure at its deadline is stated as such, with the hours left.
/// </summary>
public sealed record TigAttestation
{
    /// <summary>The measure.</summary>
    public required MeasureId Measure { get; init; }
    /// <summary>The TIGiste (opaque id).</summary>
    public required PersonId Person { get; init; }
    /// <summary>Sentence or conversion.</summary>
    public required TigOrigin Origin { get; init; }
    /// <summary>Host structure id.</summary>
    public string? HostStructure { get; init; }
    /// <summary>Post id.</summary>
    public string? Post { get; init; }
    /// <summary>SPIP referent id.</summary>
    public string? SpipReferent { get; init; }
    /// <summary>Judge reference.</summary>
    public string? Judge { get; init; }
    /// <summary>Date pronounced.</summary>
    public required DateOnly Pronounced { get; init; }
    /// <summary>Start of the time limit.</summary>
    public required DateOnly From { get; init; }
    /// <summary>Deadline as pronounced.</summary>
    public required DateOnly InitialDeadline { get; init; }
    /// <summary>Deadline as moved by suspensions.</summary>
    public required DateOnly Deadline { get; init; }
    /// <summary>State on the day of issue.</summary>
    public required TigState State { get; init; }
    /// <summary>Hours sentenced.</summary>
    public required WorkMinutes Hours { get; init; }
    /// <summary>Hours done.</summary>
    public required WorkMinutes Done { get; init; }
    /// <summary>Task hours done.</summary>
    public required WorkMinutes Task { get; init; }
    /// <summary>Pedagogical hours done.</summary>
    public required WorkMinutes Pedagogical { get; init; }
    /// <summary>Hours left.</summary>
    public required WorkMinutes Remaining { get; init; }
    /// <summary>Day the hours were completed.</summary>
    public DateOnly? CompletedOn { get; init; }
    /// <summary>The deadline passed with hours left.</summary>
    public required bool UnfinishedAtDeadline { get; init; }
    /// <summary>Hours by month and kind, oldest first (months with entries only).</summary>
    public required IReadOnlyList<TigMonthHours> ByMonth { get; init; }
    /// <summary>Suspensions of the time limit.</summary>
    public required IReadOnlyList<TigAttestationSuspension> Suspensions { get; init; }
    /// <summary>Incidents.</summary>
    public required IReadOnlyList<TigAttestationIncident> Incidents { get; init; }
    /// <summary>Court decisions.</summary>
    public required IReadOnlyList<TigCourtDecision> CourtDecisions { get; init; }
    /// <summary>Parameter overrides in force (never silent).</summary>
    public required IReadOnlyList<ParameterOverride> Overrides { get; init; }
    /// <summary>Day of issue.</summary>
    public required DateOnly IssuedOn { get; init; }

    /// <summary>The document sent to the SPIP, in Markdown (French, as the SPIP reads it).</summary>
    public string ToMarkdown()
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(inv, $"# Attestation d'exécution — travail d'intérêt général {Measure}");
        sb.AppendLine();
        sb.AppendLine(inv, $"- Personne : {Person}");
        sb.AppendLine(inv, $"- Origine : {(Origin == TigOrigin.Conversion ? "conversion (CPP 747-1)" : "peine prononcée (C. pén. 131-8)")}");
        sb.AppendLine(inv, $"- Prononcée le : {D(Pronounced)}");
        sb.AppendLine(inv, $"- Structure d'accueil : {HostStructure ?? "—"} ; poste : {Post ?? "—"}");
        sb.AppendLine(inv, $"- Référent SPIP : {SpipReferent ?? "—"} ; magistrat : {Judge ?? "—"}");
        sb.AppendLine(inv, $"- Délai d'exécution : du {D(From)} au {D(InitialDeadline)}{(Deadline != InitialDeadline ? $", reporté au {D(Deadline)} par suspension (C. pén. 131-22)" : "")}");
        sb.AppendLine();
        sb.AppendLine("## Heures");
        sb.AppendLine();
        sb.AppendLine("| | heures |");
        sb.AppendLine("|---|---:|");
        sb.AppendLine(inv, $"| prononcées | {H(Hours)} |");
        sb.AppendLine(inv, $"| effectuées | {H(Done)} |");
        sb.AppendLine(inv, $"| dont tâche | {H(Task)} |");
        sb.AppendLine(inv, $"| dont pédagogiques (SOA) | {H(Pedagogical)} |");
        sb.AppendLine(inv, $"| restantes | {H(Remaining)} |");
        sb.AppendLine();
        if (ByMonth.Count > 0)
        {
            sb.AppendLine("## Heures par mois");
            sb.AppendLine();
            sb.AppendLine("| mois | tâche | pédagogiques | total |");
            sb.AppendLine("|---|---:|---:|---:|");
            foreach (var m in ByMonth)
            {
                sb.AppendLine(inv, $"| {m.Year:D4}-{m.Month:D2} | {H(m.Task)} | {H(m.Pedagogical)} | {H(m.Total)} |");
            }
            sb.AppendLine();
        }
        if (Suspensions.Count > 0)
        {
            sb.AppendLine("## Suspensions du délai");
            sb.AppendLine();
            foreach (var s in Suspensions)
            {
                sb.AppendLine(inv, $"- du {D(s.From)} au {D(s.To)} ({s.Days} jours), {(s.ByLaw ? "de plein droit" : "par décision")}");
            }
            sb.AppendLine();
        }
        if (Incidents.Count > 0)
        {
            sb.AppendLine("## Incidents");
            sb.AppendLine();
            foreach (var i in Incidents)
            {
                sb.AppendLine(inv, $"- {D(i.On)} : {IncidentWord(i.Kind)}");
            }
            sb.AppendLine();
        }
        foreach (var d in CourtDecisions)
        {
            sb.AppendLine(inv, $"Décision du {D(d.On)} ({d.Reference}) : {(d.Kind == TigCourtDecisionKind.Cancellation ? "fin de la mesure" : "conversion de la mesure")}.");
            sb.AppendLine();
        }
        sb.AppendLine("## Conclusion");
        sb.AppendLine();
        if (State == TigState.Completed)
        {
            sb.AppendLine(inv, $"Le travail d'intérêt général a été entièrement exécuté le {D(CompletedOn ?? IssuedOn)}.");
        }
        else if (UnfinishedAtDeadline)
        {
            sb.AppendLine(inv, $"**Mesure non achevée au terme du délai ({D(Deadline)}) : {H(Remaining)} restent à effectuer.**");
        }
        else
        {
            sb.AppendLine(inv, $"Mesure en cours ({State}) : {H(Remaining)} restent à effectuer avant le {D(Deadline)}.");
        }
        if (Overrides.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine("Paramètres modifiés : " + string.Join(" ; ", Overrides.Select(o => $"{o.Name} = {o.Value} (au lieu de {o.DefaultValue}, par {o.By})")));
        }
        sb.AppendLine();
        sb.AppendLine(inv, $"Établie le {D(IssuedOn)}.");
        return sb.ToString();
    }

    private static string D(DateOnly d) => IsoDates.Format(d);

    private static string H(WorkMinutes m)
    {
        var sign = m.Minutes < 0 ? "-" : "";
        var abs = Math.Abs(m.Minutes);
        return abs % 60 == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{sign}{abs / 60} h")
            : string.Create(CultureInfo.InvariantCulture, $"{sign}{abs / 60} h {abs % 60:D2}");
    }

    private static string IncidentWord(TigIncidentKind kind) => kind switch
    {
        TigIncidentKind.Absence => "absence",
        TigIncidentKind.Refusal => "refus",
        _ => "autre incident",
    };
}

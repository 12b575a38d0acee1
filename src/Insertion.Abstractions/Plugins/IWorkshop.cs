namespace Insertion.Abstractions;

/// <summary>
/// A workshop plugin: a trade taught in production (Îlot Gourmand, Auto Bleue, …). Registered with
/// <c>builder.AddWorkshop&lt;T&gt;()</c>. Plugins never see justice or health data.
/// </summary>
public interface IWorkshop
{
    /// <summary>Stable id used in files and APIs (e.g. <c>ilot-gourmand</c>).</summary>
    string Id { get; }

    /// <summary>Name shown to people.</summary>
    string DisplayName { get; }

    /// <summary>The trade taught.</summary>
    string Trade { get; }

    /// <summary>ROME codes of the trade (e.g. G1603).</summary>
    IReadOnlyList<string> RomeCodes { get; }

    /// <summary>The certification prepared (e.g. titre professionnel agent de restauration collective).</summary>
    string Certification { get; }

    /// <summary>How many people the workshop takes in production at once.</summary>
    int Capacity { get; }

    /// <summary>The certification in detail, with its skill blocks (CCP); null when the plugin does not say.</summary>
    CertificationDefinition? CertificationDetails => null;

    /// <summary>Inductions a person completes before production (food hygiene, workshop safety).</summary>
    IReadOnlyList<WorkshopInduction> Inductions => [];

    /// <summary>Equipment of limited capacity (lifts, booths) that bounds how many people work at once.</summary>
    IReadOnlyList<WorkshopResource> Resources => [];

    /// <summary>
    /// People production needs month by month (seasonal workload); empty when the need is the
    /// same all year (<see cref="Capacity"/>). See <see cref="PeopleNeededIn(int)"/>.
    /// </summary>
    IReadOnlyList<MonthlyProductionNeed> ProductionNeeds => [];

    /// <summary>Days of the week the workshop produces (a kitchen's service days); Monday to Friday by default.</summary>
    IReadOnlyList<DayOfWeek> ProductionDays => [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    /// <summary>Whether part of the work can be remote (none by default).</summary>
    RemoteWorkPolicy RemoteWork => RemoteWorkPolicy.None;

    /// <summary>Tasks of common utility the workshop can host for TIG (none by default).</summary>
    IReadOnlyList<TigTask> TigTasks => [];

    /// <summary>People production needs in <paramref name="month"/> (1 to 12): the month's entry of <see cref="ProductionNeeds"/>, else <see cref="Capacity"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is not 1 to 12.</exception>
    int PeopleNeededIn(int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        foreach (var need in ProductionNeeds)
        {
            if (need.Month == month)
            {
                return need.People;
            }
        }
        return Capacity;
    }

    /// <summary>True when <paramref name="date"/> falls on one of the <see cref="ProductionDays"/> of a month with a production need.</summary>
    bool ProducesOn(DateOnly date) => ProductionDays.Contains(date.DayOfWeek) && PeopleNeededIn(date.Month) > 0;
}

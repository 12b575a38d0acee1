using Insertion.Abstractions;

namespace Insertion.Cohorts;

/// <summary>
/// A person's place in a cohort, as everyone may see it. Whether the person is under justice is
/// NOT here: the Cohorts module keeps it apart and reports it only as counts (DOMAIN.md §5), or
/// to a host that granted itself access (<see cref="CohortsOptions.JusticeDataPurposes"/>).
/// </summary>
public sealed record CohortMember
{
    internal CohortMember(PersonId person, DateOnly enrolledOn, Sex sex, AgeBand ageBand, bool underJustice)
    {
        Person = person;
        EnrolledOn = enrolledOn;
        Sex = sex;
        AgeBand = ageBand;
        UnderJustice = underJustice;
    }

    /// <summary>The person.</summary>
    public PersonId Person { get; }

    /// <summary>Enrolment day.</summary>
    public DateOnly EnrolledOn { get; }

    /// <summary>Sex as recorded (mixity).</summary>
    public Sex Sex { get; }

    /// <summary>Age band on the enrolment day (mixity).</summary>
    public AgeBand AgeBand { get; }

    /// <summary>Withdrawal day, or null.</summary>
    public DateOnly? WithdrawnOn { get; internal init; }

    /// <summary>Withdrawal reason, free text as given.</summary>
    public string? WithdrawalReason { get; internal init; }

    /// <summary>Justice data: internal to the module.</summary>
    internal bool UnderJustice { get; }

    /// <summary>Whether the person has withdrawn.</summary>
    public bool Withdrawn => WithdrawnOn is not null;

    /// <summary>Whether the person takes part in the cohort on <paramref name="day"/> (enrolled on or before it, not withdrawn on or before it).</summary>
    public bool IsMemberOn(DateOnly day) => EnrolledOn <= day && (WithdrawnOn is null || day < WithdrawnOn.Value);

    /// <summary>The days the person takes part within the cohort's period, or null when none.</summary>
    internal DateRange? Participation(DateRange cohortPeriod)
    {
        // Stryker disable once Equality : on equal days both branches give the same day
        var from = EnrolledOn > cohortPeriod.Start ? EnrolledOn : cohortPeriod.Start;
        // Stryker disable once Equality : on equal days both branches give the same day
        var to = WithdrawnOn is { } w && w.AddDays(-1) < cohortPeriod.End ? w.AddDays(-1) : cohortPeriod.End;
        return from <= to ? new DateRange(from, to) : null;
    }
}

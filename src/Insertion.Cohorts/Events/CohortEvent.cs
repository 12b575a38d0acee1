using Insertion.Abstractions;

namespace Insertion.Cohorts;

/// <summary>
/// Something that happened to a cohort or to a person's path, as the module records it
/// (append-only). The outcome funnel is computed from these events only.
/// </summary>
public abstract record CohortEvent
{
    /// <summary>The day it happened.</summary>
    public abstract DateOnly On { get; }
}

/// <summary>A cohort opened.</summary>
/// <param name="Cohort">The cohort.</param>
/// <param name="Programme">Its programme's id.</param>
/// <param name="SiteId">The site that runs it.</param>
/// <param name="Start">First day.</param>
/// <param name="End">Last day (start plus the programme's length, date à date).</param>
/// <param name="CertificationBlocks">The programme's certification blocks (empty: exam taken as a whole).</param>
public sealed record CohortOpened(CohortId Cohort, ProgrammeId Programme, string SiteId, DateOnly Start, DateOnly End, IReadOnlyList<string> CertificationBlocks) : CohortEvent
{
    /// <inheritdoc />
    public override DateOnly On => Start;
}

/// <summary>
/// A person enrolled. Whether the person is under justice is given when the event is built (an
/// explicit input) but cannot be read back from outside the module: it only ever comes out as counts.
/// </summary>
public sealed record PersonEnrolled : CohortEvent
{
    /// <summary>Creates the event; <paramref name="underJustice"/> is justice data (write-only from outside the module).</summary>
    public PersonEnrolled(CohortId cohort, PersonId person, DateOnly on, Sex sex, AgeBand ageBand, bool underJustice)
    {
        Cohort = cohort;
        Person = person;
        EnrolledOn = on;
        Sex = sex;
        AgeBand = ageBand;
        UnderJustice = underJustice;
    }

    /// <summary>The cohort.</summary>
    public CohortId Cohort { get; }

    /// <summary>The person.</summary>
    public PersonId Person { get; }

    /// <summary>Enrolment day.</summary>
    public DateOnly EnrolledOn { get; }

    /// <inheritdoc />
    public override DateOnly On => EnrolledOn;

    /// <summary>Sex as recorded.</summary>
    public Sex Sex { get; }

    /// <summary>Age band on the enrolment day.</summary>
    public AgeBand AgeBand { get; }

    internal bool UnderJustice { get; }
}

/// <summary>A person withdrew; the reason is free text, as given.</summary>
/// <param name="Cohort">The cohort.</param>
/// <param name="Person">The person.</param>
/// <param name="WithdrawnOn">Withdrawal day.</param>
/// <param name="Reason">Reason as given.</param>
public sealed record PersonWithdrawn(CohortId Cohort, PersonId Person, DateOnly WithdrawnOn, string Reason) : CohortEvent
{
    /// <inheritdoc />
    public override DateOnly On => WithdrawnOn;
}

/// <summary>An exam result (whole exam, or one certification block).</summary>
/// <param name="Cohort">The cohort.</param>
/// <param name="Person">The person.</param>
/// <param name="ExamOn">Exam day.</param>
/// <param name="Result">Passed, failed or absent.</param>
/// <param name="Block">Certification block, or null for the whole exam.</param>
public sealed record ExamRecorded(CohortId Cohort, PersonId Person, DateOnly ExamOn, ExamResult Result, string? Block) : CohortEvent
{
    /// <inheritdoc />
    public override DateOnly On => ExamOn;
}

/// <summary>What a person did after (or during) a cohort: a job, a training, nothing.</summary>
/// <param name="Person">The person.</param>
/// <param name="OutcomeOn">Day of the outcome (e.g. the job's first day).</param>
/// <param name="Kind">What it is.</param>
public sealed record OutcomeRecorded(PersonId Person, DateOnly OutcomeOn, OutcomeKind Kind) : CohortEvent
{
    /// <inheritdoc />
    public override DateOnly On => OutcomeOn;
}

/// <summary>A cohort closed.</summary>
/// <param name="Cohort">The cohort.</param>
/// <param name="ClosedOn">Day it closed.</param>
public sealed record CohortClosed(CohortId Cohort, DateOnly ClosedOn) : CohortEvent
{
    /// <inheritdoc />
    public override DateOnly On => ClosedOn;
}

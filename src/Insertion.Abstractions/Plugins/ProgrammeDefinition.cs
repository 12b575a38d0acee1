namespace Insertion.Abstractions;

/// <summary>
/// A programme a site offers (e.g. <c>aqi-amiens</c>), as the site plugin describes it. The
/// Cohorts module runs cohorts of it.
/// </summary>
public sealed record ProgrammeDefinition
{
    /// <summary>Stable id (e.g. <c>aqi-amiens</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Name shown to people.</summary>
    public required string Name { get; init; }

    /// <summary>Length of a cohort, in months counted date à date from its start.</summary>
    public required int LengthMonths { get; init; }

    /// <summary>Length of the CDDI the programme hires on, in months (Amiens: 8).</summary>
    public int? CddiMonths { get; init; }

    /// <summary>Trial period of that CDDI, in months (Amiens: 1).</summary>
    public int? CddiTrialMonths { get; init; }

    /// <summary>People a cohort takes.</summary>
    public required int Capacity { get; init; }

    /// <summary>Promotions opened per year (Amiens: 3).</summary>
    public int PromotionsPerYear { get; init; } = 1;

    /// <summary>Shortest in-company placement, in weeks.</summary>
    public int PlacementMinWeeks { get; init; }

    /// <summary>Longest in-company placement, in weeks.</summary>
    public int PlacementMaxWeeks { get; init; }

    /// <summary>The weekly rotation, repeated outside placement and exam weeks.</summary>
    public IReadOnlyList<ActivityKind> Rotation { get; init; } = [];

    /// <summary>Where each activity happens (location id of the site).</summary>
    public IReadOnlyDictionary<ActivityKind, string> LocationOf { get; init; } = new Dictionary<ActivityKind, string>();

    /// <summary>Workshop the programme trains in (e.g. <c>ilot-gourmand</c>).</summary>
    public string? WorkshopId { get; init; }

    /// <summary>The certification it leads to.</summary>
    public string? Certification { get; init; }

    /// <summary>Days after the start during which people may still enrol.</summary>
    public int EntryWindowDays { get; init; } = 31;

    /// <summary>
    /// Certification blocks (CCP, certificats de compétences professionnelles) of the titre
    /// professionnel the programme leads to, by id (e.g. <c>ccp1</c>). Empty: the exam is taken as
    /// a whole. Where there are blocks, results may be recorded per block.
    /// </summary>
    public IReadOnlyList<string> CertificationBlocks { get; init; } = [];

    /// <summary>The programme's mixity target (shares it aims at), or null when it sets none.</summary>
    public MixityTarget? Mixity { get; init; }

    /// <summary>
    /// Weeks of the cohort, counted from its first working week, before which the in-company
    /// placement may not start (default 0: the planner chooses; it prefers the latest position,
    /// ending just before the exam).
    /// </summary>
    public int PlacementEarliestWeek { get; init; }

    /// <summary>Whether the cohort's last working week is the exam week (default true when a certification is set).</summary>
    public bool? ExamInLastWeek { get; init; }

    /// <summary>Daily hours of the programme's activities (start), used against people's time windows. Default 09:00.</summary>
    public TimeOnly DayStartsAt { get; init; } = new(9, 0);

    /// <summary>Daily hours of the programme's activities (end). Default 16:30.</summary>
    public TimeOnly DayEndsAt { get; init; } = new(16, 30);
}

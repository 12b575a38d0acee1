namespace Insertion.Abstractions;

/// <summary>What a cohort does in a week of its alternance.</summary>
public enum ActivityKind
{
    /// <summary>Practical training in a workshop kitchen or garage.</summary>
    PracticalTraining,
    /// <summary>Theory in the training centre.</summary>
    Theory,
    /// <summary>Production in the insertion workshop.</summary>
    Production,
    /// <summary>Collective workshop (job search, savoir-être).</summary>
    CollectiveWorkshop,
    /// <summary>In-company placement (PMSMP or stage).</summary>
    CompanyPlacement,
    /// <summary>Exam (titre professionnel).</summary>
    Exam,
    /// <summary>Safety induction, required before a first access to some workshops (lifts, kitchen equipment).</summary>
    SafetyInduction,
}

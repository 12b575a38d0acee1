namespace Insertion.Contracts;

/// <summary>The reporting categories of exits (DOMAIN.md §2, "Exits").</summary>
public enum ExitCategory
{
    /// <summary>CDI, CDD or temporary work of 6 months or more, business creation.</summary>
    DurableEmployment,

    /// <summary>CDD or temporary work of less than 6 months, contrat aidé.</summary>
    TransitionalEmployment,

    /// <summary>Training, another IAE structure.</summary>
    PositiveExit,

    /// <summary>End of contract with no solution, unknown, other.</summary>
    Other,
}

using System.ComponentModel.DataAnnotations;

namespace Insertion.Workshops.AgrIlot;

/// <summary>
/// Options of the Agr'Îlot market garden, bound from the configuration section
/// <c>Insertion:Workshops:agr-ilot</c> and validated at start.
/// </summary>
public sealed class AgrIlotOptions : IValidatableObject
{
    /// <summary>People in production at the height of the season (default 12).</summary>
    [Range(1, 40)]
    public int Capacity { get; set; } = 12;

    /// <summary>
    /// People needed in each month, January to December (12 numbers, each at most
    /// <see cref="Capacity"/>); null means the default season of <see cref="AgrIlotWorkshop.DefaultSeason"/>.
    /// </summary>
    public int[]? PeopleNeededByMonth { get; set; }

    /// <summary>Length of the safety induction (tools, machines, handling), in hours (default 7, a house default).</summary>
    [Range(1, 35)]
    public int SafetyInductionHours { get; set; } = 7;

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PeopleNeededByMonth is null)
        {
            yield break;
        }
        if (PeopleNeededByMonth.Length != 12)
        {
            yield return new ValidationResult(
                $"PeopleNeededByMonth must give 12 months, January to December; it gives {PeopleNeededByMonth.Length}.",
                [nameof(PeopleNeededByMonth)]);
        }
        if (PeopleNeededByMonth.Any(p => p < 0 || p > Capacity))
        {
            yield return new ValidationResult(
                $"PeopleNeededByMonth must be between 0 and the capacity ({Capacity}) each month.",
                [nameof(PeopleNeededByMonth)]);
        }
    }
}

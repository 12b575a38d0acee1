using System.ComponentModel.DataAnnotations;

namespace Insertion.Workshops.IlotGourmand;

/// <summary>
/// Options of the Îlot Gourmand kitchen, bound from the configuration section
/// <c>Insertion:Workshops:ilot-gourmand</c> and validated at start.
/// </summary>
public sealed class IlotGourmandOptions : IValidatableObject
{
    /// <summary>People in production at once (default 15, the size of an AQI promotion).</summary>
    [Range(1, 40)]
    public int Capacity { get; set; } = 15;

    /// <summary>Service days of the kitchen; null means Monday to Friday.</summary>
    public DayOfWeek[]? ServiceDays { get; set; }

    /// <summary>Months (1 to 12) without service (e.g. a summer closure); null means none.</summary>
    public int[]? ClosedMonths { get; set; }

    /// <summary>Length of the food hygiene induction, in hours (default 14, see <see cref="IlotGourmandWorkshop"/>).</summary>
    [Range(1, 35)]
    public int FoodHygieneInductionHours { get; set; } = 14;

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ServiceDays is { Length: 0 })
        {
            yield return new ValidationResult("ServiceDays lists no day: leave it out for Monday to Friday.", [nameof(ServiceDays)]);
        }
        if (ServiceDays is not null && ServiceDays.Distinct().Count() != ServiceDays.Length)
        {
            yield return new ValidationResult("ServiceDays lists a day twice.", [nameof(ServiceDays)]);
        }
        if (ClosedMonths is not null && ClosedMonths.Any(m => m is < 1 or > 12))
        {
            yield return new ValidationResult("ClosedMonths must be months 1 to 12.", [nameof(ClosedMonths)]);
        }
        if (ClosedMonths is not null && ClosedMonths.Distinct().Count() == 12)
        {
            yield return new ValidationResult("ClosedMonths closes every month: the kitchen would never serve.", [nameof(ClosedMonths)]);
        }
    }
}

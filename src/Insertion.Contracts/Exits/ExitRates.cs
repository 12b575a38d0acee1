using Insertion.Abstractions;

namespace Insertion.Contracts;

/// <summary>
/// Exit counts and rates of one workshop (or of the structure, <see cref="Workshop"/> null) in a
/// year. Rates are exact fractions of <see cref="Exits"/> (0 to 1, not rounded); all 0 when there is no exit.
/// </summary>
/// <param name="Workshop">The workshop, or null for the whole structure.</param>
/// <param name="Exits">Number of exits.</param>
/// <param name="Durable">Exits to durable employment.</param>
/// <param name="Transitional">Exits to transitional employment.</param>
/// <param name="Positive">Positive exits.</param>
/// <param name="Other">Other exits.</param>
public sealed record ExitRates(WorkshopId? Workshop, int Exits, int Durable, int Transitional, int Positive, int Other)
{
    /// <summary>Durable / exits.</summary>
    public decimal DurableRate => Rate(Durable);

    /// <summary>Transitional / exits.</summary>
    public decimal TransitionalRate => Rate(Transitional);

    /// <summary>Positive / exits.</summary>
    public decimal PositiveRate => Rate(Positive);

    /// <summary>Other / exits.</summary>
    public decimal OtherRate => Rate(Other);

    /// <summary>Dynamic exits (durable + transitional + positive) / exits: the rate the State's agreements target.</summary>
    public decimal DynamicRate => Rate(Durable + Transitional + Positive);

    /// <summary>Exits to employment (durable + transitional) / exits.</summary>
    public decimal EmploymentRate => Rate(Durable + Transitional);

    /// <summary>The count of one category.</summary>
    public int CountOf(ExitCategory category) => category switch
    {
        ExitCategory.DurableEmployment => Durable,
        ExitCategory.TransitionalEmployment => Transitional,
        ExitCategory.PositiveExit => Positive,
        ExitCategory.Other => Other,
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Unknown category."),
    };

    private decimal Rate(int count) => Exits == 0 ? 0m : (decimal)count / Exits;

    /// <summary>Counts the exits of one group.</summary>
    public static ExitRates Of(WorkshopId? workshop, IEnumerable<ContractExit> exits)
    {
        ArgumentNullException.ThrowIfNull(exits);
        int total = 0, durable = 0, transitional = 0, positive = 0, other = 0;
        foreach (var e in exits)
        {
            total++;
            switch (e.Category)
            {
                case ExitCategory.DurableEmployment: durable++; break;
                case ExitCategory.TransitionalEmployment: transitional++; break;
                case ExitCategory.PositiveExit: positive++; break;
                default: other++; break;
            }
        }
        return new ExitRates(workshop, total, durable, transitional, positive, other);
    }
}

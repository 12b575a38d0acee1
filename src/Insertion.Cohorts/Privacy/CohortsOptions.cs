using System.ComponentModel.DataAnnotations;

namespace Insertion.Cohorts;

/// <summary>
/// Options of the Cohorts module (<c>AddCohorts(o => …)</c>, or the configuration section
/// <c>Insertion:Cohorts</c>), validated when the host starts. Justice data (whether a person is under
/// justice) is taken at enrolment and kept inside the module (DOMAIN.md §5); it comes out only as counts,
/// unless the HOST grants itself access for a named purpose here (never a plugin: plugins receive
/// programme definitions and plans, which carry no justice data). Each disclosure is stored as a
/// <see cref="JusticeDisclosure"/> (purpose, cohort, count; never who).
/// </summary>
public sealed class CohortsOptions : IValidatableObject
{
    /// <summary>The configuration section the options are bound from when the host has a configuration.</summary>
    public const string Section = "Insertion:Cohorts";

    /// <summary>The purposes for which the host may list the people under justice of a cohort (e.g. "SPIP attendance report").</summary>
    public IList<string> JusticeDataPurposes { get; set; } = [];

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (JusticeDataPurposes is null)
        {
            yield return new ValidationResult("JusticeDataPurposes may be empty but not null.", [nameof(JusticeDataPurposes)]);
            yield break;
        }
        if (JusticeDataPurposes.Any(string.IsNullOrWhiteSpace))
        {
            yield return new ValidationResult("A justice-data purpose names what the data is for; a blank one is not a purpose.", [nameof(JusticeDataPurposes)]);
        }
    }
}

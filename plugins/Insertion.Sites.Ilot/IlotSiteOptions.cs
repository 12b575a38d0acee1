using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Insertion.Abstractions;

namespace Insertion.Sites.Ilot;

/// <summary>
/// Options of one of the association's sites (named options, one per site id), bound from the
/// configuration section <c>Insertion:Sites:&lt;site id&gt;</c> and validated at start.
/// </summary>
public class IlotSiteOptions : IValidatableObject
{
    /// <summary>The name of the TIG pédagogique share parameter (DOMAIN.md §3; default 50 %).</summary>
    public const string PedagogicalShareMaxParameter = "TIG.PedagogicalShareMax";

    /// <summary>Region of the site, for its public holidays (default metropolitan France).</summary>
    public FrenchRegion Region { get; set; } = FrenchRegion.Metropolitan;

    /// <summary>Site closures (e.g. the summer closure), added to the public holidays; null means none.</summary>
    public SiteClosureOptions[]? Closures { get; set; }

    /// <summary>
    /// Parameters the site sets for itself. Each one needs a reason and is listed in
    /// <see cref="ISite.ParameterOverrides"/> (reports list them): never silent. An override of
    /// <c>TIG.PedagogicalShareMax</c> (0 to 1) also sets the cap of the site's SOA programmes.
    /// </summary>
    public ParameterOverrideOptions[]? ParameterOverrides { get; set; }

    /// <inheritdoc />
    public virtual IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (closure, i) in (Closures ?? []).Select((c, i) => (c, i)))
        {
            if (closure is null || closure.To < closure.From)
            {
                yield return new ValidationResult($"Closures[{i}]: 'To' must be on or after 'From'.", [nameof(Closures)]);
            }
        }
        var overrides = ParameterOverrides ?? [];
        foreach (var (o, i) in overrides.Select((o, i) => (o, i)))
        {
            if (o is null || string.IsNullOrWhiteSpace(o.Name) || string.IsNullOrWhiteSpace(o.Value) || string.IsNullOrWhiteSpace(o.Reason))
            {
                yield return new ValidationResult(
                    $"ParameterOverrides[{i}]: Name, Value and Reason are all required (an override is never silent).",
                    [nameof(ParameterOverrides)]);
                continue;
            }
            if (string.Equals(o.Name, PedagogicalShareMaxParameter, StringComparison.OrdinalIgnoreCase)
                && !(decimal.TryParse(o.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var share) && share is >= 0m and <= 1m))
            {
                yield return new ValidationResult(
                    $"ParameterOverrides[{i}]: {PedagogicalShareMaxParameter} must be a number from 0 to 1 (e.g. 0.4), not '{o.Value}'.",
                    [nameof(ParameterOverrides)]);
            }
        }
        var duplicate = overrides.Where(o => o?.Name is not null)
            .GroupBy(o => o.Name, StringComparer.OrdinalIgnoreCase)
            .FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            yield return new ValidationResult($"ParameterOverrides sets '{duplicate.Key}' twice.", [nameof(ParameterOverrides)]);
        }
    }
}

/// <summary>A site closure, both days included.</summary>
public sealed class SiteClosureOptions
{
    /// <summary>First day closed.</summary>
    public DateOnly From { get; set; }

    /// <summary>Last day closed.</summary>
    public DateOnly To { get; set; }
}

/// <summary>A parameter a site sets for itself, with its reason.</summary>
public sealed class ParameterOverrideOptions
{
    /// <summary>Parameter name (e.g. <c>TIG.PedagogicalShareMax</c>).</summary>
    public string? Name { get; set; }

    /// <summary>Value as text (invariant culture: <c>0.4</c>).</summary>
    public string? Value { get; set; }

    /// <summary>Why the site sets it (shown in reports).</summary>
    public string? Reason { get; set; }
}

namespace Insertion.Abstractions;

/// <summary>A parameter a site sets for itself: explicit, and listed in reports.</summary>
/// <param name="Name">Parameter name (e.g. <c>TIG.PedagogicalShareMax</c>).</param>
/// <param name="Value">Value as text, parsed to the parameter's type.</param>
/// <param name="Reason">Why the site sets it.</param>
public sealed record SiteParameterOverride(string Name, string Value, string Reason);

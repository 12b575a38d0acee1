using System.ComponentModel.DataAnnotations;

namespace Insertion.Contracts;

/// <summary>
/// Options of the Contracts module (<c>builder.AddContracts(o =&gt; …)</c>), bound and validated at
/// start. Plain settable properties; no behaviour.
/// </summary>
public sealed class ContractsOptions
{
    /// <summary>
    /// The registered site (<see cref="ISite.Id"/>) whose parameter overrides apply to the contracts
    /// of this host (e.g. a site that lowers <c>Hours.DailyMaxHours</c>); null (the default): the
    /// host's parameters as they are.
    /// </summary>
    [StringLength(100, MinimumLength = 1)]
    public string? Site { get; set; }
}

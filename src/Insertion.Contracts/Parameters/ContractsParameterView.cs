namespace Insertion.Contracts;

/// <summary>
/// The parameters the Contracts services decide with: the site view (<see cref="LegalParameters.For"/>)
/// of <see cref="ContractsOptions.Site"/> when one is set, the host's view otherwise. Built once.
/// </summary>
public sealed class ContractsParameterView
{
    /// <summary>Resolves the view.</summary>
    /// <exception cref="UnknownPluginException">The options name a site that is not registered.</exception>
    public ContractsParameterView(LegalParameters parameters, SiteRegistry sites, ContractsOptions options)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(sites);
        ArgumentNullException.ThrowIfNull(options);
        Parameters = options.Site is { } site ? parameters.For(sites.Get(site)) : parameters;
    }

    /// <summary>The view.</summary>
    public LegalParameters Parameters { get; }
}

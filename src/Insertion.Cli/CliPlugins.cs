using Insertion.Abstractions;
using Insertion.Sites.Ilot;
using Insertion.Workshops.AgrIlot;
using Insertion.Workshops.AutoBleue;
using Insertion.Workshops.EtapWeb;
using Insertion.Workshops.IlotGourmand;

namespace Insertion.Cli;

/// <summary>The plugins the command registers: the association's four workshops and its sites.</summary>
public static class CliPlugins
{
    /// <summary>Registers the workshops and sites.</summary>
    public static void Configure(IInsertionBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddWorkshop<IlotGourmandWorkshop>()
            .AddWorkshop<AutoBleueWorkshop>()
            .AddWorkshop<AgrIlotWorkshop>()
            .AddWorkshop<EtapWebWorkshop>()
            .AddSite<AmiensSite>();
    }
}

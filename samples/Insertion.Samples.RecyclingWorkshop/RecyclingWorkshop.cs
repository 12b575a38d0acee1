using Insertion.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Insertion.Samples.RecyclingWorkshop;

/// <summary>
/// A fifth workshop, written outside the library: a ressourcerie collecting, sorting, repairing
/// and selling second-hand goods (ROME K2304, revalorisation de produits industriels).
/// </summary>
public sealed class RecyclingWorkshop : IWorkshop, IPluginSetup
{
    /// <summary>The workshop's id.</summary>
    public const string WorkshopId = "recyclerie";

    private readonly RecyclingOptions _options;

    /// <summary>Creates the workshop with its options (validated).</summary>
    public RecyclingWorkshop(IOptions<RecyclingOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = PluginOptions.Validated(options.Value);
        ProductionDays = _options.ShopDays ?? [DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday];
    }

    /// <summary>Registers the options: bound from configuration, validated at start.</summary>
    public static void AddServices(IInsertionBuilder builder) =>
        builder.AddPluginOptions<RecyclingOptions>("Insertion:Workshops:" + WorkshopId);

    /// <inheritdoc />
    public string Id => WorkshopId;
    /// <inheritdoc />
    public string DisplayName => "La Recyclerie";
    /// <inheritdoc />
    public string Trade => "Réemploi et revalorisation d'objets";
    /// <inheritdoc />
    public IReadOnlyList<string> RomeCodes { get; } = ["K2304"];
    /// <inheritdoc />
    public string Certification => "None in this sample";
    /// <inheritdoc />
    public int Capacity => _options.Capacity;
    /// <summary>The shop's opening days.</summary>
    public IReadOnlyList<DayOfWeek> ProductionDays { get; }
    /// <inheritdoc />
    public IReadOnlyList<TigTask> TigTasks { get; } =
    [
        new TigTask { Id = "sorting", Description = "Sorting donated goods.", PlacesPerDay = 2, SuitableForMinors = true },
    ];
}

using Insertion.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Insertion.Contracts.Tests.Reports;

/// <summary>A small structure in memory: contracts, PASS IAE, ledgers and exits, and the year report service over them.</summary>
internal sealed class YearReportStructure
{
    public YearReportStructure(LegalParameters? parameters = null, params string[] workshops)
    {
        Parameters = parameters ?? DefaultParameters();
        Workshops = new WorkshopRegistry(workshops.Select(w => (IWorkshop)new TestWorkshop(w)));
    }

    public LegalParameters Parameters { get; }

    public WorkshopRegistry Workshops { get; }

    public InMemoryRepository<CddiContract> Contracts { get; } = new();

    public InMemoryRepository<PassIae> Passes { get; } = new();

    public InMemoryRepository<ContractHoursLedger> Ledgers { get; } = new();

    public InMemoryRepository<ContractExit> Exits { get; } = new();

    public static LegalParameters DefaultParameters() =>
        new([new ContractParameterSource(), new AidePosteParameters(), new WeeklyLimitParameters()]);

    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public StructureYearReportService Service(DateOnly today) =>
        new(Contracts, Passes, Ledgers, Exits, Parameters, Workshops,
            new FakeTimeProvider(new DateTimeOffset(today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero)));

    /// <summary>Hires <paramref name="id"/> (its own person and PASS) from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public async Task<CddiContract> HireAsync(string id, string start, string end, int weeklyHours = 26, string workshop = "ilot-gourmand",
        string? passEnd = null)
    {
        var person = new PersonId("p-" + id);
        var pass = PassIae.Issue(new PassId("pass-" + id), person, D(start), passEnd is null ? null : D(passEnd), Parameters);
        var request = new CddiHireRequest(new ContractId(id), person, new WorkshopId(workshop), D(start), D(end),
            WorkMinutes.FromHours(weeklyHours), TrialDays: 0);
        var contract = CddiContract.Hire(request, [pass], [], Parameters);
        await Passes.AddAsync(pass);
        await Contracts.AddAsync(contract);
        return contract;
    }

    /// <summary>Records <paramref name="hours"/> on each given day in the contract's ledger.</summary>
    public async Task WorkAsync(string contract, decimal hours, params string[] days)
    {
        var id = new ContractId(contract);
        var ledger = Ledgers.Find(contract);
        var isNew = ledger is null;
        ledger ??= new ContractHoursLedger(id);
        foreach (var day in days)
        {
            ledger.Record(new WorkedHoursLine(id, D(day), WorkMinutes.FromHours(hours), $"{contract}-{day}-{ledger.Count}", "cip-1"));
        }
        if (isNew)
        {
            await Ledgers.AddAsync(ledger);
        }
        else
        {
            await Ledgers.UpdateAsync(ledger);
        }
    }

    /// <summary>Records minutes on one day.</summary>
    public Task WorkMinutesAsync(string contract, string day, long minutes) => WorkAsync(contract, minutes / 60m, day);

    /// <summary>Every day from <paramref name="from"/> to <paramref name="to"/>, as ISO text.</summary>
    public static string[] Days(string from, string to) => new DateRange(D(from), D(to)).Days().Select(IsoDates.Format).ToArray();

    public Task ExitAsync(string contract, string workshop, string end, ExitSituation situation) =>
        Exits.AddAsync(new ContractExit(new ContractId(contract), new WorkshopId(workshop), D(end), situation));

    private sealed class TestWorkshop(string id) : IWorkshop
    {
        public string Id => id;
        public string DisplayName => id;
        public string Trade => "test";
        public IReadOnlyList<string> RomeCodes => [];
        public string Certification => "";
        public int Capacity => 10;
    }
}

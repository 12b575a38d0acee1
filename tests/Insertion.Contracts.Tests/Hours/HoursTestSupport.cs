using Insertion.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Insertion.Contracts.Tests.Hours;

/// <summary>Builds a host with the hours, ETP and exits services, and small helpers.</summary>
internal static class HoursTestSupport
{
    public static readonly ContractId C1 = new("c1");
    public static readonly ContractId C2 = new("c2");

    public static TestHost Host(DateOnly today) => new(today: today);

    public static LegalParameters Parameters() => new([new AidePosteParameters()]);

    public static EtpReporting Reporting(LegalParameters parameters, DateOnly today) =>
        new(new LedgerPaidHoursTotals(new InMemoryRepository<ContractHoursLedger>()),
            parameters,
            new FakeTimeProvider(new DateTimeOffset(today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero)));

    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static WorkedHoursLine Line(ContractId c, string on, decimal hours, string key, string author = "cip-1", string? reason = null) =>
        new(c, D(on), WorkMinutes.FromHours(hours), key, author, reason);

    public static ContractHoursLedger Ledger(ContractId c, params WorkedHoursLine[] lines)
    {
        var ledger = new ContractHoursLedger(c);
        foreach (var line in lines)
        {
            ledger.Record(line);
        }
        return ledger;
    }

    /// <summary>Everything observable of a ledger, to compare before and after a command.</summary>
    public static (int Count, long Total, string Entries) Observe(ContractHoursLedger ledger) =>
        (ledger.Count, ledger.Total.Minutes, string.Join("|", ledger.Entries.Select(e => e.ToString())));
}

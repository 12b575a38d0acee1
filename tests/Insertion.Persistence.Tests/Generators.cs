using System.Text.Json;
using System.Text.Json.Serialization;
using Insertion.Abstractions;
using Insertion.Contracts;

namespace Insertion.Persistence.Tests;

/// <summary>
/// Random aggregates built through their own commands (each applied only when its query twin
/// allows it), so that they carry a real history: renewals, suspensions, schedules, prolongations,
/// reversals.
/// </summary>
public sealed class Generators(int seed)
{
    private static readonly string[] Workshops = ["ilot-gourmand", "auto-bleue", "agr-ilot", "etap-web"];

    public static LegalParameters Parameters { get; } = new([new ContractParameterSource()]);

    public Random Random { get; } = new(seed);

    private T Pick<T>(IReadOnlyList<T> items) => items[Random.Next(items.Count)];

    private T PickEnum<T>() where T : struct, Enum => Pick(Enum.GetValues<T>());

    public DateOnly Day(int fromYear = 2024, int years = 3) => new DateOnly(fromYear, 1, 1).AddDays(Random.Next(365 * years));

    public PersonProfile Person(int i) =>
        new(new PersonId($"p{i:D5}"), new DateOnly(1960, 1, 1).AddDays(Random.Next(365 * 45)), PickEnum<Sex>());

    public PassIae Pass(int i, PersonProfile person)
    {
        var pass = PassIae.Issue(new PassId($"a{i:D5}"), person.Id, Day(), Random.Next(4) == 0 ? null : Day(2027, 1), Parameters);
        for (var n = Random.Next(5); n > 0; n--)
        {
            Try(() =>
            {
                if (Random.Next(2) == 0)
                {
                    var from = pass.Start.AddDays(Random.Next(400));
                    var to = from.AddDays(Random.Next(200));
                    var reason = PickEnum<PassSuspensionReason>();
                    if (pass.CanSuspend(from, to, reason, Parameters).Count == 0)
                    {
                        pass.Suspend(from, to, reason, Parameters);
                    }
                }
                else
                {
                    var newEnd = pass.End.AddDays(1 + Random.Next(300));
                    var reason = PickEnum<PassProlongationReason>();
                    var rqth = Random.Next(2) == 0;
                    if (pass.CanProlong(newEnd, reason, person, rqth, Parameters).Count == 0)
                    {
                        pass.Prolong(newEnd, reason, person, rqth, Parameters);
                    }
                }
            });
        }
        return pass;
    }

    public CddiContract Contract(int i, PersonProfile? person = null)
    {
        person ??= Person(i);
        var start = Day();
        var pass = PassIae.Issue(new PassId($"a{i:D5}"), person.Id, start.AddDays(-Random.Next(30)), null, Parameters);
        var request = new CddiHireRequest(new ContractId($"c{i:D5}"), person.Id, new WorkshopId(Pick(Workshops)), start,
            LegalDates.MonthsEnd(start, 4 + Random.Next(9)), WorkMinutes.FromHours(20 + Random.Next(16)),
            Random.Next(3) == 0 ? 0 : null, false);
        var contract = CddiContract.Hire(request, [pass], [], Parameters);
        var day = start;
        for (var n = Random.Next(8); n > 0; n--)
        {
            day = day.AddDays(1 + Random.Next(40));
            var on = day;
            Try(() =>
            {
                switch (Random.Next(7))
                {
                    case 0 when contract.CanConfirmTrial(on).Count == 0:
                        contract.ConfirmTrial(on);
                        break;
                    case 1:
                        var renewal = new CddiRenewal(contract.EndAfterMonths(1 + Random.Next(8)));
                        if (contract.CanRenew(renewal, person, false, [], Parameters).Count == 0)
                        {
                            contract.Renew(renewal, person, false, [], Parameters);
                        }
                        break;
                    case 2:
                        var reason = PickEnum<CddiSuspensionReason>();
                        if (contract.CanSuspend(on, reason).Count == 0)
                        {
                            contract.Suspend(on, reason);
                        }
                        break;
                    case 3 when contract.CanResume(on).Count == 0:
                        contract.Resume(on);
                        break;
                    case 4:
                        var hours = WorkMinutes.FromHours(20 + Random.Next(16));
                        if (contract.CanChangeWeeklyHours(on, hours, Parameters).Count == 0)
                        {
                            contract.ChangeWeeklyHours(on, hours, Parameters);
                        }
                        break;
                    case 5 when Random.Next(3) == 0:
                        var why = PickEnum<CddiTerminationReason>();
                        if (contract.CanTerminate(on, why).Count == 0)
                        {
                            contract.Terminate(on, why);
                        }
                        break;
                    case 6:
                        contract.Sweep(on);
                        break;
                }
            });
        }
        return contract;
    }

    public ContractHoursLedger Ledger(int i)
    {
        var ledger = new ContractHoursLedger(new ContractId($"c{i:D5}"));
        var start = Day();
        for (var n = Random.Next(25); n > 0; n--)
        {
            Try(() =>
            {
                if (Random.Next(5) == 0 && ledger.Count > 0)
                {
                    var original = Pick(ledger.Entries);
                    ledger.Reverse(new HoursReversal(ledger.Contract, original.Key, $"r{n}", "cip", Random.Next(2) == 0 ? null : "correction"));
                }
                else
                {
                    ledger.Record(new WorkedHoursLine(ledger.Contract, start.AddDays(Random.Next(60)),
                        new WorkMinutes(1 + Random.Next(600)), $"k{n}", "cip", Random.Next(3) == 0 ? "note" : null));
                }
            });
        }
        return ledger;
    }

    public ContractExit Exit(int i) =>
        new(new ContractId($"c{i:D5}"), new WorkshopId(Pick(Workshops)), Day(), PickEnum<ExitSituation>());

    // A command refused for a rule or an argument is simply not part of the history.
    private static void Try(Action action)
    {
        try
        {
            action();
        }
        catch (RuleViolationException)
        {
        }
        catch (ArgumentException)
        {
        }
    }

    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    /// <summary>Everything observable of an aggregate (its public properties, collections included), the version aside.</summary>
    public static string Observable(IAggregateRoot aggregate) =>
        JsonSerializer.Serialize(aggregate, aggregate.GetType(), Json).Replace($"\"Version\":{aggregate.Version}", "", StringComparison.Ordinal);
}

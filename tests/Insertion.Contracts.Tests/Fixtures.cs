using Insertion.Abstractions;
using Insertion.Contracts;

namespace Insertion.Contracts.Tests;

internal static class Fixtures
{
    public static LegalParameters Parameters() => new([new ContractParameterSource()]);

    public static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    public static PersonProfile Person(string id = "p1", string birth = "1990-04-12") => new(new PersonId(id), D(birth), Sex.F);

    public static PassIae Pass(string start = "2026-01-05", string? end = null, string person = "p1", LegalParameters? p = null) =>
        PassIae.Issue(new PassId("a-" + person + "-" + start), new PersonId(person), D(start), end is null ? null : D(end), p ?? Parameters());

    public static CddiHireRequest Request(string start = "2026-01-05", int months = 8, int hours = 26, int? trialDays = null,
        string id = "c1", string person = "p1", bool justice = false) =>
        new(new ContractId(id), new PersonId(person), new WorkshopId("ilot-gourmand"), D(start),
            LegalDates.MonthsEnd(D(start), months), WorkMinutes.FromHours(hours), trialDays, justice);

    public static CddiContract Hire(string start = "2026-01-05", int months = 8, int hours = 26, int? trialDays = null, LegalParameters? p = null)
    {
        var parameters = p ?? Parameters();
        return CddiContract.Hire(Request(start, months, hours, trialDays), [Pass(start, p: parameters)], [], parameters);
    }

    public static string Code(Action action) =>
        Assert.Throws<RuleViolationException>(action).Violation.Code;

    /// <summary>Everything observable of a contract, to compare before and after a refused command.</summary>
    public static string Snapshot(CddiContract c) => string.Join("|",
        c.State, c.Start, c.End, c.TrialEnd, c.EndReason, c.EndedOn, c.TrialConfirmedOn, c.SuspendedDuringTrial,
        string.Join(",", c.WeeklyHoursSchedule), string.Join(",", c.Suspensions), string.Join(",", c.Renewals));

    public static string Snapshot(PassIae p) => string.Join("|",
        p.Start, p.IssuedEnd, p.End, string.Join(",", p.Suspensions), string.Join(",", p.Prolongations));
}

using Insertion.Abstractions;

namespace Insertion.Sentencing;

/// <summary>
/// The dated parameters of the TIG rules ("law as dated parameters", DOMAIN.md §3). Each row
/// cites its source; rows marked "to confirm" are encoded as data, never as silent constants.
/// Registered by <c>AddSentencing()</c>.
/// </summary>
public sealed class SentencingParameters : ILegalParameterSource
{
    /// <summary>Fewest hours of a TIG, by the date the measure was pronounced (C. pén. 131-8).</summary>
    public static readonly ParameterKey<int> MinHours = new("TIG.MinHours");

    /// <summary>Most hours of a TIG, by the date the measure was pronounced (C. pén. 131-8).</summary>
    public static readonly ParameterKey<int> MaxHours = new("TIG.MaxHours");

    /// <summary>Longest time limit to perform a TIG, in months (C. pén. 131-22).</summary>
    public static readonly ParameterKey<int> MaxMonths = new("TIG.MaxMonths");

    /// <summary>Youngest age at the decision (C. pén. 131-8: minors of 16 or 17).</summary>
    public static readonly ParameterKey<int> MinAgeAtDecision = new("TIG.MinAgeAtDecision");

    /// <summary>Largest share of a measure's hours spent on pedagogical (SOA) hours, 0 to 1; a programme may set its own.</summary>
    public static readonly ParameterKey<decimal> PedagogicalShareMax = new("TIG.PedagogicalShareMax");

    /// <summary>Most TIG hours of a person in a day, all measures (parameter; default the ordinary daily maximum of working time, C. trav. L3121-18).</summary>
    public static readonly ParameterKey<decimal> DailyMaxHours = new("TIG.DailyMaxHours");

    /// <summary>Most TIG hours in a day of a person under 18 on that day (C. trav. L3162-1).</summary>
    public static readonly ParameterKey<decimal> DailyMaxHoursMinor = new("TIG.DailyMaxHoursMinor");

    /// <summary>Most TIG plus paid hours of a person in an ISO week (Code pénitentiaire R. 623-16: legal weekly duration + 12 h).</summary>
    public static readonly ParameterKey<decimal> WeeklyCumulMaxHours = new("TIG.WeeklyCumulMaxHours");

    /// <summary>Most TIG plus paid hours in a week of a person under 18 (young-worker cap, C. trav. L3162-1).</summary>
    public static readonly ParameterKey<decimal> WeeklyCumulMaxHoursMinor = new("TIG.WeeklyCumulMaxHoursMinor");

    /// <summary>Entry into force of the new Code pénal (first row of every TIG parameter).</summary>
    public static readonly DateOnly NewPenalCode = new(1994, 3, 1);

    /// <inheritdoc />
    public void Contribute(LegalParameters table)
    {
        ArgumentNullException.ThrowIfNull(table);
        const string range = "C. pén. 131-8";
        table.Add(MinHours, NewPenalCode, 40, range + " (1994 text: 40 to 240 h)")
            .Add(MaxHours, NewPenalCode, 240, range + " (1994 text: 40 to 240 h)")
            .Add(MinHours, new DateOnly(2009, 11, 26), 20, range + " (loi 2009-1436: 20 to 210 h)")
            .Add(MaxHours, new DateOnly(2009, 11, 26), 210, range + " (loi 2009-1436: 20 to 210 h)")
            .Add(MinHours, new DateOnly(2014, 10, 1), 20, range + " (loi 2014-896: 20 to 280 h)")
            .Add(MaxHours, new DateOnly(2014, 10, 1), 280, range + " (loi 2014-896: 20 to 280 h)")
            .Add(MinHours, new DateOnly(2019, 3, 25), 20, range + " (loi 2019-222 art. 71: 20 to 400 h)")
            .Add(MaxHours, new DateOnly(2019, 3, 25), 400, range + " (loi 2019-222 art. 71: 20 to 400 h)");
        table.Add(MaxMonths, NewPenalCode, 18, "C. pén. 131-22 (time limit set by the court, at most 18 months)");
        table.Add(MinAgeAtDecision, NewPenalCode, 16, "C. pén. 131-8, CJPM (minors aged 16 or 17 at the decision)");
        table.Add(PedagogicalShareMax, NewPenalCode, 0.5m, "parameter of the host programme (TIG pédagogique, default 50 %, DOMAIN.md §3)");
        table.Add(DailyMaxHours, NewPenalCode, 10m, "parameter (no statute caps TIG hours a day; default the ordinary daily maximum of working time, C. trav. L3121-18)");
        table.Add(DailyMaxHoursMinor, NewPenalCode, 8m, "C. trav. L3162-1 (young workers: at most 8 h a day), C. pén. 131-23");
        table.Add(WeeklyCumulMaxHours, NewPenalCode, 51m, "Code pénitentiaire R. 623-16 (formerly C. pén. R131-…; number to confirm): legal weekly duration 39 h + 12 h (date to confirm)")
            .Add(WeeklyCumulMaxHours, new DateOnly(2000, 1, 1), 47m, "Code pénitentiaire R. 623-16 (formerly C. pén. R131-…; number to confirm): legal weekly duration 35 h (C. trav. L3121-27, loi 2000-37) + 12 h");
        table.Add(WeeklyCumulMaxHoursMinor, NewPenalCode, 35m, "C. trav. L3162-1 (young workers: at most 35 h a week), C. pén. 131-23");
    }
}

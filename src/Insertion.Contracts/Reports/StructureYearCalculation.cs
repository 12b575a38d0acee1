using System.Globalization;
using Insertion.Abstractions;

namespace Insertion.Contracts;

/// <summary>What the year report reads from the store, loaded by <see cref="StructureYearReportService"/>.</summary>
/// <param name="Contracts">Contracts overlapping the year and its ISO weeks.</param>
/// <param name="Ledgers">Their worked-hours ledgers.</param>
/// <param name="Exits">Exits whose contract's last day is in the year.</param>
/// <param name="Workshops">Registered workshop ids.</param>
/// <param name="Ending">Contracts whose last day is in [as-of, as-of + 90].</param>
/// <param name="Passes">PASS IAE started by as-of + 90.</param>
/// <param name="InForce">Contracts in force on the as-of day.</param>
internal sealed record StructureYearInputs(
    IReadOnlyList<CddiContract> Contracts,
    IReadOnlyList<ContractHoursLedger> Ledgers,
    IReadOnlyList<ContractExit> Exits,
    IReadOnlyList<string> Workshops,
    IReadOnlyList<CddiContract> Ending,
    IReadOnlyList<PassIae> Passes,
    IReadOnlyList<CddiContract> InForce);

/// <summary>
/// The year report's computation over loaded aggregates: pure, deterministic (same inputs, same
/// report). Days are the unit: each day of the year carries its realised minutes, its planned
/// minutes × 7, its ETP base and its aid amount; a period's figures are sums over its days.
/// </summary>
internal sealed class StructureYearCalculation
{
    private readonly StructureYearReportRequest _request;
    private readonly DateOnly _asOf;
    private readonly LegalParameters _parameters;
    private readonly DateRange _year;
    private readonly int _days;
    private readonly long[] _actual;
    private readonly long[] _plannedSevenths;
    private readonly LegalParameter<WorkMinutes>?[] _base;
    private readonly LegalParameter<decimal>?[] _amount;
    private readonly List<string> _notes = [];
    private readonly ParameterKey<WorkMinutes> _baseKey;
    private readonly ParameterKey<decimal> _amountKey;

    private StructureYearCalculation(StructureYearReportRequest request, DateOnly asOf, LegalParameters parameters)
    {
        _request = request;
        _asOf = asOf;
        _parameters = parameters;
        _year = new DateRange(new DateOnly(request.Year, 1, 1), new DateOnly(request.Year, 12, 31));
        _days = _year.LengthInDays;
        _actual = new long[_days];
        _plannedSevenths = new long[_days];
        _baseKey = AidePosteParameters.EtpAnnualHours(request.Kind);
        _amountKey = AidePosteParameters.BaseAmount(request.Kind);
        _base = new LegalParameter<WorkMinutes>?[_days];
        _amount = new LegalParameter<decimal>?[_days];
        for (var i = 0; i < _days; i++)
        {
            var day = _year.Start.AddDays(i);
            _base[i] = TryOn(_baseKey, day);
            _amount[i] = TryOn(_amountKey, day);
        }
    }

    /// <summary>The days the weekly limits look at: the ISO weeks of the ISO year <paramref name="year"/>.</summary>
    public static DateRange IsoWeeksOf(int year) =>
        new(new IsoWeek(year, 1).Monday, new IsoWeek(year, ISOWeek.GetWeeksInYear(year)).Sunday);

    /// <summary>The days the report reads contracts and ledgers over: the calendar year and its ISO weeks.</summary>
    public static DateRange ReadRange(int year)
    {
        var weeks = IsoWeeksOf(year);
        var (jan1, dec31) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        return new DateRange(weeks.Start < jan1 ? weeks.Start : jan1, weeks.End > dec31 ? weeks.End : dec31);
    }

    /// <summary>Builds the report.</summary>
    public static StructureYearReport Build(StructureYearReportRequest request, DateOnly asOf, LegalParameters parameters, StructureYearInputs inputs) =>
        new StructureYearCalculation(request, asOf, parameters).Run(inputs);

    private StructureYearReport Run(StructureYearInputs inputs)
    {
        var contracts = inputs.Contracts.ToDictionary(c => c.Key, StringComparer.Ordinal);
        var ledgers = inputs.Ledgers.Where(l => contracts.ContainsKey(l.Key)).OrderBy(l => l.Key, StringComparer.Ordinal).ToList();
        Realised(ledgers);
        Planned(inputs.Contracts);
        var months = Months();
        var (hours, etp, projectedHours, projectedEtp) = Totals(_year);
        var (amounts, aidMonths, aidYear) = Aid();
        var (byWorkshop, exits) = Exits(inputs);
        var weekly = WeeklyLimits(ledgers, contracts);
        var uses = Uses();
        var usedNames = uses.Select(u => u.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var overrides = _parameters.Overrides.Where(o => usedNames.Contains(o.Name))
            .OrderBy(o => o.Name, StringComparer.Ordinal).ToList();
        return new StructureYearReport(_request.Kind, _request.Year, _asOf, _request.ConventionedEtp, _request.ModulationPercent,
            months, hours, etp, projectedHours, projectedEtp, amounts, aidMonths, aidYear, byWorkshop, exits,
            EndingContracts(inputs.Ending), EndingPasses(inputs), weekly, uses, overrides, _notes);
    }

    private int Index(DateOnly day) => day.DayNumber - _year.Start.DayNumber;

    private void Realised(List<ContractHoursLedger> ledgers)
    {
        long afterAsOf = 0;
        foreach (var ledger in ledgers)
        {
            foreach (var (day, minutes) in ledger.DayTotals(_year))
            {
                if (day <= _asOf)
                {
                    _actual[Index(day)] += minutes.Minutes;
                }
                else
                {
                    afterAsOf += minutes.Minutes;
                }
            }
        }
        if (afterAsOf != 0)
        {
            _notes.Add($"{new WorkMinutes(afterAsOf)} recorded on days after the as-of day {IsoDates.Format(_asOf)} are not counted as realised; the projection counts planned hours on those days.");
        }
    }

    private void Planned(IReadOnlyList<CddiContract> contracts)
    {
        if (_asOf >= _year.End)
        {
            return;
        }
        var from = _asOf < _year.Start ? _year.Start : _asOf.AddDays(1);
        var suspended = new List<string>();
        foreach (var c in contracts.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            var last = c.EndedOn ?? c.End;
            var start = c.Start > from ? c.Start : from;
            var end = last < _year.End ? last : _year.End;
            for (var d = start; d <= end; d = d.AddDays(1))
            {
                if (c.WasWorkingOn(d) && c.WeeklyHoursOn(d) is { } weekly)
                {
                    _plannedSevenths[Index(d)] += weekly.Minutes;
                }
            }
            if (start <= end && c.State == CddiState.Suspended)
            {
                suspended.Add(c.Key);
            }
        }
        _notes.Add($"Projection: each contract's weekly hours / 7 on every calendar day it is in force from {IsoDates.Format(from)} to its last day or December 31 (public holidays and leave not deducted).");
        if (suspended.Count > 0)
        {
            _notes.Add($"Suspended contracts with no resume day are not projected: {string.Join(", ", suspended)}.");
        }
    }

    private List<EtpMonth> Months()
    {
        var months = new List<EtpMonth>(12);
        decimal realised = 0m, conventioned = 0m, projected = 0m;
        for (var m = 1; m <= 12; m++)
        {
            var first = new DateOnly(_request.Year, m, 1);
            var period = new DateRange(first, first.AddMonths(1).AddDays(-1));
            var (hours, etp, projectedHours, projectedEtp) = Totals(period);
            var conv = _request.ConventionedEtp * period.LengthInDays / _days;
            realised += etp;
            conventioned += conv;
            projected += projectedEtp;
            months.Add(new EtpMonth(m, period, hours, etp, realised, conv, conventioned, projectedHours, projectedEtp, projected));
        }
        return months;
    }

    /// <summary>Hours and ETP of a period: minutes under one base are summed first and divided once.</summary>
    private (WorkMinutes Hours, decimal Etp, decimal ProjectedHours, decimal ProjectedEtp) Totals(DateRange period)
    {
        var byBase = new SortedDictionary<long, (long Actual, long Sevenths)>();
        long actual = 0, sevenths = 0;
        for (var i = Index(period.Start); i <= Index(period.End); i++)
        {
            var s = (7 * _actual[i]) + _plannedSevenths[i];
            if (s == 0 && _actual[i] == 0)
            {
                continue;
            }
            var b = _base[i] ?? throw new InvalidOperationException(
                $"No ETP base ({_baseKey.Name}) is in force on {IsoDates.Format(_year.Start.AddDays(i))}, yet hours are realised or planned that day.");
            var cur = byBase.GetValueOrDefault(b.Value.Minutes);
            byBase[b.Value.Minutes] = (cur.Actual + _actual[i], cur.Sevenths + s);
            actual += _actual[i];
            sevenths += s;
        }
        decimal etp = 0m, projected = 0m;
        foreach (var (b, sums) in byBase)
        {
            etp += sums.Actual / (decimal)b;
            projected += sums.Sevenths / (7m * b);
        }
        return (new WorkMinutes(actual), etp, sevenths / 420m, projected);
    }

    private (List<AidAmountPeriod>, List<AidFigures>, AidFigures?) Aid()
    {
        var amounts = new List<AidAmountPeriod>();
        for (var i = 0; i < _days; i++)
        {
            if (_amount[i] is not { } a)
            {
                continue;
            }
            var day = _year.Start.AddDays(i);
            if (amounts.Count > 0 && amounts[^1] is var last && last.AmountPerEtp == a.Value
                && string.Equals(last.Source, a.Source, StringComparison.Ordinal) && last.Period.End.AddDays(1) == day)
            {
                amounts[^1] = last with { Period = new DateRange(last.Period.Start, day) };
            }
            else
            {
                amounts.Add(new AidAmountPeriod(new DateRange(day, day), a.Value, a.Source));
            }
        }
        var missing = Enumerable.Range(0, _days).Where(i => _amount[i] is null).ToList();
        if (missing.Count > 0)
        {
            _notes.Add(_parameters.Contains(_amountKey.Name)
                ? $"No aid amount ({_amountKey.Name}) is in force on {missing.Count} day(s) of {_request.Year.ToString(CultureInfo.InvariantCulture)}, from {IsoDates.Format(_year.Start.AddDays(missing[0]))}: the aid in euros is not computed."
                : $"No aid amount is known for {_request.Kind.Code()} ({_amountKey.Name}): the aid in euros is not computed; a host adds its rows from an ILegalParameterSource.");
            return (amounts, [], null);
        }
        var months = Enumerable.Range(1, 12).Select(m =>
        {
            var first = new DateOnly(_request.Year, m, 1);
            return AidOf(new DateRange(first, first.AddMonths(1).AddDays(-1)));
        }).ToList();
        return (amounts, months, AidOf(_year));
    }

    private AidFigures AidOf(DateRange period)
    {
        decimal amountDays = 0m;
        var groups = new SortedDictionary<(long Base, decimal Amount), (long Actual, long Sevenths)>();
        for (var i = Index(period.Start); i <= Index(period.End); i++)
        {
            var amount = _amount[i]!.Value;
            amountDays += amount;
            var s = (7 * _actual[i]) + _plannedSevenths[i];
            if (s == 0 && _actual[i] == 0)
            {
                continue;
            }
            var key = (_base[i]!.Value.Minutes, amount);
            var cur = groups.GetValueOrDefault(key);
            groups[key] = (cur.Actual + _actual[i], cur.Sevenths + s);
        }
        decimal earned = 0m, projected = 0m;
        foreach (var ((b, amount), sums) in groups)
        {
            earned += sums.Actual * amount / b;
            projected += sums.Sevenths * amount / (7m * b);
        }
        var agreement = _request.ConventionedEtp * amountDays / _days;
        var rate = _request.ModulationPercent / 100m;
        return new AidFigures(period, Euros(agreement), Euros(agreement * rate), Euros(earned), Euros(earned * rate),
            Euros(projected), Euros(projected * rate));
    }

    private static decimal Euros(decimal value) => decimal.Round(value, 2, MidpointRounding.AwayFromZero);

    private (List<ExitRates>, ExitRates) Exits(StructureYearInputs inputs)
    {
        var ids = new SortedDictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var w in inputs.Workshops)
        {
            ids.TryAdd(w, w);
        }
        var exits = inputs.Exits.Where(e => _year.Contains(e.End)).ToList();
        foreach (var e in exits)
        {
            ids.TryAdd(e.Workshop.Value, e.Workshop.Value);
        }
        var rows = ids.Values.OrderBy(v => v, StringComparer.Ordinal)
            .Select(id => ExitRates.Of(new WorkshopId(id), exits.Where(e => string.Equals(e.Workshop.Value, id, StringComparison.OrdinalIgnoreCase))))
            .ToList();
        return (rows, ExitRates.Of(null, exits));
    }

    private static int WindowOf(int daysLeft) => StructureYearReport.Windows.First(w => daysLeft <= w);

    private List<EndingContract> EndingContracts(IReadOnlyList<CddiContract> ending)
    {
        var horizon = _asOf.AddDays(StructureYearReport.Windows[^1]);
        return ending
            .Select(c => (Contract: c, Last: c.EndedOn ?? c.End))
            .Where(x => x.Last >= _asOf && x.Last <= horizon)
            .OrderBy(x => x.Last).ThenBy(x => x.Contract.Key, StringComparer.Ordinal)
            .Select(x =>
            {
                var left = x.Last.DayNumber - _asOf.DayNumber;
                return new EndingContract(x.Contract.Id, x.Contract.Person, x.Contract.Workshop, x.Last, left, WindowOf(left));
            })
            .ToList();
    }

    private List<EndingPass> EndingPasses(StructureYearInputs inputs)
    {
        var horizon = _asOf.AddDays(StructureYearReport.Windows[^1]);
        var inForce = inputs.InForce.OrderBy(c => c.Key, StringComparer.Ordinal).ToList();
        return inputs.Passes
            .Where(p => p.End >= _asOf && p.End <= horizon)
            .OrderBy(p => p.End).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p =>
            {
                var left = p.End.DayNumber - _asOf.DayNumber;
                var contract = inForce.FirstOrDefault(c => c.Pass == p.Id);
                return new EndingPass(p.Id, p.Person, p.End, left, WindowOf(left), contract?.Id, contract is null ? null : contract.EndedOn ?? contract.End);
            })
            .ToList();
    }

    private List<WeeklyLimitFinding> WeeklyLimits(List<ContractHoursLedger> ledgers, Dictionary<string, CddiContract> contracts)
    {
        var weeks = IsoWeeksOf(_request.Year);
        var findings = new List<WeeklyLimitFinding>();
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        var aboveThird = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var ledger in ledgers)
        {
            var contract = contracts[ledger.Key];
            var byWeek = ledger.DayTotals(weeks)
                .GroupBy(d => IsoWeek.Of(d.Key))
                .Select(g => (Week: g.Key, Worked: new WorkMinutes(g.Sum(d => d.Value.Minutes))))
                .Where(w => w.Worked.Minutes > 0)
                .OrderBy(w => w.Week);
            foreach (var (week, worked) in byWeek)
            {
                var monday = week.Monday;
                var share = TryOn(WeeklyLimitParameters.ComplementaryShareMax, monday);
                var legal = TryOn(WeeklyLimitParameters.LegalWeeklyDuration, monday);
                var max = TryOn(WeeklyLimitParameters.WeeklyAbsoluteMax, monday);
                if (share is null || legal is null || max is null)
                {
                    missing.Add(week.ToString());
                }
                var firstDay = contract.Start > monday ? contract.Start : monday;
                var contractual = firstDay <= week.Sunday ? contract.WeeklyHoursOn(firstDay) : null;
                var partTime = contractual is { } c && legal is not null && c < legal.Value;
                if (partTime && share is not null)
                {
                    if (share.Value > WeeklyLimitParameters.AgreementShareCeiling)
                    {
                        aboveThird.Add(share.Value.ToString(CultureInfo.InvariantCulture));
                    }
                    var threshold = contractual!.Value.Minutes * (1m + share.Value);
                    if (worked.Minutes > threshold)
                    {
                        findings.Add(new WeeklyLimitFinding(contract.Id, week, WeeklyLimitKind.ComplementaryAboveShare, contractual, worked, threshold / 60m, share.Source));
                    }
                }
                if (partTime && worked >= legal!.Value)
                {
                    findings.Add(new WeeklyLimitFinding(contract.Id, week, WeeklyLimitKind.PartTimeReachesLegalDuration, contractual, worked, legal.Value.Hours, legal.Source));
                }
                if (max is not null && worked > max.Value)
                {
                    findings.Add(new WeeklyLimitFinding(contract.Id, week, WeeklyLimitKind.AboveWeeklyMaximum, contractual, worked, max.Value.Hours, max.Source));
                }
            }
        }
        if (missing.Count > 0)
        {
            _notes.Add($"Weekly limits not checked where a parameter (Hours.*) has no value in force: weeks {string.Join(", ", missing)}.");
        }
        if (aboveThird.Count > 0)
        {
            _notes.Add($"{WeeklyLimitParameters.ComplementaryShareMax.Name} = {string.Join(", ", aboveThird)} is above the third a branch agreement may allow (C. trav. L3123-28).");
        }
        return findings.OrderBy(f => f.Contract.Value, StringComparer.Ordinal).ThenBy(f => f.Week).ThenBy(f => f.Kind).ToList();
    }

    private List<ParameterUse> Uses()
    {
        var uses = new List<ParameterUse>();
        var weeks = IsoWeeksOf(_request.Year);
        Use(uses, _baseKey, _year, v => v.Hours.ToString("0.##", CultureInfo.InvariantCulture) + " h");
        Use(uses, _amountKey, _year, v => v.ToString(CultureInfo.InvariantCulture));
        Use(uses, WeeklyLimitParameters.ComplementaryShareMax, weeks, v => v.ToString(CultureInfo.InvariantCulture));
        Use(uses, WeeklyLimitParameters.LegalWeeklyDuration, weeks, v => v.Hours.ToString("0.##", CultureInfo.InvariantCulture) + " h");
        Use(uses, WeeklyLimitParameters.WeeklyAbsoluteMax, weeks, v => v.Hours.ToString("0.##", CultureInfo.InvariantCulture) + " h");
        return uses;
    }

    private void Use<T>(List<ParameterUse> uses, ParameterKey<T> key, DateRange range, Func<T, string> format)
    {
        ParameterUse? current = null;
        foreach (var day in range.Days())
        {
            var p = TryOn(key, day);
            if (p is null)
            {
                Flush();
                continue;
            }
            var value = format(p.Value);
            if (current is not null && current.Value == value && current.Source == p.Source)
            {
                current = current with { Period = new DateRange(current.Period.Start, day) };
                continue;
            }
            Flush();
            current = new ParameterUse(key.Name, new DateRange(day, day), value, p.Source);
        }
        Flush();

        void Flush()
        {
            if (current is not null)
            {
                uses.Add(current);
                current = null;
            }
        }
    }

    private LegalParameter<T>? TryOn<T>(ParameterKey<T> key, DateOnly day) =>
        _parameters.HasValueOn(key, day) ? _parameters.On(key, day) : null;
}

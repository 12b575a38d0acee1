using System.Globalization;
using Ardalis.GuardClauses;
using Insertion.Abstractions;

namespace Insertion.Contracts;

/// <summary>
/// Builds a structure's aide au poste report (DOMAIN.md §2, §6): hours worked, ETP consumed,
/// ETP conventioned, gap, projection to year end and aid in euros, per year and per month.
/// </summary>
/// <remarks>
/// <para><b>ETP.</b> ETP consumed = paid hours / the annual ETP base of the structure kind in
/// force on the day worked (<see cref="AidePosteParameters.EtpAnnualHours"/>). The hours under
/// one base are summed first and divided once, so with one base in force ETP × base = hours
/// exactly (to the 28 digits of <see cref="decimal"/>). A month's ETP is a share of an annual
/// ETP: a month's conventioned ETP is the agreement's ETP × the month's days / the year's days.</para>
/// <para><b>A year across two amounts.</b> The aid amount per ETP is an annual rate, applied
/// day by day: hours worked on a day earn hours / base × the amount in force that day
/// (<see cref="EtpFigures.AidOnHoursWorked"/>), and the agreement's aid is ETP conventioned ×
/// Σ (amount × days in force) / days of the year (<see cref="EtpFigures.AidConventioned"/>),
/// that is pro rata of the days each amount is in force. Both add the modulated part
/// (0–10 % of the amount, input) and are rounded to the cent at the end of each period's
/// computation, so rounded months may differ from the rounded year by a few cents.</para>
/// <para><b>Projection.</b> Hours up to the as-of day are the ledgers' actual hours; after it,
/// each planned day counts the contract's weekly hours of that period / 7, on the days inside
/// both the contract's [start, end] and the schedule period, up to December 31.</para>
/// </remarks>
public sealed class EtpReporting
{
    private readonly IPaidHoursTotals _totals;
    private readonly LegalParameters _parameters;
    private readonly TimeProvider _time;

    /// <summary>Creates the service.</summary>
    public EtpReporting(IPaidHoursTotals totals, LegalParameters parameters, TimeProvider time)
    {
        _totals = Guard.Against.Null(totals);
        _parameters = Guard.Against.Null(parameters);
        _time = Guard.Against.Null(time);
    }

    /// <summary>Query twin of the report: <c>AID-MODULATION-RANGE</c> when the modulated part is outside 0–10 %.</summary>
    public static IReadOnlyList<RuleViolation> CanReport(EtpReportRequest request)
    {
        CheckArguments(request);
        return request.ModulationPercent is < 0m or > 10m
            ? [RuleCodes.AidModulationRange.Violation(
                $"The modulated part is {request.ModulationPercent.ToString(CultureInfo.InvariantCulture)} %, outside 0 to 10 %",
                ("modulationPercent", request.ModulationPercent))]
            : [];
    }

    /// <summary>
    /// The report over the stored ledgers (those of <see cref="EtpReportRequest.Contracts"/> when
    /// given): their day totals of the year, summed where the entries are (<see cref="IPaidHoursTotals"/>).
    /// </summary>
    /// <exception cref="RuleViolationException"><c>AID-MODULATION-RANGE</c>.</exception>
    public async Task<EtpReport> ReportAsync(EtpReportRequest request, CancellationToken cancellationToken = default)
    {
        RuleViolationException.ThrowIfAny(CanReport(request));
        var year = new DateRange(new DateOnly(request.Year, 1, 1), new DateOnly(request.Year, 12, 31));
        var days = await _totals.ByDayAsync(year, request.Contracts?.ToList(), cancellationToken).ConfigureAwait(false);
        return new EtpCalculation(request, request.AsOf ?? _time.Today(), _parameters).Run(days.Select(d => (d.Day, d.Minutes)));
    }

    /// <summary>The report over the given ledgers (filtered by <see cref="EtpReportRequest.Contracts"/> when given).</summary>
    /// <exception cref="RuleViolationException"><c>AID-MODULATION-RANGE</c>.</exception>
    /// <exception cref="InvalidOperationException">Hours fall on a day with no ETP base in force for the kind.</exception>
    public EtpReport Report(EtpReportRequest request, IEnumerable<ContractHoursLedger> ledgers)
    {
        RuleViolationException.ThrowIfAny(CanReport(request));
        Guard.Against.Null(ledgers);
        return Calculate(request, ledgers);
    }

    /// <summary>The report of a checked request.</summary>
    private EtpReport Calculate(EtpReportRequest request, IEnumerable<ContractHoursLedger> ledgers)
    {
        var contracts = request.Contracts is null ? null : new HashSet<ContractId>(request.Contracts);
        var selected = ledgers.Where(l => contracts is null || contracts.Contains(l.Contract));
        var calculation = new EtpCalculation(request, request.AsOf ?? _time.Today(), _parameters);
        return calculation.Run(selected.SelectMany(l => l.DayTotals(calculation.Year).Select(d => (d.Key, d.Value))));
    }

    private static void CheckArguments(EtpReportRequest request)
    {
        Guard.Against.Null(request);
        Guard.Against.OutOfRange(request.Year, nameof(request), 1, 9998);
        Guard.Against.Negative(request.EtpConventioned, nameof(request));
    }

    /// <summary>One report's computation: the year cut into segments where month and parameters are constant.</summary>
    private sealed class EtpCalculation
    {
        private readonly EtpReportRequest _request;
        private readonly DateOnly _asOf;
        private readonly LegalParameters _parameters;
        private readonly DateRange _year;
        private readonly int _daysInYear;
        private readonly ParameterKey<WorkMinutes> _baseKey;
        private readonly ParameterKey<decimal> _amountKey;
        private readonly List<Segment> _segments = [];
        private readonly int[] _segmentOfDay;

        public EtpCalculation(EtpReportRequest request, DateOnly asOf, LegalParameters parameters)
        {
            _request = request;
            _asOf = asOf;
            _parameters = parameters;
            _year = new DateRange(new DateOnly(request.Year, 1, 1), new DateOnly(request.Year, 12, 31));
            _daysInYear = _year.LengthInDays;
            _baseKey = AidePosteParameters.EtpAnnualHours(request.Kind);
            _amountKey = AidePosteParameters.BaseAmount(request.Kind);
            _segmentOfDay = new int[_daysInYear];
            Cut();
        }

        public DateRange Year => _year;

        public EtpReport Run(IEnumerable<(DateOnly Day, WorkMinutes Minutes)> dayTotals)
        {
            foreach (var (day, minutes) in dayTotals)
            {
                var s = _segments[_segmentOfDay[day.DayNumber - _year.Start.DayNumber]];
                s.Worked += minutes.Minutes;
                if (day <= _asOf)
                {
                    s.WorkedToAsOf += minutes.Minutes;
                }
            }
            Plan();
            var months = Enumerable.Range(1, 12)
                .Select(m => Figures(_segments.Where(s => s.Range.Start.Month == m).ToList()))
                .ToList();
            return new EtpReport(_request.Kind, _request.Year, _asOf, _request.ModulationPercent, Figures(_segments),
                months, Uses(), Overrides(), Notes());
        }

        private void Cut()
        {
            var starts = new SortedSet<DateOnly>(Enumerable.Range(1, 12).Select(m => new DateOnly(_request.Year, m, 1)));
            foreach (var from in _parameters.History(_baseKey).Select(r => r.ValidFrom)
                         .Concat(_parameters.History(_amountKey).Select(r => r.ValidFrom)))
            {
                // Stryker disable once Equality : January 1 is already a start
                if (from > _year.Start && from <= _year.End)
                {
                    starts.Add(from);
                }
            }
            var list = starts.ToList();
            for (var i = 0; i < list.Count; i++)
            {
                var end = i + 1 < list.Count ? list[i + 1].AddDays(-1) : _year.End;
                var range = new DateRange(list[i], end);
                _segments.Add(new Segment(range, TryOn(_baseKey, range.Start), TryOn(_amountKey, range.Start)));
                for (var d = range.Start.DayNumber; d <= range.End.DayNumber; d++)
                {
                    _segmentOfDay[d - _year.Start.DayNumber] = i;
                }
            }
        }

        private void Plan()
        {
            if (_request.Plans is null || _asOf >= _year.End)
            {
                return;
            }
            var from = _asOf < _year.Start ? _year.Start : _asOf.AddDays(1);
            var remaining = new DateRange(from, _year.End);
            foreach (var plan in _request.Plans)
            {
                var inContract = plan.Period.Intersect(remaining);
                if (inContract is null)
                {
                    continue;
                }
                foreach (var period in plan.Schedule)
                {
                    if (period.Period.Intersect(inContract.Value) is not { } days)
                    {
                        continue;
                    }
                    foreach (var s in _segments)
                    {
                        if (s.Range.Intersect(days) is { } overlap)
                        {
                            s.PlannedSevenths += period.Weekly.Minutes * overlap.LengthInDays;
                        }
                    }
                }
            }
        }

        private EtpFigures Figures(List<Segment> segments)
        {
            var period = new DateRange(segments[0].Range.Start, segments[^1].Range.End);
            long worked = 0, projectedSevenths = 0, days = 0;
            foreach (var s in segments)
            {
                worked += s.Worked;
                projectedSevenths += s.ProjectedSevenths;
                days += s.Range.LengthInDays;
                if (s.Base is null && (s.Worked != 0 || s.ProjectedSevenths != 0))
                {
                    throw new InvalidOperationException(
                        $"No ETP base ({_baseKey.Name}) is in force on {IsoDates.Format(s.Range.Start)}, yet hours are worked or planned from then to {IsoDates.Format(s.Range.End)}.");
                }
            }
            decimal etp = 0m, projectedEtp = 0m;
            foreach (var g in segments.Where(s => s.Base is not null).GroupBy(s => s.Base!.Value.Minutes))
            {
                etp += g.Sum(s => s.Worked) / (decimal)g.Key;
                projectedEtp += g.Sum(s => s.ProjectedSevenths) / (7m * g.Key);
            }
            var conventioned = _request.EtpConventioned * days / _daysInYear;
            var rate = (100m + _request.ModulationPercent) / 100m;

            decimal? aidOnHours = null;
            if (segments.All(s => s.Worked == 0 || s.Amount is not null))
            {
                aidOnHours = 0m;
                foreach (var g in segments.Where(s => s.Worked != 0).GroupBy(s => (Base: s.Base!.Value.Minutes, Amount: s.Amount!.Value)))
                {
                    aidOnHours += g.Sum(s => s.Worked) * g.Key.Amount / g.Key.Base;
                }
                aidOnHours = Euros(aidOnHours.Value * rate);
            }
            decimal? aidConventioned = null;
            if (segments.All(s => s.Amount is not null))
            {
                var amountDays = segments.Sum(s => s.Amount!.Value * s.Range.LengthInDays);
                aidConventioned = Euros(_request.EtpConventioned * rate * amountDays / _daysInYear);
            }
            return new EtpFigures(period, new WorkMinutes(worked), etp, conventioned, etp - conventioned,
                projectedSevenths / 420m, projectedEtp, projectedEtp - conventioned, aidOnHours, aidConventioned);
        }

        private static decimal Euros(decimal value) => decimal.Round(value, 2, MidpointRounding.AwayFromZero);

        private List<ParameterUse> Uses()
        {
            var uses = new List<ParameterUse>();
            Add(uses, _baseKey.Name, s => s.Base is null ? null : (s.Base.Value.ToString(), s.Base.Source));
            Add(uses, _amountKey.Name, s => s.Amount is null ? null : (s.Amount.Value.ToString(CultureInfo.InvariantCulture), s.Amount.Source));
            return uses;
        }

        private void Add(List<ParameterUse> uses, string name, Func<Segment, (string Value, string Source)?> read)
        {
            ParameterUse? current = null;
            foreach (var s in _segments)
            {
                var v = read(s);
                if (current is not null && v is { } same && same.Value == current.Value && same.Source == current.Source
                    && current.Period.End.AddDays(1) == s.Range.Start)
                {
                    current = current with { Period = new DateRange(current.Period.Start, s.Range.End) };
                    continue;
                }
                if (current is not null)
                {
                    uses.Add(current);
                }
                current = v is { } x ? new ParameterUse(name, s.Range, x.Value, x.Source) : null;
            }
            if (current is not null)
            {
                uses.Add(current);
            }
        }

        private List<ParameterOverride> Overrides() =>
            _parameters.Overrides.Where(o => string.Equals(o.Name, _baseKey.Name, StringComparison.OrdinalIgnoreCase)
                || string.Equals(o.Name, _amountKey.Name, StringComparison.OrdinalIgnoreCase)).ToList();

        private List<string> Notes()
        {
            var notes = new List<string>();
            var noAmount = _segments.Where(s => s.Amount is null).ToList();
            if (noAmount.Count > 0)
            {
                notes.Add(_parameters.Contains(_amountKey.Name)
                    ? $"No aid amount ({_amountKey.Name}) is in force from {IsoDates.Format(noAmount[0].Range.Start)} to {IsoDates.Format(noAmount[^1].Range.End)}: the aid of the periods including those days is not computed."
                    : $"No aid amount is known for {_request.Kind.Code()} ({_amountKey.Name}): the aid is not computed; a host adds its rows from an ILegalParameterSource.");
            }
            var noBase = _segments.Where(s => s.Base is null).ToList();
            if (noBase.Count > 0)
            {
                notes.Add($"No ETP base ({_baseKey.Name}) is in force from {IsoDates.Format(noBase[0].Range.Start)} to {IsoDates.Format(noBase[^1].Range.End)}.");
            }
            return notes;
        }

        private LegalParameter<T>? TryOn<T>(ParameterKey<T> key, DateOnly day)
        {
            // Stryker disable once Block : an unknown parameter has no history and no override (LegalParameters.With refuses unknown names), so null follows below too
            if (!_parameters.Contains(key.Name))
            {
                return null;
            }
            var overridden = _parameters.Overrides.Any(o => string.Equals(o.Name, key.Name, StringComparison.OrdinalIgnoreCase));
            var history = _parameters.History(key);
            if (!overridden && (history.Count == 0 || history[0].ValidFrom > day))
            {
                return null;
            }
            return _parameters.On(key, day);
        }

        /// <summary>Days of one month with one ETP base and one amount; accumulates minutes.</summary>
        private sealed class Segment(DateRange range, LegalParameter<WorkMinutes>? @base, LegalParameter<decimal>? amount)
        {
            public DateRange Range { get; } = range;
            public LegalParameter<WorkMinutes>? Base { get; } = @base;
            public LegalParameter<decimal>? Amount { get; } = amount;
            public long Worked { get; set; }
            public long WorkedToAsOf { get; set; }

            /// <summary>Planned minutes × 7 (weekly minutes × days), divided by 7 once at the end.</summary>
            public long PlannedSevenths { get; set; }

            /// <summary>(Actual minutes up to the as-of day + planned minutes after it) × 7.</summary>
            public long ProjectedSevenths => (7 * WorkedToAsOf) + PlannedSevenths;
        }
    }
}

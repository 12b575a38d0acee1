using Ardalis.GuardClauses;
using Insertion.Abstractions;

namespace Insertion.Cohorts;

/// <summary>
/// The default alternance planner: deterministic and greedy. Cohorts are planned one after the
/// other (by start, then id). Each cohort's working weeks (weeks with at least one working day of
/// the site between its start and its end) are laid out as: safety induction weeks first (one per
/// location that requires one and that the programme uses), the exam in the last week (when the
/// programme has a certification), one contiguous in-company placement of
/// [<c>PlacementMinWeeks</c>, <c>PlacementMaxWeeks</c>] weeks, and the rotation in the other weeks
/// (the programme's rotation, repeated, from a phase). Among every placement position and length and
/// every rotation phase, the planner takes the layout with the fewest weeks at a location already full,
/// then the one that meets the most seasonal production needs, then the latest placement, the shortest
/// placement and the lowest phase. A week that still finds its location full is reported as a conflict
/// and becomes a collective workshop without a reserved location: capacities are never exceeded and
/// nothing is hidden. Person calendars follow the cohorts, minus the days a person cannot attend
/// (each reported).
/// </summary>
public sealed class AlternancePlanner : IAlternancePlanner
{
    /// <inheritdoc />
    public AlternancePlan Plan(PlanningRequest request)
    {
        Guard.Against.Null(request);
        return new Run(request).Execute();
    }

    private static int WeekNo(DateOnly day) => day.DayNumber / 7;   // 0001-01-01 is a Monday

    private static DateOnly MondayOf(int weekNo) => DateOnly.FromDayNumber(weekNo * 7);

    private sealed class Run
    {
        private readonly PlanningRequest _r;
        private readonly List<string> _locIds = [];
        private readonly List<string> _locNames = [];
        private readonly Dictionary<string, int> _locIndex = new(StringComparer.Ordinal);
        private readonly List<bool> _locKnown = [];
        private readonly List<PlanConflict> _conflicts = [];
        private int _baseWeek;
        private int _weeks;
        private int[,] _cap = new int[0, 0];
        private int[,] _use = new int[0, 0];
        private int[,] _need = new int[0, 0];
        private int[,] _prod = new int[0, 0];
        private List<CohortId>?[,] _occupants = new List<CohortId>?[0, 0];

        public Run(PlanningRequest r)
        {
            _r = r;
            foreach (var l in r.Locations)
            {
                if (!_locIndex.ContainsKey(l.Id))
                {
                    _locIndex[l.Id] = _locIds.Count;
                    _locIds.Add(l.Id);
                    _locNames.Add(l.Name);
                    _locKnown.Add(true);
                }
            }
        }

        private int Loc(string? id)
        {
            if (id is null)
            {
                return -1;
            }
            if (!_locIndex.TryGetValue(id, out var i))
            {
                // A programme naming a location the site does not have: capacity 0, every week reported.
                i = _locIds.Count;
                _locIndex[id] = i;
                _locIds.Add(id);
                _locNames.Add(id);
                _locKnown.Add(false);
            }
            return i;
        }

        public AlternancePlan Execute()
        {
            var period = _r.Period;
            var cohorts = _r.Cohorts
                .Where(c => c.Start <= period.End && c.End >= period.Start)
                .OrderBy(c => c.Start).ThenBy(c => c.Id.Value, StringComparer.Ordinal)
                .ToList();
            // Resolve every location the programmes name, so the arrays cover them.
            foreach (var c in cohorts)
            {
                foreach (var id in c.Programme.LocationOf.Values.Order(StringComparer.Ordinal))
                {
                    Loc(id);
                }
            }
            foreach (var lc in _r.LocationConstraints)
            {
                Loc(lc.LocationId);
            }
            if (cohorts.Count > 0)
            {
                _baseWeek = WeekNo(cohorts.Min(c => c.Start));
                _weeks = WeekNo(cohorts.Max(c => c.End)) - _baseWeek + 1;
            }
            var n = _locIds.Count;
            _cap = new int[n, _weeks];
            _use = new int[n, _weeks];
            _need = new int[n, _weeks];
            _prod = new int[n, _weeks];
            _occupants = new List<CohortId>?[n, _weeks];
            var capacityOf = _r.Locations.GroupBy(l => l.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().WeeklyGroupCapacity, StringComparer.Ordinal);
            for (var l = 0; l < n; l++)
            {
                var baseCap = _locKnown[l] ? Math.Max(0, capacityOf[_locIds[l]]) : 0;
                for (var w = 0; w < _weeks; w++)
                {
                    _cap[l, w] = baseCap;
                }
            }
            foreach (var change in _r.LocationConstraints.OfType<LocationCapacityChange>())
            {
                ForWeeks(change.From, change.To, w => _cap[Loc(change.LocationId), w] = Math.Max(0, change.WeeklyGroupCapacity));
            }
            foreach (var need in _r.LocationConstraints.OfType<SeasonalProductionNeed>())
            {
                ForWeeks(need.From, need.To, w => _need[Loc(need.LocationId), w] = Math.Max(_need[Loc(need.LocationId), w], need.MinGroups));
            }

            var plans = cohorts.Select(PlanCohort).ToList();
            ReportNeeds();
            var people = Calendars(cohorts, plans);
            return new AlternancePlan(_r.SiteId, period, plans, people, _conflicts);
        }

        private void ForWeeks(IsoWeek from, IsoWeek to, Action<int> action)
        {
            var a = Math.Max(0, WeekNo(from.Monday) - _baseWeek);
            var b = Math.Min(_weeks - 1, WeekNo(to.Monday) - _baseWeek);
            for (var w = a; w <= b; w++)
            {
                action(w);
            }
        }

        private readonly struct Slot(ActivityKind activity, int loc, WeekRole role)
        {
            public ActivityKind Activity { get; } = activity;
            public int Loc { get; } = loc;
            public WeekRole Role { get; } = role;
        }

        private CohortPlan PlanCohort(CohortToPlan c)
        {
            var p = c.Programme;
            var end = c.End;
            // Working weeks of the cohort's whole life.
            var weekNos = new List<int>();
            var weekDays = new List<DateOnly[]>();
            var buffer = new List<DateOnly>(7);
            for (var wk = WeekNo(c.Start); wk <= WeekNo(end); wk++)
            {
                buffer.Clear();
                var monday = MondayOf(wk);
                for (var d = 0; d < 7; d++)
                {
                    var day = monday.AddDays(d);
                    if (day >= c.Start && day <= end && _r.Calendar.IsWorkingDay(day))
                    {
                        buffer.Add(day);
                    }
                }
                if (buffer.Count > 0)
                {
                    weekNos.Add(wk - _baseWeek);
                    weekDays.Add(buffer.ToArray());
                }
            }
            var count = weekNos.Count;

            var wantsExam = p.ExamInLastWeek ?? p.Certification is not null;
            var used = (wantsExam ? p.Rotation.Append(ActivityKind.Exam) : p.Rotation)
                .Select(a => p.LocationOf.GetValueOrDefault(a)).Where(l => l is not null).Select(l => l!).ToHashSet(StringComparer.Ordinal);
            var inductions = _r.LocationConstraints.OfType<SafetyInductionRequired>()
                .Select(s => s.LocationId).Where(used.Contains).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
                .Take(count).Select(Loc).ToArray();
            var ind = inductions.Length;
            var hasExam = wantsExam && count > ind;
            var examSlot = hasExam ? count - 1 : -1;
            var tail = hasExam ? count - 1 : count;
            var examLoc = Loc(p.LocationOf.GetValueOrDefault(ActivityKind.Exam));
            var rotation = p.Rotation.Count > 0 ? p.Rotation.ToArray() : [ActivityKind.CollectiveWorkshop];
            var rotLoc = rotation.Select(a => Loc(p.LocationOf.GetValueOrDefault(a))).ToArray();
            var r = rotation.Length;

            var minP = Math.Max(0, p.PlacementMinWeeks);
            var maxP = Math.Max(minP, p.PlacementMaxWeeks);
            var lengths = maxP == 0 ? [0] : Enumerable.Range(Math.Max(1, minP), maxP - Math.Max(1, minP) + 1).ToArray();
            var earliest = Math.Max(ind, p.PlacementEarliestWeek);
            if (maxP > 0 && !lengths.Any(len => earliest + len <= tail))
            {
                _conflicts.Add(new PlanConflict(PlanConflictKind.PlacementDoesNotFit,
                    $"cohort {c.Id}: a placement of at least {Math.Max(1, minP)} weeks does not fit in its {count} working weeks (from week {earliest + 1}, before week {tail + 1})")
                { Cohort = c.Id });
                lengths = [0];
            }

            Slot At(int i, int s, int len, int phase)
            {
                if (i < ind)
                {
                    return new Slot(ActivityKind.SafetyInduction, inductions[i], WeekRole.Induction);
                }
                if (i == examSlot)
                {
                    return new Slot(ActivityKind.Exam, examLoc, WeekRole.Exam);
                }
                if (len > 0 && i >= s && i < s + len)
                {
                    return new Slot(ActivityKind.CompanyPlacement, -1, WeekRole.Placement);
                }
                var k = (phase + i - ind - (len > 0 && i >= s + len ? len : 0)) % r;
                return new Slot(rotation[k], rotLoc[k], WeekRole.Rotation);
            }

            // Choose the layout.
            (int S, int Len, int Phase) best = (tail, 0, 0);
            var bestCost = (int.MaxValue, int.MinValue);
            var starts = new List<(int S, int Len)>();
            if (lengths is [0])
            {
                starts.Add((tail, 0));
            }
            else
            {
                for (var s = tail - lengths.Min(); s >= earliest; s--)
                {
                    foreach (var len in lengths)
                    {
                        if (s + len <= tail)
                        {
                            starts.Add((s, len));
                        }
                    }
                }
            }
            foreach (var (s, len) in starts)
            {
                for (var phase = 0; phase < r; phase++)
                {
                    int full = 0, needs = 0;
                    for (var i = 0; i < count && full <= bestCost.Item1; i++)
                    {
                        var slot = At(i, s, len, phase);
                        if (slot.Loc < 0)
                        {
                            continue;
                        }
                        var w = weekNos[i];
                        if (_use[slot.Loc, w] >= _cap[slot.Loc, w])
                        {
                            full++;
                        }
                        else if (slot.Activity == ActivityKind.Production && _prod[slot.Loc, w] < _need[slot.Loc, w])
                        {
                            needs++;
                        }
                    }
                    if (full < bestCost.Item1 || (full == bestCost.Item1 && needs > bestCost.Item2))
                    {
                        bestCost = (full, needs);
                        best = (s, len, phase);
                    }
                }
            }

            // Commit it.
            var failedInduction = new HashSet<int>();
            var weeks = new List<PlannedWeek>(count);
            for (var i = 0; i < count; i++)
            {
                var slot = At(i, best.S, best.Len, best.Phase);
                var w = weekNos[i];
                var week = IsoWeek.Of(MondayOf(w + _baseWeek));
                var fallback = false;
                if (slot.Loc >= 0)
                {
                    if (slot.Role != WeekRole.Induction && failedInduction.Contains(slot.Loc))
                    {
                        fallback = true;
                        _conflicts.Add(new PlanConflict(PlanConflictKind.NoSafetyInduction,
                            $"cohort {c.Id}, week {week}: {slot.Activity} at {_locNames[slot.Loc]} needs the safety induction, which could not take place")
                        { Cohort = c.Id, Week = week, LocationId = _locIds[slot.Loc] });
                    }
                    else if (_use[slot.Loc, w] >= _cap[slot.Loc, w])
                    {
                        fallback = true;
                        var others = _occupants[slot.Loc, w];
                        _conflicts.Add(new PlanConflict(PlanConflictKind.LocationFull, !_locKnown[slot.Loc]
                            ? $"cohort {c.Id}, week {week}: {slot.Activity} is set at '{_locIds[slot.Loc]}', which is not a location of site {_r.SiteId}"
                            : $"cohort {c.Id}, week {week}: {_locNames[slot.Loc]} takes {_cap[slot.Loc, w]} group(s) that week, already taken by {(others is null ? "nobody (closed)" : string.Join(", ", others))}; {slot.Activity} cannot take place there")
                        { Cohort = c.Id, Week = week, LocationId = _locIds[slot.Loc] });
                        if (slot.Role == WeekRole.Induction)
                        {
                            failedInduction.Add(slot.Loc);
                        }
                    }
                    else
                    {
                        _use[slot.Loc, w]++;
                        (_occupants[slot.Loc, w] ??= []).Add(c.Id);
                        if (slot.Activity == ActivityKind.Production)
                        {
                            _prod[slot.Loc, w]++;
                        }
                    }
                }
                var days = weekDays[i];
                if (days[0] > _r.Period.End || days[^1] < _r.Period.Start)
                {
                    continue;
                }
                IReadOnlyList<DateOnly> shown = days[0] >= _r.Period.Start && days[^1] <= _r.Period.End ? days : days.Where(_r.Period.Contains).ToArray();
                weeks.Add(fallback
                    ? new PlannedWeek(week, slot.Role, ActivityKind.CollectiveWorkshop, null, shown, true)
                    : new PlannedWeek(week, slot.Role, slot.Activity, slot.Loc >= 0 ? _locIds[slot.Loc] : null, shown, false));
            }
            return new CohortPlan(c.Id, p, best.Phase, best.Len, weeks);
        }

        private void ReportNeeds()
        {
            foreach (var need in _r.LocationConstraints.OfType<SeasonalProductionNeed>())
            {
                var l = Loc(need.LocationId);
                ForWeeks(need.From, need.To, w =>
                {
                    var monday = MondayOf(w + _baseWeek);
                    var week = IsoWeek.Of(monday);
                    var working = Enumerable.Range(0, 5).Select(monday.AddDays).Any(d => _r.Period.Contains(d) && _r.Calendar.IsWorkingDay(d));
                    if (working && _prod[l, w] < need.MinGroups)
                    {
                        _conflicts.Add(new PlanConflict(PlanConflictKind.UnmetProductionNeed,
                            $"week {week}: {_locNames[l]} needs {need.MinGroups} group(s) in production ({need.Reason}); the plan gives {_prod[l, w]}")
                        { Week = week, LocationId = _locIds[l] });
                    }
                });
            }
        }

        private List<PersonCalendar> Calendars(List<CohortToPlan> cohorts, List<CohortPlan> plans)
        {
            var appointments = _r.PersonConstraints.OfType<MandatoryAppointment>().GroupBy(a => a.Person).ToDictionary(g => g.Key, g => g.Select(a => a.Day).ToHashSet());
            var windows = _r.PersonConstraints.OfType<PersonTimeWindow>().GroupBy(a => a.Person).ToDictionary(g => g.Key, g => g.ToList());
            var entries = new Dictionary<PersonId, List<PersonCalendarEntry>>();
            var taken = new Dictionary<PersonId, Dictionary<int, (int Mask, CohortId By)>>();
            for (var ci = 0; ci < cohorts.Count; ci++)
            {
                var c = cohorts[ci];
                var plan = plans[ci];
                foreach (var person in c.People.Distinct().OrderBy(x => x.Value, StringComparer.Ordinal))
                {
                    if (!entries.TryGetValue(person, out var list))
                    {
                        entries[person] = list = [];
                        taken[person] = [];
                    }
                    var occupied = taken[person];
                    appointments.TryGetValue(person, out var appts);
                    windows.TryGetValue(person, out var wins);
                    foreach (var pw in plan.Weeks)
                    {
                        var wk = WeekNo(pw.WorkingDays[0]);
                        occupied.TryGetValue(wk, out var before);
                        List<DateOnly>? kept = null;
                        for (var i = 0; i < pw.WorkingDays.Count; i++)
                        {
                            var day = pw.WorkingDays[i];
                            var bit = 1 << (day.DayNumber % 7);
                            string? drop = null;
                            var kind = PlanConflictKind.PersonUnavailable;
                            if ((before.Mask & bit) != 0)
                            {
                                kind = PlanConflictKind.PersonDoubleBooked;
                                drop = $"{person} is already in cohort {before.By} on {IsoDates.Format(day)}; the day of cohort {c.Id} ({pw.Activity}) is left out";
                            }
                            else if (appts is not null && appts.Contains(day))
                            {
                                drop = $"{person} has a mandatory appointment on {IsoDates.Format(day)} and misses {pw.Activity} of cohort {c.Id}";
                            }
                            else if (wins is not null && wins.Exists(x => x.Period.Contains(day) && (c.Programme.DayStartsAt < x.AllowedFrom || c.Programme.DayEndsAt > x.AllowedTo)))
                            {
                                drop = $"{person}'s personal time window on {IsoDates.Format(day)} does not cover the activity hours {c.Programme.DayStartsAt:HH\\:mm}-{c.Programme.DayEndsAt:HH\\:mm} of cohort {c.Id}";
                            }
                            if (drop is not null)
                            {
                                kept ??= pw.WorkingDays.Take(i).ToList();
                                _conflicts.Add(new PlanConflict(kind, drop) { Person = person, Cohort = c.Id, Day = day, Week = pw.Week });
                            }
                            else
                            {
                                kept?.Add(day);
                                before = (before.Mask | bit, before.Mask == 0 ? c.Id : before.By);
                            }
                        }
                        occupied[wk] = before;
                        IReadOnlyList<DateOnly> days = kept is null ? pw.WorkingDays : kept;
                        if (days.Count > 0)
                        {
                            list.Add(new PersonCalendarEntry(pw.Week, c.Id, pw.Activity, pw.LocationId, days));
                        }
                    }
                }
            }
            return entries.OrderBy(e => e.Key.Value, StringComparer.Ordinal)
                .Select(e => new PersonCalendar(e.Key, e.Value.OrderBy(x => x.Week).ThenBy(x => x.Days[0]).ToList()))
                .ToList();
        }
    }
}

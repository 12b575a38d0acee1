using Bogus;
using Insertion.Abstractions;
using Insertion.Cohorts;
using Insertion.Contracts;
using Insertion.Sentencing;
using Insertion.Sites.Ilot;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Insertion.Cli.Simulation;

/// <summary>
/// A site's year through the library, wired with <c>AddInsertion(...)</c> exactly as a host does,
/// with the association's real plugins: people generated with Bogus from the seed (the same seed
/// and year give the same run), then every day the daily sweep and the day's commands, each in a
/// scope of its own (as a host's request), through the public services. Every refusal is a rule
/// firing, counted by code. ACI workshops (PASS IAE, CDDI hires into the four workshops, trials,
/// renewals up to the limits and past 24 months with extensions for some 50+ and RQTH people, PMSMP
/// suspensions, early ends, paid hours from each contract's weekly hours on the site's working days,
/// sent as a host's timesheet: one batch per contract per ISO week, on its Sunday, exits), the site's AQI promotions (planned with the alternance planner, enrolment, withdrawals,
/// exam, outcomes), TIG measures (SOA sessions, task hours, deadline suspensions, some overdue,
/// attestations). Activity starts in the year and is followed to its end. Ids only, never names.
/// </summary>
internal sealed class SiteYearSimulation(SimulationOptions options)
{
    private readonly SortedDictionary<string, int> _refusals = new(StringComparer.Ordinal);
    private readonly SimulationAgenda _agenda = new();
    private readonly PaidHoursAgenda _hours = new();
    private readonly Dictionary<DateOnly, string> _taskKeys = [];
    private readonly Dictionary<DateOnly, string> _hoursKeys = [];
    private readonly List<MeasureTrack> _measures = [];
    private readonly List<(string Site, CohortId Cohort)> _cohorts = [];
    private int _commands;
    private int _planned;
    private int _done;

    public async Task<SimulationResult> RunAsync(ISimulationProgress? progress, CancellationToken cancellationToken)
    {
        var start = new DateOnly(options.Year, 1, 1);
        var clock = new FakeTimeProvider(new DateTimeOffset(start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        var services = new ServiceCollection().AddSingleton<TimeProvider>(clock);
        services.AddInsertion(b =>
        {
            CliPlugins.Configure(b);
            b.AddIlotSites().AddContracts().AddCohorts().AddSentencing();
            if (options.Db is { } db)
            {
                Commands.DbCommand.UseStore(b, db);
            }
        });
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        await using var _ = provider.ConfigureAwait(false);
        if (options.Db is not null)
        {
            await Insertion.Persistence.EntityFrameworkCore.InsertionDatabase.MigrateAsync(provider, cancellationToken).ConfigureAwait(false);
        }
        var sites = provider.GetRequiredService<SiteRegistry>();
        var sizes = SiteSizes.For(options.Sites, options.People);
        var faker = new Faker("fr") { Random = new Randomizer(options.Seed) };

        await using (var scope = provider.CreateAsyncScope())
        {
            var people = scope.ServiceProvider.GetRequiredService<IPersonDirectory>();
            foreach (var siteId in options.Sites)
            {
                var site = sites.Get(siteId);
                var calendar = FrenchCalendar.For(site);
                await PlanAqiAsync(site, calendar, sizes[siteId].Aqi, faker, people, cancellationToken).ConfigureAwait(false);
                await PlanAciAsync(site, calendar, sizes[siteId].Aci, faker, people, cancellationToken).ConfigureAwait(false);
                await PlanTigAsync(site, calendar, sizes[siteId].Tig, faker, people, cancellationToken).ConfigureAwait(false);
            }
        }

        var total = _planned; // the people generated (a site without an AQI programme has no AQI entrants)
        progress?.Planned(total);
        var calendars = options.Sites.ToDictionary(s => s, s => FrenchCalendar.For(sites.Get(s)), StringComparer.Ordinal);
        var sweeps = provider.GetRequiredService<DailySweeps>();
        var day = start;
        // Every hired contract has its exit on the agenda a week after its last day, and its weeks of hours until then.
        for (; _agenda.Pending > 0 || _hours.Pending > 0; day = day.AddDays(1))
        {
            cancellationToken.ThrowIfCancellationRequested();
            clock.SetUtcNow(new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
            await sweeps.RunAsync(day, cancellationToken).ConfigureAwait(false);
            for (var due = _agenda.Take(day); due.Count > 0; due = _agenda.Take(day))
            {
                foreach (var command in due)
                {
                    await RunAsync(provider, command, cancellationToken).ConfigureAwait(false);
                }
            }
            await RecordPaidHoursAsync(provider, calendars, day, cancellationToken).ConfigureAwait(false);
            progress?.Simulated(day, Math.Min(_done, total), total);
        }
        var end = day.AddDays(-1);
        var result = await SimulationResult.CollectAsync(provider, options, sizes, start, end, _cohorts, _refusals, _commands, cancellationToken).ConfigureAwait(false);
        progress?.Collected();
        return result;
    }

    private async Task RunAsync(IServiceProvider provider, Func<IServiceProvider, CancellationToken, Task> command, CancellationToken cancellationToken)
    {
        var scope = provider.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            _commands++;
            try
            {
                await command(scope.ServiceProvider, cancellationToken).ConfigureAwait(false);
            }
            catch (RuleViolationException ex)
            {
                _refusals[ex.Violation.Code] = _refusals.GetValueOrDefault(ex.Violation.Code) + 1;
            }
        }
    }

    // ------------------------------------------------------------------ AQI promotions

    private async Task PlanAqiAsync(ISite site, FrenchCalendar calendar, int entrants, Faker faker, IPersonDirectory people, CancellationToken ct)
    {
        var programme = site.Programmes.FirstOrDefault(p => p.WorkshopId is not null);
        if (programme is null || entrants == 0)
        {
            return;
        }
        var promotions = Math.Max(1, programme.PromotionsPerYear);
        var perPromotion = (int)Math.Ceiling(entrants / (double)promotions);
        var entered = 0;
        for (var k = 0; k < promotions && entered < entrants; k++)
        {
            var month = 1 + k * 12 / promotions;
            var first = new DateOnly(options.Year, month, 1);
            var monday = first.AddDays(((int)DayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7);
            var cohortStart = calendar.NextWorkingDay(monday);
            var cohortEnd = LegalDates.MonthsEnd(cohortStart, programme.LengthMonths);
            var cohort = new CohortId($"{site.Id}-{options.Year}-{k + 1}");
            _cohorts.Add((site.Id, cohort));
            _agenda.At(cohortStart, (sp, c) => sp.GetRequiredService<CohortService>().OpenAsync(cohort, programme.Id, cohortStart, cancellationToken: c));
            for (var i = 1; i <= perPromotion && entered < entrants; i++, entered++)
            {
                var person = new PersonId($"{cohort}-p{i:D3}");
                var profile = Profile(faker, person, 18, 58);
                _planned++;
                await people.RegisterAsync(profile, ct).ConfigureAwait(false);
                var underJustice = faker.Random.Bool(0.3f);
                var track = new ContractTrack(new ContractId($"{person}-cddi"), person, site.Id, new WorkshopId(programme.WorkshopId!), cohortStart,
                    LegalDates.MonthsEnd(cohortStart, programme.CddiMonths ?? programme.LengthMonths), 26 * 60, Aqi: true, Senior: false, Rqth: false, underJustice);
                Hire(track);
                _agenda.At(cohortStart, (sp, c) => sp.GetRequiredService<CohortService>().EnrolAsync(cohort, person, cohortStart, underJustice, c));
                if (faker.Random.Bool(0.14f))
                {
                    var leave = calendar.NextWorkingDay(cohortStart.AddDays(faker.Random.Int(35, 120)));
                    _agenda.At(leave, (sp, c) => sp.GetRequiredService<CohortService>().WithdrawAsync(cohort, person, leave, "personal reasons", c));
                    Terminate(track, leave, CddiTerminationReason.MutualAgreement, ExitSituation.NoSolution);
                    continue;
                }
                var examDay = calendar.NextWorkingDay(cohortEnd.AddDays(-14));
                var result = faker.Random.Bool(0.85f) ? (faker.Random.Bool(0.9f) ? ExamResult.Passed : ExamResult.Failed) : ExamResult.Absent;
                _agenda.At(examDay, (sp, c) => sp.GetRequiredService<CohortService>().RecordExamAsync(cohort, person, examDay, result, cancellationToken: c));
                var outcomeDay = cohortEnd.AddDays(faker.Random.Int(-10, 45));
                var (outcome, exit) = faker.Random.Double() switch
                {
                    < 0.30 => (OutcomeKind.PermanentJob, ExitSituation.PermanentJob),
                    < 0.50 => (OutcomeKind.FixedTermJob6Months, ExitSituation.FixedTermJob6MonthsOrMore),
                    < 0.63 => (OutcomeKind.ShortJob, ExitSituation.FixedTermJobUnder6Months),
                    < 0.75 => (OutcomeKind.Training, ExitSituation.Training),
                    _ => (OutcomeKind.None, ExitSituation.NoSolution),
                };
                track.Exit = exit;
                _agenda.At(outcomeDay, (sp, c) => sp.GetRequiredService<CohortService>().RecordOutcomeAsync(person, outcomeDay, outcome, c));
                if (underJustice && faker.Random.Bool(0.2f))
                {
                    PlanTigBesideWork(site, faker, person, cohortStart);
                }
            }
        }
    }

    // ------------------------------------------------------------------ ACI workshops

    private static readonly WorkshopId[] Workshops = [new("ilot-gourmand"), new("auto-bleue"), new("agr-ilot"), new("etap-web")];

    private async Task PlanAciAsync(ISite site, FrenchCalendar calendar, int hires, Faker faker, IPersonDirectory people, CancellationToken ct)
    {
        for (var i = 1; i <= hires; i++)
        {
            var person = new PersonId($"{site.Id}-{options.Year}-aci-p{i:D4}");
            var profile = Profile(faker, person, 18, 62);
            _planned++;
            await people.RegisterAsync(profile, ct).ConfigureAwait(false);
            var start = calendar.NextWorkingDay(new DateOnly(options.Year, 1, 1).AddDays(faker.Random.Int(0, 330)));
            var months = faker.PickRandom(4, 6, 6, 8, 12);
            var weekly = faker.PickRandom(20, 24, 26, 26, 30, 35);
            var senior = profile.AgeOn(start) >= 50;
            var track = new ContractTrack(new ContractId($"{person}-cddi"), person, site.Id, faker.PickRandom(Workshops), start,
                LegalDates.MonthsEnd(start, months), weekly * 60, Aqi: false, senior, Rqth: faker.Random.Bool(0.08f), UnderJustice: faker.Random.Bool(0.3f));
            Hire(track);
            var roll = faker.Random.Double();
            if (roll < 0.07)
            {
                var failOn = start.AddDays(faker.Random.Int(3, 12));
                _agenda.At(failOn, async (sp, c) =>
                {
                    await sp.GetRequiredService<CddiService>().FailTrialAsync(track.Id, failOn, c).ConfigureAwait(false);
                    track.EndedOn = failOn;
                    track.Exit = ExitSituation.Unknown;
                    ScheduleExit(track);
                });
                continue;
            }
            if (roll < 0.17)
            {
                var from = start.AddDays(faker.Random.Int(40, 90));
                Suspend(track, from, from.AddDays(14));
            }
            if (roll is >= 0.17 and < 0.27)
            {
                Terminate(track, start.AddDays(faker.Random.Int(60, 110)), CddiTerminationReason.PermanentJob, ExitSituation.PermanentJob);
                continue;
            }
            track.Exit = faker.Random.Double() switch
            {
                < 0.20 => ExitSituation.FixedTermJob6MonthsOrMore,
                < 0.30 => ExitSituation.BusinessCreation,
                < 0.45 => ExitSituation.FixedTermJobUnder6Months,
                < 0.52 => ExitSituation.SubsidisedContract,
                < 0.65 => ExitSituation.Training,
                < 0.72 => ExitSituation.OtherIaeStructure,
                < 0.92 => ExitSituation.NoSolution,
                _ => ExitSituation.Unknown,
            };
            if (faker.Random.Bool(0.7f))
            {
                ScheduleRenewal(track, faker);
            }
            if (track.UnderJustice && faker.Random.Bool(0.2f))
            {
                PlanTigBesideWork(site, faker, person, start);
            }
        }
    }

    private void Hire(ContractTrack track)
    {
        var pass = new PassId($"{track.Person}-pass");
        _agenda.At(track.Start, async (sp, c) =>
        {
            try
            {
                await sp.GetRequiredService<PassIaeService>().IssueAsync(pass, track.Person, track.Start, cancellationToken: c).ConfigureAwait(false);
                await sp.GetRequiredService<CddiService>().HireAsync(new CddiHireRequest(track.Id, track.Person, track.Workshop, track.Start, track.End,
                    new WorkMinutes(track.WeeklyMinutes), null, track.UnderJustice), c).ConfigureAwait(false);
            }
            catch (RuleViolationException)
            {
                _done++; // never hired: nothing more of this person's year
                throw;
            }
            track.Hired = true;
            _hours.Add(track, track.Start);
            ScheduleExit(track);
        });
    }

    private void ScheduleRenewal(ContractTrack track, Faker faker)
    {
        var decideOn = track.End.AddDays(-15);
        _agenda.At(decideOn, async (sp, c) =>
        {
            if (!track.Hired || track.EndedOn is not null)
            {
                return;
            }
            var monthsSoFar = ((track.End.Year - track.FirstStart.Year) * 12) + track.End.Month - track.FirstStart.Month + 1;
            CddiExtension? extension = null;
            var months = Math.Min(6, 24 - monthsSoFar);
            if (months <= 0)
            {
                if (!(track.Senior || track.Rqth) || monthsSoFar >= 36)
                {
                    return;
                }
                extension = track.Senior ? CddiExtension.Senior : CddiExtension.Rqth;
                months = 6;
            }
            var newEnd = LegalDates.MonthsEnd(track.End.AddDays(1), months);
            await sp.GetRequiredService<CddiService>().RenewAsync(track.Id, new CddiRenewal(newEnd, extension, null, null), track.Rqth, c).ConfigureAwait(false);
            track.End = newEnd;
            ScheduleExit(track);
            if (faker.Random.Bool(0.6f))
            {
                ScheduleRenewal(track, faker);
            }
        });
    }

    private void Suspend(ContractTrack track, DateOnly from, DateOnly resumeOn)
    {
        _agenda.At(from, async (sp, c) =>
        {
            if (!track.Hired || track.EndedOn is not null || from > track.End)
            {
                return;
            }
            await sp.GetRequiredService<CddiService>().SuspendAsync(track.Id, from, CddiSuspensionReason.Pmsmp, c).ConfigureAwait(false);
            track.Suspensions.Add((from, resumeOn.AddDays(-1)));
            _agenda.At(resumeOn, async (sp2, c2) =>
            {
                if (track.EndedOn is null && resumeOn <= track.End)
                {
                    await sp2.GetRequiredService<CddiService>().ResumeAsync(track.Id, resumeOn, c2).ConfigureAwait(false);
                }
            });
        });
    }

    private void Terminate(ContractTrack track, DateOnly on, CddiTerminationReason reason, ExitSituation exit)
    {
        _agenda.At(on, async (sp, c) =>
        {
            if (!track.Hired || track.EndedOn is not null)
            {
                return;
            }
            await sp.GetRequiredService<CddiService>().TerminateAsync(track.Id, on, reason, c).ConfigureAwait(false);
            track.EndedOn = on;
            track.Exit = exit;
            ScheduleExit(track);
        });
    }

    // The exit is recorded a week after the last day (the sweep has ended the contract by then).
    private void ScheduleExit(ContractTrack track)
    {
        var version = ++track.ExitVersion;
        var on = track.LastDay.AddDays(7);
        _agenda.At(on, async (sp, c) =>
        {
            if (version != track.ExitVersion)
            {
                return; // renewed or ended early since: a later exit is scheduled
            }
            _done++;
            await sp.GetRequiredService<ExitService>().RecordAsync(track.Id, track.Exit, c).ConfigureAwait(false);
        });
    }

    // On a Sunday, after the day's commands: each contract of the week sends the week's timesheet, one line per day worked
    // (Monday to Sunday, from its start to its last day, on the site's working days, outside its suspensions), in one batch and
    // a scope of its own; the contract goes back on the agenda of the next Sunday while its last day is ahead.
    private async Task RecordPaidHoursAsync(IServiceProvider provider, IReadOnlyDictionary<string, FrenchCalendar> calendars, DateOnly day, CancellationToken ct)
    {
        foreach (var track in _hours.Take(day))
        {
            var calendar = calendars[track.Site];
            var minutes = new WorkMinutes(track.WeeklyMinutes / 5);
            var first = track.Start > day.AddDays(-6) ? track.Start : day.AddDays(-6);
            var last = track.LastDay < day ? track.LastDay : day;
            var lines = new List<WorkedHoursLine>(7);
            for (var d = first; d <= last; d = d.AddDays(1))
            {
                if (calendar.IsWorkingDay(d) && !track.SuspendedOn(d))
                {
                    lines.Add(new WorkedHoursLine(track.Id, d, minutes, DayKey(_hoursKeys, "hours", d), "simulation"));
                }
            }
            if (lines.Count > 0)
            {
                var batch = new WorkedHoursBatch(track.Id, lines);
                await RunAsync(provider, (sp, c) => sp.GetRequiredService<WorkedHoursService>().RecordBatchAsync(batch, c), ct).ConfigureAwait(false);
            }
            if (track.LastDay > day)
            {
                _hours.Add(track, day.AddDays(7));
            }
        }
    }

    // ------------------------------------------------------------------ TIG

    private async Task PlanTigAsync(ISite site, FrenchCalendar calendar, int measures, Faker faker, IPersonDirectory people, CancellationToken ct)
    {
        var programme = site.SoaProgrammes.Count > 0 ? site.SoaProgrammes[0] : null;
        for (var i = 1; i <= measures; i++)
        {
            var person = new PersonId($"{site.Id}-{options.Year}-tig-p{i:D4}");
            _planned++;
            await people.RegisterAsync(Profile(faker, person, 18, 45), ct).ConfigureAwait(false);
            var from = calendar.NextWorkingDay(new DateOnly(options.Year, 1, 1).AddDays(faker.Random.Int(0, 330)));
            var hours = faker.PickRandom(40, 50, 60, 70, 80, 90, 100, 105, 120, 140, 150, 210);
            var months = faker.PickRandom(12, 12, 18);
            var track = new MeasureTrack(new MeasureId($"{person}-tig"), person, site.Id, programme?.Id, from, hours * 60);
            _measures.Add(track);
            var slow = faker.Random.Bool(0.3f);
            _agenda.At(from, async (sp, c) =>
            {
                await sp.GetRequiredService<TigService>().SentenceAsync(new TigSentence
                {
                    Measure = track.Id, Person = person, Hours = WorkMinutes.FromHours(hours), From = from, Months = months,
                    Pronounced = from.AddDays(-faker.Random.Int(20, 90)), SoaProgramme = programme?.Id, Territory = programme?.Territory, Site = site.Id,
                }, c).ConfigureAwait(false);
                track.Sentenced = true;
            });
            // followed past its deadline (and any suspension), so that the sweep marks an unfinished measure Overdue; then done
            _agenda.At(from.AddMonths(months + 3), (_, _) =>
            {
                _done++;
                return Task.CompletedTask;
            });
            var saturday = from.AddDays(((int)DayOfWeek.Saturday - (int)from.DayOfWeek + 7) % 7);
            for (var w = 0; w < 80; w++)
            {
                if (slow && (w % 4 != 0 || w > 50))
                {
                    continue; // a slow pace: one Saturday in four, then none: such a measure may reach its deadline unfinished
                }
                var d = saturday.AddDays(7 * w);
                var taskHours = faker.Random.Int(4, 7);
                _agenda.At(d, (sp, c) => LogTaskAsync(sp, track, d, taskHours, c));
            }
            if (faker.Random.Bool(0.15f))
            {
                var suspendFrom = from.AddDays(faker.Random.Int(30, 150));
                var suspendTo = suspendFrom.AddDays(faker.Random.Int(14, 42));
                _agenda.At(suspendTo.AddDays(1), (sp, c) => track.Sentenced
                    ? sp.GetRequiredService<TigService>().SuspendAsync(track.Id, suspendFrom, suspendTo, TigSuspensionReason.Medical, c)
                    : Task.CompletedTask);
            }
        }
        if (programme is not null && measures > 0)
        {
            PlanSoaSessions(site, calendar, programme, faker);
        }
    }

    // Some people under justice employed on a CDDI also owe TIG hours, done on Saturdays beside their paid week.
    private void PlanTigBesideWork(ISite site, Faker faker, PersonId person, DateOnly from)
    {
        var track = new MeasureTrack(new MeasureId($"{person}-tig"), person, site.Id, null, from, faker.Random.Int(40, 120) * 60);
        _measures.Add(track);
        _agenda.At(from, async (sp, c) =>
        {
            await sp.GetRequiredService<TigService>().SentenceAsync(new TigSentence
            {
                Measure = track.Id, Person = person, Hours = new WorkMinutes(track.Minutes), From = from, Months = 12, Site = site.Id,
            }, c).ConfigureAwait(false);
            track.Sentenced = true;
        });
        _agenda.At(from.AddMonths(13), (_, _) => Task.CompletedTask);
        var saturday = from.AddDays(((int)DayOfWeek.Saturday - (int)from.DayOfWeek + 7) % 7);
        for (var w = 0; w < 52; w++)
        {
            var d = saturday.AddDays(7 * w);
            var h = faker.Random.Int(6, 12);
            _agenda.At(d, (sp, c) => LogTaskAsync(sp, track, d, h, c));
        }
    }

    private async Task LogTaskAsync(IServiceProvider sp, MeasureTrack track, DateOnly day, int hours, CancellationToken c)
    {
        if (!track.Sentenced || track.Done >= track.Minutes)
        {
            return;
        }
        var minutes = Math.Min(hours * 60, track.Minutes - track.Done);
        await sp.GetRequiredService<TigService>().LogAsync(track.Id, day, new WorkMinutes(minutes), TigEntryKind.Task, TaskKey(day), "simulation", c).ConfigureAwait(false);
        track.Done += minutes;
    }

    // A task's key names its day only (unique within the measure): one string a day, shared by every measure's entry of that day.
    private string TaskKey(DateOnly day) => DayKey(_taskKeys, "task", day);

    // A key that names its day only, unique within its ledger (a contract's, a measure's): one string a
    // day, shared by every ledger's entry of that day, so that a network's year does not hold a key per entry.
    private static string DayKey(Dictionary<DateOnly, string> keys, string prefix, DateOnly day)
    {
        if (!keys.TryGetValue(day, out var key))
        {
            keys[day] = key = $"{prefix}:{IsoDates.Format(day)}";
        }
        return key;
    }

    private void PlanSoaSessions(ISite site, FrenchCalendar calendar, SoaProgrammeDefinition programme, Faker faker)
    {
        var kinds = programme.SessionKinds;
        var first = new DateOnly(options.Year, 1, 1);
        var wednesday = first.AddDays(((int)DayOfWeek.Wednesday - (int)first.DayOfWeek + 7) % 7);
        for (var n = 0; n < 40; n++)
        {
            var day = wednesday.AddDays(14 * n);
            if (!calendar.IsWorkingDay(day))
            {
                continue;
            }
            var id = $"{programme.Id}-{IsoDates.Format(day)}";
            var kind = kinds[n % kinds.Count];
            var duration = 3 * 60;
            _agenda.At(day, async (sp, c) =>
            {
                var attending = _measures.Where(m => m.Sentenced && m.Programme == programme.Id && m.Site == site.Id && m.Done + duration <= m.Minutes
                        && m.Pedagogical + duration <= m.Minutes / 2 && m.From <= day)
                    .ToList();
                if (attending.Count == 0)
                {
                    return;
                }
                var absent = attending.Where(_ => faker.Random.Bool(0.1f)).ToList();
                var present = attending.Except(absent).Take(programme.SessionCapacity).ToList();
                var soa = sp.GetRequiredService<SoaService>();
                await soa.PlanAsync(id, programme.Id, kind, day, new WorkMinutes(duration), cancellationToken: c).ConfigureAwait(false);
                await soa.RecordAttendanceAsync(id, present.Select(m => m.Id), absent.Select(m => m.Id), "simulation", c).ConfigureAwait(false);
                foreach (var m in present)
                {
                    m.Done += duration;
                    m.Pedagogical += duration;
                }
            });
        }
    }

    private static PersonProfile Profile(Faker faker, PersonId person, int minAge, int maxAge)
    {
        var today = DateTime.UnixEpoch.AddYears(56); // a fixed day: births do not depend on when the run happens
        var birth = faker.Date.Between(today.AddYears(-maxAge), today.AddYears(-minAge));
        return new PersonProfile(person, DateOnly.FromDateTime(birth), faker.Random.Bool(0.4f) ? Sex.F : Sex.M);
    }

    internal sealed class ContractTrack(ContractId id, PersonId person, string site, WorkshopId workshop, DateOnly start, DateOnly end, int weeklyMinutes, bool Aqi, bool Senior, bool Rqth, bool UnderJustice)
    {
        public ContractId Id { get; } = id;
        public PersonId Person { get; } = person;
        public string Site { get; } = site;
        public WorkshopId Workshop { get; } = workshop;
        public DateOnly Start { get; } = start;
        public DateOnly FirstStart { get; } = start;
        public DateOnly End { get; set; } = end;
        public DateOnly? EndedOn { get; set; }
        public DateOnly LastDay => EndedOn ?? End;
        public int WeeklyMinutes { get; } = weeklyMinutes;
        public bool Aqi { get; } = Aqi;
        public bool Senior { get; } = Senior;
        public bool Rqth { get; } = Rqth;
        public bool UnderJustice { get; } = UnderJustice;
        public bool Hired { get; set; }
        public int ExitVersion { get; set; }
        public ExitSituation Exit { get; set; } = ExitSituation.Unknown;
        public List<(DateOnly From, DateOnly To)> Suspensions { get; } = [];

        public bool SuspendedOn(DateOnly day) => Suspensions.Exists(s => s.From <= day && day <= s.To);
    }

    internal sealed class MeasureTrack(MeasureId id, PersonId person, string site, string? programme, DateOnly from, int minutes)
    {
        public MeasureId Id { get; } = id;
        public PersonId Person { get; } = person;
        public string Site { get; } = site;
        public string? Programme { get; } = programme;
        public DateOnly From { get; } = from;
        public int Minutes { get; } = minutes;
        public bool Sentenced { get; set; }
        public int Done { get; set; }
        public int Pedagogical { get; set; }
    }
}

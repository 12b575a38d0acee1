using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Insertion.Abstractions;

namespace Insertion.Sentencing.Tests;

/// <summary>Invariants of the hours ledger, for any sequence of entries (DESIGN.md: "a ledger balance is the sum of its entries in any order").</summary>
public sealed class TigLedgerProperties
{
    private static readonly DateOnly Start = new(2026, 3, 2);

    /// <summary>An attempted entry: measure 0 or 1, day offset, quarter hours, kind, key number.</summary>
    public sealed record Attempt(int Measure, int Day, int Quarters, TigEntryKind Kind, int Key)
    {
        public string KeyText => $"k{Key}";
        public DateOnly On => Start.AddDays(Day);
        public WorkMinutes Hours => new(Quarters * 15L);
    }

    private static readonly Gen<Attempt> AnyAttempt =
        from measure in Gen.Choose(0, 1)
        from day in Gen.Choose(-3, 75)
        from quarters in Gen.Choose(1, 48)
        from kind in Gen.Elements(TigEntryKind.Task, TigEntryKind.Pedagogical)
        from key in Gen.Choose(0, 40)
        select new Attempt(measure, day, quarters, kind, key);

    private static readonly Gen<(int Hours0, int Hours1, int[] PaidByWeek, Attempt[] Attempts)> AnyStory =
        from h0 in Gen.Choose(20, 60)
        from h1 in Gen.Choose(20, 60)
        from paid in Gen.ArrayOf(Gen.Choose(0, 45), 12)
        from attempts in Gen.ArrayOf(AnyAttempt)
        select (h0, h1, paid, attempts);

    /// <summary>
    /// A person with two measures and declared paid work, in a host-like container. The properties are
    /// synchronous (FsCheck), so the story waits for each command here, outside the test methods.
    /// </summary>
    private sealed class Story : IDisposable
    {
        public Story(int hours0, int hours1, int[] paidByWeek)
        {
            Fixture = new TigFixture(Start);
            var p = Wait(Fixture.PersonAsync("p", new(1990, 1, 1)));
            Ids = [Wait(Fixture.SentenceAsync("m0", p, hours0, Start, 2)).Id, Wait(Fixture.SentenceAsync("m1", p, hours1, Start, 2)).Id];
            Person = p;
            for (var w = 0; w < paidByWeek.Length; w++)
            {
                Wait(Fixture.PaidWork.DeclareAsync(p, IsoWeek.Of(Start.AddDays(7 * w)), WorkMinutes.FromHours(paidByWeek[w])));
            }
            PaidByWeek = paidByWeek;
        }

        public TigFixture Fixture { get; }
        public MeasureId[] Ids { get; }
        public PersonId Person { get; }
        public int[] PaidByWeek { get; }
        public List<Attempt> Accepted { get; } = [];

        /// <summary>The measures as stored now.</summary>
        public TigMeasure[] Measures => Ids.Select(id => Wait(Fixture.Tig.GetAsync(id))).ToArray();

        public long PaidInWeekOf(DateOnly on) => Wait(Fixture.PaidWork.PaidMinutesInWeekAsync(Person, on, default)).Minutes;

        public bool Refused(Attempt a) => Wait(Fixture.Tig.CanLogAsync(Ids[a.Measure], a.On, a.Hours, a.Kind, a.KeyText, "prop")).Count > 0;

        /// <summary>Tries an attempt; true when accepted (new), false when refused; replays count as not new.</summary>
        public bool Try(Attempt a)
        {
            try
            {
                var r = Wait(Fixture.Tig.LogAsync(Ids[a.Measure], a.On, a.Hours, a.Kind, a.KeyText, "prop"));
                if (r.Outcome == RecordOutcome.Recorded)
                {
                    Accepted.Add(a);
                }
                return r.Outcome == RecordOutcome.Recorded;
            }
            catch (RuleViolationException)
            {
                return false;
            }
        }

        public string Snapshot() => string.Join(" | ", Measures.Select(m =>
            $"{m.State} {m.Done.Minutes} {m.Pedagogical.Minutes} {m.Entries.Count} {string.Join(",", m.Entries.Select(e => e.Key))}"));

        public void Dispose() => Fixture.Dispose();

        // The in-memory store completes synchronously: waiting here never blocks a thread for long.
        private static T Wait<T>(Task<T> task) => task.GetAwaiter().GetResult();

        private static void Wait(Task task) => task.GetAwaiter().GetResult();
    }

    [Property(MaxTest = 60)]
    public Property Balance_is_the_sum_of_accepted_entries_whatever_their_order() =>
        Prop.ForAll(AnyStory.SelectMany(s => Gen.Shuffle(s.Attempts).Select(shuffled => (s, shuffled))).ToArbitrary(), t =>
        {
            foreach (var order in new[] { t.s.Attempts, t.shuffled })
            {
                using var story = new Story(t.s.Hours0, t.s.Hours1, t.s.PaidByWeek);
                foreach (var a in order)
                {
                    story.Try(a);
                }
                var measures = story.Measures;
                for (var i = 0; i < 2; i++)
                {
                    var accepted = story.Accepted.Where(a => a.Measure == i).ToList();
                    var m = measures[i];
                    if (m.Done.Minutes != accepted.Sum(a => a.Hours.Minutes)
                        || m.Pedagogical.Minutes != accepted.Where(a => a.Kind == TigEntryKind.Pedagogical).Sum(a => a.Hours.Minutes)
                        || m.Refold() != (m.Done.Minutes, m.Pedagogical.Minutes))
                    {
                        return false;
                    }
                }
            }
            return true;
        });

    private static readonly Gen<Attempt[]> SafeEntries =
        from days in Gen.SubListOf(Enumerable.Range(0, 50).ToArray())
        from kinds in Gen.ArrayOf(Gen.Elements(TigEntryKind.Task, TigEntryKind.Pedagogical), days.Count)
        select days.Select((d, i) => new Attempt(0, d, 4, kinds[i], i)).Take(20).ToArray();

    [Property(MaxTest = 60)]
    public Property Entries_within_every_limit_give_the_same_balance_in_any_order() =>
        Prop.ForAll(SafeEntries.SelectMany(s => Gen.Shuffle(s).Select(shuffled => (s, shuffled))).ToArbitrary(), t =>
        {
            // at most 20 entries of 1 h, one a day, into 40 h: the pedagogical ones are at most 20 h = the 50 % cap
            (long, long) Run(Attempt[] order)
            {
                using var story = new Story(40, 20, []);
                return order.All(story.Try) ? (story.Measures[0].Done.Minutes, story.Measures[0].Pedagogical.Minutes) : (-1, -1);
            }
            var expected = (t.s.Sum(a => a.Hours.Minutes), t.s.Where(a => a.Kind == TigEntryKind.Pedagogical).Sum(a => a.Hours.Minutes));
            return Run(t.s) == expected && Run(t.shuffled) == expected;
        });

    [Property(MaxTest = 60)]
    public Property Replaying_any_subset_of_entries_twice_changes_nothing() =>
        Prop.ForAll(AnyStory.SelectMany(s => Gen.SubListOf(s.Attempts).Select(sub => (s, sub))).ToArbitrary(), t =>
        {
            using var story = new Story(t.s.Hours0, t.s.Hours1, t.s.PaidByWeek);
            foreach (var a in t.s.Attempts)
            {
                story.Try(a);
            }
            var before = story.Snapshot();
            var replay = story.Accepted.Where(a => t.sub.Contains(a)).ToList();
            foreach (var a in replay.Concat(replay))
            {
                if (story.Try(a))
                {
                    return false;
                }
            }
            return story.Snapshot() == before;
        });

    [Property(MaxTest = 80)]
    public Property No_accepted_sequence_exceeds_the_sentence_the_share_the_daily_or_the_weekly_cap() =>
        Prop.ForAll(AnyStory.ToArbitrary(), s =>
        {
            using var story = new Story(s.Hours0, s.Hours1, s.PaidByWeek);
            foreach (var a in s.Attempts)
            {
                story.Try(a);
            }
            var measures = story.Measures;
            var sentenceAndShare = measures.All(m => m.Done <= m.Hours && m.Pedagogical.Minutes * 2 <= m.Hours.Minutes);
            var entries = measures.SelectMany(m => m.Entries).ToList();
            var daily = entries.GroupBy(e => e.On).All(g => g.Sum(e => e.Minutes.Minutes) <= 600);
            var weekly = entries.GroupBy(e => IsoWeek.Of(e.On)).All(g =>
                g.Sum(e => e.Minutes.Minutes) + story.PaidInWeekOf(g.First().On) <= 47 * 60);
            var term = entries.All(e => e.On >= Start && e.On <= measures[0].Deadline);
            return sentenceAndShare && daily && weekly && term;
        });

    [Property(MaxTest = 80)]
    public Property A_refused_entry_changes_nothing() =>
        Prop.ForAll(AnyStory.ToArbitrary(), s =>
        {
            using var story = new Story(s.Hours0, s.Hours1, s.PaidByWeek);
            foreach (var a in s.Attempts)
            {
                var before = story.Snapshot();
                var refused = story.Refused(a);
                var accepted = story.Try(a);
                if (refused == accepted && refused)
                {
                    return false; // the query twin and the command disagree
                }
                if (refused && story.Snapshot() != before)
                {
                    return false;
                }
            }
            return true;
        });
}

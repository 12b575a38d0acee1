using Insertion.Abstractions;
using Insertion.Sentencing;
using Microsoft.Extensions.DependencyInjection;

namespace Insertion.Benchmarks.Sentencing;

/// <summary>
/// TIG hours appends across measures (by default 1 000 000: 10 000 measures, one person each, 100
/// entries of 1 h on 100 successive days, interleaved across measures), through the library
/// (<see cref="TigService.LogAsync"/> in a DI scope per command, as a host sends them), and the hand-written loop
/// that keeps the same running sums (done, pedagogical, minutes per day and per ISO week, the
/// idempotency keys and the entries) with the same limit comparisons.
/// </summary>
internal sealed class TigLedgerWorkload(int measures = 10_000, int entriesPerMeasure = 100)
{
    private static readonly DateOnly Start = new(2026, 1, 5);

    private readonly string[] _keys = Enumerable.Range(0, entriesPerMeasure).Select(i => $"k{i}").ToArray();
    private readonly DateOnly[] _days = Enumerable.Range(0, entriesPerMeasure).Select(i => Start.AddDays(i)).ToArray();
    private ServiceProvider? _provider;
    private TigService? _service;

    public int Measures => measures;

    public int EntriesPerMeasure => entriesPerMeasure;
    private MeasureId[] _ids = [];
    private HandWritten[] _baseline = [];

    public void Setup()
    {
        _provider?.Dispose();
        var services = new ServiceCollection();
        services.AddInsertion(b => b.AddSentencing());
        _provider = services.BuildServiceProvider();
        _service = _provider.GetRequiredService<TigService>();
        var people = _provider.GetRequiredService<IPersonDirectory>();
        _ids = new MeasureId[Measures];
        for (var i = 0; i < Measures; i++)
        {
            var person = new PersonId($"p{i}");
            people.RegisterAsync(new PersonProfile(person, new DateOnly(1990, 1, 1), Sex.X)).GetAwaiter().GetResult();
            _ids[i] = _service.SentenceAsync(new TigSentence
            {
                Measure = new MeasureId($"m{i}"), Person = person, Hours = WorkMinutes.FromHours(EntriesPerMeasure), From = Start, Months = 12,
            }).GetAwaiter().GetResult().Id;
        }
        _baseline = Enumerable.Range(0, Measures).Select(_ => new HandWritten(EntriesPerMeasure * 60L, LegalDates.MonthsEnd(Start, 12))).ToArray();
    }

    public long Library()
    {
        var provider = _provider!;
        var hour = WorkMinutes.FromHours(1);
        for (var j = 0; j < EntriesPerMeasure; j++)
        {
            var kind = j % 4 == 0 ? TigEntryKind.Pedagogical : TigEntryKind.Task;
            for (var i = 0; i < Measures; i++)
            {
                using var scope = provider.CreateScope();
                scope.ServiceProvider.GetRequiredService<TigService>().LogAsync(_ids[i], _days[j], hour, kind, _keys[j], "bench").GetAwaiter().GetResult();
            }
        }
        return _service!.FindAsync(_ids[^1]).GetAwaiter().GetResult()!.Done.Minutes;
    }

    public long Baseline()
    {
        for (var j = 0; j < EntriesPerMeasure; j++)
        {
            var pedagogical = j % 4 == 0;
            for (var i = 0; i < Measures; i++)
            {
                _baseline[i].Append(_keys[j], _days[j], 60, pedagogical);
            }
        }
        return _baseline[^1].Done;
    }

    /// <summary>The same running sums, kept by hand.</summary>
    private sealed class HandWritten(long hours, DateOnly deadline)
    {
        private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
        private readonly List<(DateOnly On, long Minutes, bool Pedagogical)> _entries = [];
        private readonly Dictionary<DateOnly, long> _byDay = [];
        private readonly Dictionary<DateOnly, long> _byWeek = [];

        public long Done { get; private set; }
        public long Pedagogical { get; private set; }

        public void Append(string key, DateOnly on, long minutes, bool pedagogical)
        {
            if (_keys.Contains(key))
            {
                return;
            }
            var monday = on.AddDays(-(((int)on.DayOfWeek + 6) % 7));
            if (Done + minutes > hours || on > deadline
                || (pedagogical && (Pedagogical + minutes) * 2 > hours)
                || _byDay.GetValueOrDefault(on) + minutes > 600
                || _byWeek.GetValueOrDefault(monday) + minutes > 47 * 60)
            {
                return;
            }
            _keys.Add(key);
            _entries.Add((on, minutes, pedagogical));
            Done += minutes;
            if (pedagogical)
            {
                Pedagogical += minutes;
            }
            _byDay[on] = _byDay.GetValueOrDefault(on) + minutes;
            _byWeek[monday] = _byWeek.GetValueOrDefault(monday) + minutes;
        }
    }
}

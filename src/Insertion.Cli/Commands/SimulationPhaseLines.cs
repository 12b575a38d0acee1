using System.Globalization;
using Insertion.Cli.Simulation;

namespace Insertion.Cli.Commands;

/// <summary>
/// The progress of <c>simulate</c> when the output is not a terminal: one line per phase (planning,
/// each simulated year, reading the figures back), with the time it took and the people done.
/// </summary>
internal sealed class SimulationPhaseLines(TextWriter writer, TimeProvider time) : ISimulationProgress
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private readonly long _started = time.GetTimestamp();
    private long _phase = time.GetTimestamp();
    private int? _year;
    private int _done;
    private int _people;

    public void Planned(int people)
    {
        _people = people;
        writer.WriteLine(string.Create(Inv, $"Planning {people} people… done in {Lap():0.0} s."));
    }

    public void Simulated(DateOnly day, int done, int people)
    {
        if (_year is { } year && day.Year != year)
        {
            YearDone(year);
        }
        _year = day.Year;
        _done = done;
        _people = people;
    }

    public void Collected()
    {
        if (_year is { } year)
        {
            YearDone(year);
            _year = null;
        }
        writer.WriteLine(string.Create(Inv, $"Reading the figures back… done in {Lap():0.0} s."));
    }

    /// <summary>The files are written: the last phase.</summary>
    public void Written(int files) => writer.WriteLine(string.Create(Inv, $"Writing {files} files… done in {Lap():0.0} s."));

    private void YearDone(int year)
    {
        var lap = Lap();
        var total = time.GetElapsedTime(_started).TotalSeconds;
        writer.WriteLine(string.Create(Inv, $"Simulating {year}… done in {lap:0.0} s: {_done} of {_people} people done, {SimulationRate.PeoplePerSecond(_done, total)} people/s."));
    }

    private double Lap()
    {
        var now = time.GetTimestamp();
        var seconds = time.GetElapsedTime(_phase, now).TotalSeconds;
        _phase = now;
        return seconds;
    }
}

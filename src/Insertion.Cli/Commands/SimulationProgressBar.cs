using System.Globalization;
using Insertion.Cli.Simulation;
using Spectre.Console;

namespace Insertion.Cli.Commands;

/// <summary>The progress of <c>simulate</c> on a terminal: a bar of the people done, with the day reached and the rate.</summary>
internal sealed class SimulationProgressBar(ProgressTask task, string title, TimeProvider time) : ISimulationProgress
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private readonly long _started = time.GetTimestamp();

    public void Planned(int people)
    {
        task.MaxValue = people;
        task.Description = Markup.Escape($"{title}: {people} people planned");
    }

    public void Simulated(DateOnly day, int done, int people)
    {
        task.MaxValue = people;
        task.Value = done;
        var rate = SimulationRate.PeoplePerSecond(done, time.GetElapsedTime(_started).TotalSeconds);
        task.Description = Markup.Escape(string.Create(Inv, $"{title}: {day:yyyy-MM-dd}, {done} of {people} people done, {rate} people/s"));
    }

    public void Collected() => task.Description = Markup.Escape($"{title}: reading the figures back");
}

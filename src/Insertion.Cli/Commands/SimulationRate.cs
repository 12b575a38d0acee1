using System.Globalization;

namespace Insertion.Cli.Commands;

/// <summary>People per second, as the progress and the summary print it.</summary>
internal static class SimulationRate
{
    public static string PeoplePerSecond(int people, double seconds) =>
        (seconds <= 0 ? 0 : people / seconds).ToString(people / Math.Max(seconds, 1e-9) >= 100 ? "0" : "0.0", CultureInfo.InvariantCulture);
}

namespace Insertion.Cli.Simulation;

/// <summary>What <c>insertion simulate</c> runs: which sites, which year, which seed, how many people, where to write.</summary>
/// <param name="Sites">Site ids (amiens, paris, aubervilliers).</param>
/// <param name="Year">The year whose entries are simulated (activity started in the year, followed to its end).</param>
/// <param name="Seed">Seed of the generated people and events: the same seed and year give the same files.</param>
/// <param name="People">People entering in the year across the sites, or null for the sites' real sizes.</param>
/// <param name="Out">Folder of report.html, plan.ics and the CSV files.</param>
/// <param name="Db">A database to write the year into (<c>Host=...</c>: PostgreSQL; otherwise SQLite), or null for the in-memory store.</param>
internal sealed record SimulationOptions(IReadOnlyList<string> Sites, int Year, int Seed, int? People, string Out, string? Db = null)
{
    /// <summary>The most people a run takes.</summary>
    public const int MaxPeople = 100_000;
}

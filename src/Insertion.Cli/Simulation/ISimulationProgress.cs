namespace Insertion.Cli.Simulation;

/// <summary>What a run reports while it goes: its phases and, each simulated day, the people done.</summary>
internal interface ISimulationProgress
{
    /// <summary>The people of the run are generated and their year planned.</summary>
    void Planned(int people);

    /// <summary>
    /// <paramref name="day"/> is simulated: <paramref name="done"/> of <paramref name="people"/> people
    /// have their whole activity behind them (exit recorded, measure followed past its deadline).
    /// </summary>
    void Simulated(DateOnly day, int done, int people);

    /// <summary>The figures are read back from the store.</summary>
    void Collected();
}

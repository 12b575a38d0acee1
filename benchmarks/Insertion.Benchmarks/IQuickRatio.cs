namespace Insertion.Benchmarks;

/// <summary>
/// A quick check of a performance budget (issue texts: "within 3× of a hand-written loop"): times the
/// library's way and a baseline doing the same work, and reports the ratio against the budget.
/// Run with <c>dotnet run -c Release --project benchmarks/Insertion.Benchmarks -- --quick</c>.
/// Timing is never asserted in tests.
/// </summary>
public interface IQuickRatio
{
    /// <summary>What is measured.</summary>
    string Name { get; }

    /// <summary>The largest acceptable ratio library / baseline.</summary>
    double Budget { get; }

    /// <summary>Prepares the data (not timed).</summary>
    void Setup();

    /// <summary>The library's way (timed).</summary>
    void Library();

    /// <summary>The hand-written baseline (timed).</summary>
    void Baseline();
}

/// <summary>A quick ratio that needs something the machine may lack (a database server): skipped, and said so, without it.</summary>
public interface IOptionalQuickRatio
{
    /// <summary>Why it cannot run here, or null when it can.</summary>
    string? Unavailable { get; }
}

/// <summary>A quick ratio whose sides are heavy enough to be timed fewer times than the default 5 (best of <see cref="Runs"/>).</summary>
public interface IQuickRatioRuns
{
    /// <summary>How many times each side is timed.</summary>
    int Runs { get; }
}

namespace Insertion.Abstractions;

/// <summary>Sex as recorded for mixity indicators (F, M, or X for another or unstated).</summary>
public enum Sex
{
    /// <summary>Female.</summary>
    F,
    /// <summary>Male.</summary>
    M,
    /// <summary>Other or not stated.</summary>
    X,
}

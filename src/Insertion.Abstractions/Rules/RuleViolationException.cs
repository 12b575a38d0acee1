namespace Insertion.Abstractions;

/// <summary>Thrown by a command the rules refuse. The aggregate is unchanged.</summary>
public sealed class RuleViolationException : Exception
{
    /// <summary>Wraps a violation.</summary>
    public RuleViolationException(RuleViolation violation)
        : base(violation?.ToString())
    {
        ArgumentNullException.ThrowIfNull(violation);
        Violation = violation;
    }

    /// <summary>The rule that refused the command.</summary>
    public RuleViolation Violation { get; }

    /// <summary>Throws for the first violation, if any: the command form of a query twin.</summary>
    public static void ThrowIfAny(IReadOnlyList<RuleViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        if (violations.Count > 0)
        {
            throw new RuleViolationException(violations[0]);
        }
    }
}

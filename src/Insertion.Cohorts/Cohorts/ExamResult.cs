namespace Insertion.Cohorts;

/// <summary>The result of a person at an exam (or at one certification block of it).</summary>
public enum ExamResult
{
    /// <summary>Sat and passed.</summary>
    Passed,
    /// <summary>Sat and failed.</summary>
    Failed,
    /// <summary>Did not sit (counts neither in "sat" nor in "passed").</summary>
    Absent,
}

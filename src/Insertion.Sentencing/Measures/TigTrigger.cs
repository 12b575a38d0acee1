namespace Insertion.Sentencing;

/// <summary>What can happen to a TIG measure; <see cref="TigLifecycle"/> says which are permitted and why not.</summary>
public enum TigTrigger
{
    /// <summary>Hours are logged (an entry of the ledger).</summary>
    LogHours,
    /// <summary>A reversing entry corrects an earlier entry.</summary>
    Correct,
    /// <summary>The time limit is suspended (C. pén. 131-22).</summary>
    Suspend,
    /// <summary>The last sentenced hour is done.</summary>
    Complete,
    /// <summary>A correction takes back hours of a completed measure.</summary>
    Reopen,
    /// <summary>The daily sweep finds the deadline passed with hours left.</summary>
    MarkOverdue,
    /// <summary>A suspension moved the deadline of an overdue measure back into the future.</summary>
    Resume,
    /// <summary>A court decision ends the measure.</summary>
    Cancel,
    /// <summary>A court decision converts the measure into another penalty.</summary>
    Convert,
}

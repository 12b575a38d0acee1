namespace Insertion.Contracts;

/// <summary>States of a CDDI.</summary>
public enum CddiState
{
    /// <summary>In its trial period (C. trav. L1242-10).</summary>
    Trial,
    /// <summary>Running, past or without its trial.</summary>
    Active,
    /// <summary>Suspended at the employee's request (C. trav. L5132-15-2); the term does not move.</summary>
    Suspended,
    /// <summary>Ended (see <see cref="CddiContract.EndReason"/>).</summary>
    Ended,
}

namespace Insertion.Contracts;

/// <summary>A suspension of a CDDI (C. trav. L5132-15-2). The term does not move.</summary>
/// <param name="From">Day the suspension starts.</param>
/// <param name="Reason">Why.</param>
/// <param name="ResumedOn">Day the contract resumed, or null while suspended (or when it ended suspended).</param>
public sealed record CddiSuspension(DateOnly From, CddiSuspensionReason Reason, DateOnly? ResumedOn);

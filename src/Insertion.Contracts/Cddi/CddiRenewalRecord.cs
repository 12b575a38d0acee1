namespace Insertion.Contracts;

/// <summary>A renewal granted on a CDDI.</summary>
/// <param name="PreviousEnd">The end before the renewal.</param>
/// <param name="NewEnd">The end after it.</param>
/// <param name="Extension">The ground used past 24 months, or null.</param>
public sealed record CddiRenewalRecord(DateOnly PreviousEnd, DateOnly NewEnd, CddiExtension? Extension);

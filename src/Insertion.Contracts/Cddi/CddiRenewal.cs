namespace Insertion.Contracts;

/// <summary>A renewal request (SCENARIOS.md, <c>renew</c>).</summary>
/// <param name="NewEnd">The requested new end (see <see cref="CddiContract.EndAfterMonths"/> for months).</param>
/// <param name="Extension">Ground past 24 months (C. trav. L5132-15-1, R5132-1-8), or null.</param>
/// <param name="TrainingEnd">With <see cref="CddiExtension.Training"/>: the training's last day; the new end may not pass it.</param>
/// <param name="AgeOn">With <see cref="CddiExtension.Senior"/>: the day the age is taken; default the day after the current end.</param>
public sealed record CddiRenewal(DateOnly NewEnd, CddiExtension? Extension = null, DateOnly? TrainingEnd = null, DateOnly? AgeOn = null);

namespace Insertion.Abstractions;

/// <summary>A place of a site where activities happen (a kitchen, a training platform).</summary>
/// <param name="Id">Stable id.</param>
/// <param name="Name">Name shown to people.</param>
/// <param name="WeeklyGroupCapacity">How many groups it takes in one week.</param>
public sealed record SiteLocation(string Id, string Name, int WeeklyGroupCapacity);

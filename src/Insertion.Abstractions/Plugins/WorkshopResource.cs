namespace Insertion.Abstractions;

/// <summary>Equipment of limited capacity (a lift, a paint booth) that bounds how many people can work at once.</summary>
/// <param name="Id">Stable id.</param>
/// <param name="Name">Name shown to people.</param>
/// <param name="Units">How many of them the workshop has.</param>
/// <param name="PeoplePerUnit">People who can work safely on one unit at once.</param>
public sealed record WorkshopResource(string Id, string Name, int Units, int PeoplePerUnit)
{
    /// <summary>People the resource takes at once (units × people per unit).</summary>
    public int PeopleAtOnce => Units * PeoplePerUnit;
}

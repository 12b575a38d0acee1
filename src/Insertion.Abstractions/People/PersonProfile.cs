namespace Insertion.Abstractions;

/// <summary>
/// What every module may know of a person: an opaque id, the birth date (ages in law) and the sex
/// (mixity indicators). Justice and health facts are not here: the module that owns them
/// receives them as explicit inputs and never hands them to plugins (DOMAIN.md §5).
/// </summary>
/// <param name="Id">Opaque id.</param>
/// <param name="BirthDate">Birth date.</param>
/// <param name="Sex">Sex as recorded.</param>
public sealed record PersonProfile(PersonId Id, DateOnly BirthDate, Sex Sex)
{
    /// <summary>Age in whole years on <paramref name="on"/>.</summary>
    public int AgeOn(DateOnly on) => LegalDates.AgeOn(BirthDate, on);
}

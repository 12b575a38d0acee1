namespace Insertion.Abstractions;

/// <summary>
/// What every module may know of a person: an opaque id, the birth date (ages in law) and the sex
/// (mixity indicators). Justice and health facts are not here: the module that owns them
/// receives them as explicit inputs and never hands them to plugins (DOMAIN.md §5). Stored like an
/// aggregate (see <see cref="IPersonDirectory"/>).
/// </summary>
/// <param name="Id">Opaque id.</param>
/// <param name="BirthDate">Birth date.</param>
/// <param name="Sex">Sex as recorded.</param>
public sealed record PersonProfile(PersonId Id, DateOnly BirthDate, Sex Sex) : IAggregateRoot
{
    /// <inheritdoc />
    public string Key => Id.Value;

    /// <inheritdoc />
    public long Version { get; set; }

    /// <summary>Age in whole years on <paramref name="on"/>.</summary>
    public int AgeOn(DateOnly on) => LegalDates.AgeOn(BirthDate, on);

    /// <summary>Equal when the same person has the same facts (the stored version is not compared).</summary>
    public bool Equals(PersonProfile? other) =>
        other is not null && Id == other.Id && BirthDate == other.BirthDate && Sex == other.Sex;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, BirthDate, Sex);
}

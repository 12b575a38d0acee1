namespace Insertion.Persistence.EntityFrameworkCore;

/// <summary>
/// What a provider package tells the EF adapter about its database: how to recognise a unique
/// (primary key or unique index) violation in its own exceptions. Registered once by
/// <c>UseSqlite</c> / <c>UsePostgreSql</c>.
/// </summary>
public sealed class StoreDialect
{
    /// <summary>Creates a dialect.</summary>
    /// <param name="isUniqueViolation">Whether an exception (the inner exception of EF's <c>DbUpdateException</c>) is a unique violation.</param>
    public StoreDialect(Func<Exception, bool> isUniqueViolation)
    {
        IsUniqueViolation = isUniqueViolation ?? throw new ArgumentNullException(nameof(isUniqueViolation));
    }

    /// <summary>Whether an exception is a unique (primary key or unique index) violation.</summary>
    public Func<Exception, bool> IsUniqueViolation { get; }
}

using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Insertion.Persistence.EntityFrameworkCore;

/// <summary>
/// Creates the database schema, by an explicit call (a host at start, or <c>insertion db migrate</c>):
/// the tables of every aggregate when the database is new or empty. The schema's fingerprint (a hash
/// of its creation script) is stored with it; a database created by a different schema is refused with a
/// clear error rather than used half-matching. (Schema changes are not migrated in place yet: a
/// release that changes the schema says how to move its data.)
/// </summary>
public static class InsertionDatabase
{
    /// <summary>Creates the schema in the database of <paramref name="services"/>' <see cref="InsertionDbContext"/>, or checks it is the current one.</summary>
    /// <returns>True when the schema was created, false when it was already there.</returns>
    /// <exception cref="InvalidOperationException">The database holds another version of the schema.</exception>
    public static async Task<bool> MigrateAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        var scope = services.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var db = scope.ServiceProvider.GetRequiredService<InsertionDbContext>();
            return await MigrateAsync(db, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Creates the schema in <paramref name="db"/>'s database, or checks it is the current one.</summary>
    public static async Task<bool> MigrateAsync(InsertionDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var fingerprint = Fingerprint(db);
        var created = await db.Database.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var stamps = db.Set<SchemaStamp>();
        var stamp = await stamps.AsNoTracking().FirstOrDefaultAsync(s => s.Id == 1, cancellationToken).ConfigureAwait(false);
        if (stamp is null)
        {
            stamps.Add(new SchemaStamp { Id = 1, Fingerprint = fingerprint });
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            db.ChangeTracker.Clear();
            return created;
        }
        if (!string.Equals(stamp.Fingerprint, fingerprint, StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                $"The database holds the Insertion schema {stamp.Fingerprint[..12]}, not this version's {fingerprint[..12]}: "
                + "move its data to a new database created by this version.");
        }
        return created;
    }

    /// <summary>The hash of the schema's creation script on the context's provider.</summary>
    internal static string Fingerprint(InsertionDbContext db) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(db.Database.GenerateCreateScript().ReplaceLineEndings("\n"))));
}

/// <summary>The one row telling which schema a database was created with.</summary>
internal sealed class SchemaStamp
{
    public int Id { get; set; }

    public string Fingerprint { get; set; } = "";
}

/// <summary>The schema stamp's table.</summary>
internal sealed class SchemaStampConfiguration : IEntityTypeConfiguration<SchemaStamp>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<SchemaStamp> builder)
    {
        builder.ToTable("InsertionSchema");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Fingerprint).HasMaxLength(64);
    }
}

using Microsoft.EntityFrameworkCore;

namespace Insertion.Persistence.EntityFrameworkCore;

/// <summary>
/// The one EF Core context of the library: every aggregate and what the modules store, mapped by
/// the configuration classes of this assembly (no attribute on a domain type). A scope has its own
/// context, so two scopes hold separate copies, as two processes would. Registered by
/// <c>UseSqlite</c> / <c>UsePostgreSql</c>; hosts use it through <c>IRepository&lt;T&gt;</c> and
/// <c>IUnitOfWork</c>, not directly.
/// </summary>
public sealed class InsertionDbContext : DbContext
{
    /// <summary>Creates the context.</summary>
    public InsertionDbContext(DbContextOptions<InsertionDbContext> options)
        : base(options)
    {
    }

    /// <summary>Whether the provider is PostgreSQL (Npgsql).</summary>
    internal bool IsPostgreSql => Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        ValueConversions.Configure(configurationBuilder);
    }

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(InsertionDbContext).Assembly);
        if (IsPostgreSql)
        {
            // Keys order as ordinal strings (as the in-memory store's do), whatever the server's locale.
            foreach (var entity in modelBuilder.Model.GetEntityTypes())
            {
                entity.FindProperty(entity.KeyProperty())?.SetCollation("C");
            }
        }
    }
}

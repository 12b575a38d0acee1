using Insertion.Persistence.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.DependencyInjection;

namespace Insertion.Persistence.Sqlite;

/// <summary>
/// The context <c>dotnet ef migrations add</c> builds to write this package's SQLite migrations
/// (see <c>tools/add-migration.sh</c>); never used at run time, and it opens no database.
/// </summary>
internal sealed class SqliteDesignTimeContextFactory : IDesignTimeDbContextFactory<InsertionDbContext>
{
    public InsertionDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<InsertionDbContext>()
            .UseSqlite("Data Source=design-time.db", SqliteInsertionBuilderExtensions.Migrations)
            .Options);
}

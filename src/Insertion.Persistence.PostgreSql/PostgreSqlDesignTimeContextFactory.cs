using Insertion.Persistence.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.DependencyInjection;

namespace Insertion.Persistence.PostgreSql;

/// <summary>
/// The context <c>dotnet ef migrations add</c> builds to write this package's PostgreSQL migrations
/// (see <c>tools/add-migration.sh</c>); never used at run time, and it connects to no server.
/// </summary>
internal sealed class PostgreSqlDesignTimeContextFactory : IDesignTimeDbContextFactory<InsertionDbContext>
{
    public InsertionDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<InsertionDbContext>()
            .UseNpgsql("Host=localhost;Database=insertion_design_time", PostgreSqlInsertionBuilderExtensions.Migrations)
            .Options);
}

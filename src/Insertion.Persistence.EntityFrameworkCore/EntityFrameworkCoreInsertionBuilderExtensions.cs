using Insertion.Abstractions;
using Insertion.Contracts;
using Insertion.Persistence.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Stores the library's aggregates with EF Core (the provider packages call this).</summary>
public static class EntityFrameworkCoreInsertionBuilderExtensions
{
    /// <summary>
    /// Replaces the in-memory store: <see cref="IRepository{T}"/> becomes <see cref="EfRepository{T}"/>
    /// and <see cref="IUnitOfWork"/> becomes <see cref="EfUnitOfWork"/> (both scoped, over the
    /// scope's <see cref="InsertionDbContext"/>). <c>UseSqlite</c> and <c>UsePostgreSql</c> call it
    /// with their provider; another provider may too, with its <paramref name="dialect"/>.
    /// </summary>
    /// <param name="builder">The Insertion builder.</param>
    /// <param name="configure">Chooses and configures the provider (e.g. <c>o => o.UseSqlite(...)</c>).</param>
    /// <param name="dialect">How the provider reports unique violations.</param>
    public static IInsertionBuilder UseEntityFrameworkCore(this IInsertionBuilder builder, Action<DbContextOptionsBuilder> configure, StoreDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        ArgumentNullException.ThrowIfNull(dialect);
        var services = builder.Services;
        services.AddDbContextPool<InsertionDbContext>(configure);
        services.Replace(ServiceDescriptor.Singleton(dialect));
        services.TryAddSingleton<StoredEntryCounts>();
        services.TryAddScoped(sp => new EfUnitOfWork(sp.GetRequiredService<InsertionDbContext>(), sp.GetRequiredService<StoreDialect>(), sp.GetRequiredService<StoredEntryCounts>()));
        services.Replace(ServiceDescriptor.Scoped<IUnitOfWork>(sp => sp.GetRequiredService<EfUnitOfWork>()));
        services.Replace(ServiceDescriptor.Scoped(typeof(IRepository<>), typeof(EfRepository<>)));
        services.Replace(ServiceDescriptor.Scoped<IPaidHoursTotals, EfPaidHoursTotals>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStoredPart<ContractHoursLedger>, HoursLedgerEntries>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStoredPart<Insertion.Sentencing.TigMeasure>, TigLedgerEntries>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStoredPart<Insertion.Cohorts.Cohort>, CohortMemberRows>());
        return builder;
    }
}

using Insertion.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Insertion.Persistence.EntityFrameworkCore;

/// <summary>
/// CDDI: what specifications ask (person, workshop, state, dates) as columns, the day the sweep is
/// next due (computed, stored, indexed: the daily sweep's one range term) with them; the history
/// (weekly-hours schedule, suspensions, renewals) as JSON.
/// </summary>
internal sealed class CddiContractConfiguration : IEntityTypeConfiguration<CddiContract>
{
    public void Configure(EntityTypeBuilder<CddiContract> builder)
    {
        builder.MapAggregate("CddiContracts", c => c.Id);
        builder.MaterializeWithoutConstructor();
        builder.Ignore(c => c.WeeklyHoursSchedule);
        builder.Ignore(c => c.Suspensions);
        builder.Ignore(c => c.Renewals);
        builder.Ignore(c => c.Period);
        builder.Ignore(c => c.PermittedTriggers);
        builder.Property(c => c.State).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.EndReason).HasConversion<string>().HasMaxLength(64);
        builder.StoreComputed(c => c.SweepDueOn);
        builder.JsonList<CddiContract, WeeklyHoursPeriod>("_hours", "WeeklyHours");
        builder.JsonList<CddiContract, CddiSuspension>("_suspensions", "Suspensions");
        builder.JsonList<CddiContract, CddiRenewalRecord>("_renewals", "Renewals");
        builder.HasIndex(c => c.Person);
        builder.HasIndex(c => new { c.Workshop, c.State });
        builder.HasIndex(c => c.End);
        builder.HasIndex(AggregateMapping.StoredPrefix + nameof(CddiContract.SweepDueOn));
    }
}

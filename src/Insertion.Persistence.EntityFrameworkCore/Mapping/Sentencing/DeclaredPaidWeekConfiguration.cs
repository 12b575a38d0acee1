using Insertion.Sentencing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Insertion.Persistence.EntityFrameworkCore;

/// <summary>Paid work declared by a host, one row per person and ISO week (keyed by both).</summary>
internal sealed class DeclaredPaidWeekConfiguration : IEntityTypeConfiguration<DeclaredPaidWeek>
{
    public void Configure(EntityTypeBuilder<DeclaredPaidWeek> builder)
    {
        builder.MapAggregate("DeclaredPaidWeeks", w => new { w.Person, w.Monday });
        builder.MaterializeWithoutConstructor();
    }
}

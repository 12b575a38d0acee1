using Insertion.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Insertion.Persistence.EntityFrameworkCore;

/// <summary>PASS IAE: dates as columns (the end, computed, stored too), suspensions and prolongations as JSON.</summary>
internal sealed class PassIaeConfiguration : IEntityTypeConfiguration<PassIae>
{
    public void Configure(EntityTypeBuilder<PassIae> builder)
    {
        builder.MapAggregate("PassIae", p => p.Id);
        builder.Ignore(p => p.Suspensions);
        builder.Ignore(p => p.Prolongations);
        builder.Property(p => p.SuspensionDays).HasField("_suspensionDays").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Property(p => p.ProlongationDays).HasField("_prolongationDays").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.StoreComputed(p => p.End);
        builder.JsonList<PassIae, PassSuspension>("_suspensions", "Suspensions");
        builder.JsonList<PassIae, PassProlongation>("_prolongations", "Prolongations");
        builder.HasIndex(p => p.Person);
    }
}

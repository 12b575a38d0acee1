using Insertion.Cohorts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Insertion.Persistence.EntityFrameworkCore;

/// <summary>The record of each disclosure of justice data (DOMAIN.md §5): purpose, cohort, count of people, day; keyed by its own key.</summary>
internal sealed class JusticeDisclosureConfiguration : IEntityTypeConfiguration<JusticeDisclosure>
{
    public void Configure(EntityTypeBuilder<JusticeDisclosure> builder)
    {
        builder.MapAggregate<JusticeDisclosure, string>("JusticeDisclosures", id: null);
        builder.MaterializeWithoutConstructor();
        builder.Property(d => d.Purpose).HasMaxLength(200);
        builder.HasIndex(d => d.DisclosedOn);
    }
}

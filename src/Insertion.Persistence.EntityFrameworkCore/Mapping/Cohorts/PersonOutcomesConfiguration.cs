using Insertion.Cohorts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Insertion.Persistence.EntityFrameworkCore;

/// <summary>The outcomes recorded for a person (one row per person, the dated outcomes as JSON).</summary>
internal sealed class PersonOutcomesConfiguration : IEntityTypeConfiguration<PersonOutcomes>
{
    public void Configure(EntityTypeBuilder<PersonOutcomes> builder)
    {
        builder.MapAggregate("PersonOutcomes", o => o.Person);
        builder.MaterializeWithoutConstructor();
        builder.Ignore(o => o.Entries);
        builder.JsonList<PersonOutcomes, OutcomeEntry>("_entries", "Entries");
    }
}

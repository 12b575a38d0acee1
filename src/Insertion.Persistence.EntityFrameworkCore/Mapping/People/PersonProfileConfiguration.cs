using Insertion.Abstractions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Insertion.Persistence.EntityFrameworkCore;

/// <summary>Persons: id, birth date, sex (DOMAIN.md §5: nothing else of a person is stored here).</summary>
internal sealed class PersonProfileConfiguration : IEntityTypeConfiguration<PersonProfile>
{
    public void Configure(EntityTypeBuilder<PersonProfile> builder)
    {
        builder.MapAggregate("Persons", p => p.Id);
        builder.Property(p => p.Sex).HasConversion<string>().HasMaxLength(32);
    }
}

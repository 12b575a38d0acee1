using Insertion.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Insertion.Persistence.EntityFrameworkCore;

/// <summary>Exits of contracts (one per contract): workshop, end, situation (the category is computed from it).</summary>
internal sealed class ContractExitConfiguration : IEntityTypeConfiguration<ContractExit>
{
    public void Configure(EntityTypeBuilder<ContractExit> builder)
    {
        builder.MapAggregate("ContractExits", e => e.Contract);
        builder.Ignore(e => e.Category);
        builder.Property(e => e.Workshop);
        builder.Property(e => e.End);
        builder.Property(e => e.Situation).HasConversion<string>().HasMaxLength(64);
        builder.HasIndex(e => e.End);
    }
}

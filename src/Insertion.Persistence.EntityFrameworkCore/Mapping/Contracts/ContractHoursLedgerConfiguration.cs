using Insertion.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Insertion.Persistence.EntityFrameworkCore;

/// <summary>
/// A contract's worked-hours ledger: the row holds the version and the running count and total
/// (whole, whatever slice of entries a command loads); the entries are rows of
/// <c>ContractHoursEntries</c>, appended, never updated nor deleted (<see cref="HoursLedgerEntries"/>),
/// with a unique index on (ledger, idempotency key).
/// </summary>
internal sealed class ContractHoursLedgerConfiguration : IEntityTypeConfiguration<ContractHoursLedger>
{
    public void Configure(EntityTypeBuilder<ContractHoursLedger> builder)
    {
        builder.MapAggregate("ContractHoursLedgers", l => l.Contract);
        builder.Ignore(l => l.Entries);
        builder.Ignore(l => l.IsComplete);
        builder.Property(l => l.Count);
        builder.Property(l => l.Total);
    }
}

/// <summary>The entries of the worked-hours ledgers (append-only).</summary>
internal sealed class WorkedHoursEntryConfiguration : IEntityTypeConfiguration<WorkedHoursEntry>
{
    public void Configure(EntityTypeBuilder<WorkedHoursEntry> builder)
    {
        builder.ToTable("ContractHoursEntries");
        builder.HasKey(e => new { e.Contract, e.Sequence });
        builder.Property(e => e.Sequence).ValueGeneratedNever();
        builder.Property(e => e.Key).HasColumnName("IdempotencyKey").HasMaxLength(200);
        builder.Property(e => e.Author).HasMaxLength(200);
        builder.Property(e => e.Reverses).HasMaxLength(200);
        builder.Ignore(e => e.IsReversal);
        builder.HasIndex(e => new { e.Contract, e.Key }).IsUnique();
        builder.HasIndex(e => e.On);
        // A command's slice: its days, and the entries reversing its keys, by index.
        builder.HasIndex(e => new { e.Contract, e.On });
        builder.HasIndex(e => new { e.Contract, e.Reverses });
        builder.HasOne<ContractHoursLedger>().WithMany().HasForeignKey(e => e.Contract).OnDelete(DeleteBehavior.Cascade);
    }
}

using Insertion.Sentencing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Insertion.Persistence.EntityFrameworkCore;

/// <summary>
/// TIG measures: what specifications ask (person, state, territory, deadline, hours, done) as
/// columns, the stored sums (done, pedagogical) and the day the sweep makes it overdue (computed,
/// stored, indexed: the sweep's one range term) with them; suspensions, court decisions, incidents
/// and changes of state as JSON; the hours ledger's entries as rows of <c>TigEntries</c>, appended,
/// never updated nor deleted (<see cref="TigLedgerEntries"/>), unique on (measure, idempotency key)
/// (C. pén. 131-8, 131-22: the ledger is the proof of the hours done).
/// </summary>
internal sealed class TigMeasureConfiguration : IEntityTypeConfiguration<TigMeasure>
{
    public void Configure(EntityTypeBuilder<TigMeasure> builder)
    {
        builder.MapAggregate("TigMeasures", m => m.Id);
        builder.MaterializeWithoutConstructor();
        builder.Ignore(m => m.Entries);
        builder.Ignore(m => m.IsLedgerComplete);
        builder.Property(m => m.EntryCount);
        builder.Ignore(m => m.Suspensions);
        builder.Ignore(m => m.CourtDecisions);
        builder.Ignore(m => m.Incidents);
        builder.Ignore(m => m.History);
        builder.Ignore(m => m.Remaining);
        builder.Ignore(m => m.Task);
        builder.Ignore(m => m.IsOpen);
        builder.Property(m => m.State).HasConversion<string>().HasMaxLength(32);
        builder.Property(m => m.Origin).HasConversion<string>().HasMaxLength(32);
        builder.Property(m => m.Territory).HasConversion<string>().HasMaxLength(64);
        builder.StoreComputed(m => m.OverdueDueOn);
        foreach (var name in new[] { nameof(TigMeasure.HostStructure), nameof(TigMeasure.Post), nameof(TigMeasure.SpipReferent), nameof(TigMeasure.Judge), nameof(TigMeasure.SoaProgramme), nameof(TigMeasure.Site) })
        {
            builder.Property(name).HasMaxLength(200);
        }
        builder.JsonList<TigMeasure, TigSuspension>("_suspensions", "Suspensions");
        builder.JsonList<TigMeasure, TigCourtDecision>("_decisions", "CourtDecisions");
        builder.JsonList<TigMeasure, TigIncident>("_incidents", "Incidents");
        builder.JsonList<TigMeasure, TigStateChange>("_history", "History");
        builder.HasIndex(m => m.Person);
        builder.HasIndex(m => new { m.State, m.Deadline });
        builder.HasIndex(m => m.Territory);
        builder.HasIndex(AggregateMapping.StoredPrefix + nameof(TigMeasure.OverdueDueOn));
    }
}

/// <summary>One stored entry of a TIG measure's hours ledger (a row of <c>TigEntries</c>).</summary>
internal sealed class TigEntryRow
{
    public Insertion.Abstractions.MeasureId Measure { get; set; }

    public long Sequence { get; set; }

    public string Key { get; set; } = "";

    public DateOnly On { get; set; }

    public Insertion.Abstractions.WorkMinutes Minutes { get; set; }

    public TigEntryKind Kind { get; set; }

    public string Author { get; set; } = "";

    public string? Reverses { get; set; }

    public static TigEntryRow Of(Insertion.Abstractions.MeasureId measure, TigEntry e) =>
        new() { Measure = measure, Sequence = e.Sequence, Key = e.Key, On = e.On, Minutes = e.Minutes, Kind = e.Kind, Author = e.Author, Reverses = e.Reverses };

    public TigEntry ToEntry() => new(Sequence, Key, On, Minutes, Kind, Author, Reverses);
}

/// <summary>The entries of the TIG hours ledgers (append-only, unique on measure and idempotency key).</summary>
internal sealed class TigEntryRowConfiguration : IEntityTypeConfiguration<TigEntryRow>
{
    public void Configure(EntityTypeBuilder<TigEntryRow> builder)
    {
        builder.ToTable("TigEntries");
        builder.HasKey(e => new { e.Measure, e.Sequence });
        builder.Property(e => e.Sequence).ValueGeneratedNever();
        builder.Property(e => e.Key).HasColumnName("IdempotencyKey").HasMaxLength(200);
        builder.Property(e => e.Author).HasMaxLength(200);
        builder.Property(e => e.Reverses).HasMaxLength(200);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(e => new { e.Measure, e.Key }).IsUnique();
        builder.HasIndex(e => e.On);
        // A command's slice: its week, and the entries reversing its keys, by index.
        builder.HasIndex(e => new { e.Measure, e.On });
        builder.HasIndex(e => new { e.Measure, e.Reverses });
        builder.HasOne<TigMeasure>().WithMany().HasForeignKey(e => e.Measure).OnDelete(DeleteBehavior.Cascade);
    }
}

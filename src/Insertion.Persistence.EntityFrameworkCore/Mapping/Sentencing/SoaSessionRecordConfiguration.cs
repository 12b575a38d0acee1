using Insertion.Sentencing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Insertion.Persistence.EntityFrameworkCore;

/// <summary>SOA sessions and their attendance: the session's fields as columns (keyed by the session id), who attended and who was absent as JSON.</summary>
internal sealed class SoaSessionRecordConfiguration : IEntityTypeConfiguration<SoaSessionRecord>
{
    public void Configure(EntityTypeBuilder<SoaSessionRecord> builder)
    {
        builder.MapAggregate<SoaSessionRecord, string>("SoaSessions", id: null);
        builder.MaterializeWithoutConstructor();
        builder.Ignore(r => r.Attended);
        builder.Ignore(r => r.Absent);
        builder.ComplexProperty(r => r.Session, s =>
        {
            s.Property(x => x.Id).HasColumnName("SessionId").HasMaxLength(200);
            s.Property(x => x.Programme).HasColumnName("Programme").HasMaxLength(200);
            s.Property(x => x.Kind).HasColumnName("Kind").HasConversion<string>().HasMaxLength(64);
            s.Property(x => x.On).HasColumnName("On");
            s.Property(x => x.Duration).HasColumnName("Duration");
            s.Property(x => x.Capacity).HasColumnName("Capacity");
        });
        builder.JsonList<SoaSessionRecord, Insertion.Abstractions.MeasureId>("_attended", "Attended");
        builder.JsonList<SoaSessionRecord, Insertion.Abstractions.MeasureId>("_absent", "Absent");
    }
}

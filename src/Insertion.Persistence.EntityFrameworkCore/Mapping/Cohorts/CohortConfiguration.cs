using Insertion.Abstractions;
using Insertion.Cohorts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Insertion.Persistence.EntityFrameworkCore;

/// <summary>
/// Cohorts: what specifications ask (site, state, start) and the programme's values copied at
/// opening as columns; certification blocks and exam results as JSON; members as rows of
/// <c>CohortMembers</c> (<see cref="CohortMemberRows"/>), so that "cohorts of a person"
/// (<c>c.Members.Any(m =&gt; m.Person == p)</c>) is SQL.
/// </summary>
internal sealed class CohortConfiguration : IEntityTypeConfiguration<Cohort>
{
    public void Configure(EntityTypeBuilder<Cohort> builder)
    {
        builder.MapAggregate("Cohorts", c => c.Id);
        builder.MaterializeWithoutConstructor();
        builder.Ignore(c => c.Members);
        builder.Ignore(c => c.Exams);
        builder.Ignore(c => c.CertificationBlocks);
        builder.Ignore(c => c.Period);
        builder.Ignore(c => c.EntryDeadline);
        builder.Ignore(c => c.ActiveCount);
        builder.Property(c => c.ProgrammeId).HasMaxLength(200);
        builder.Property(c => c.SiteId).HasMaxLength(200);
        builder.Property(c => c.State).HasConversion<string>().HasMaxLength(32);
        builder.JsonList<Cohort, string>("_certificationBlocks", "CertificationBlocks");
        builder.JsonList<Cohort, ExamRecord>("_exams", "Exams");
        builder.HasIndex(c => new { c.SiteId, c.Start });
        builder.HasIndex(c => new { c.State, c.Start });
    }
}

/// <summary>One member of a cohort (a row of <c>CohortMembers</c>), in enrolment order; the justice flag stays in the Cohorts tables (DOMAIN.md §5).</summary>
internal sealed class CohortMemberRow
{
    public CohortId Cohort { get; set; }

    public int Position { get; set; }

    public PersonId Person { get; set; }

    public DateOnly EnrolledOn { get; set; }

    public Sex Sex { get; set; }

    public AgeBand AgeBand { get; set; }

    public bool UnderJustice { get; set; }

    public DateOnly? WithdrawnOn { get; set; }

    public string? WithdrawalReason { get; set; }
}

/// <summary>The members of the cohorts.</summary>
internal sealed class CohortMemberRowConfiguration : IEntityTypeConfiguration<CohortMemberRow>
{
    public void Configure(EntityTypeBuilder<CohortMemberRow> builder)
    {
        builder.ToTable("CohortMembers");
        builder.HasKey(m => new { m.Cohort, m.Position });
        builder.Property(m => m.Position).ValueGeneratedNever();
        builder.Property(m => m.Sex).HasConversion<string>().HasMaxLength(32);
        builder.Property(m => m.AgeBand).HasConversion<string>().HasMaxLength(32);
        builder.Property(m => m.WithdrawalReason).HasMaxLength(2000);
        builder.HasIndex(m => m.Person);
        builder.HasOne<Cohort>().WithMany().HasForeignKey(m => m.Cohort).OnDelete(DeleteBehavior.Cascade);
    }
}

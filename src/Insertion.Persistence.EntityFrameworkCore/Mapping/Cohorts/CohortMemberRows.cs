using System.Reflection;
using System.Runtime.CompilerServices;
using Insertion.Abstractions;
using Insertion.Cohorts;
using Microsoft.EntityFrameworkCore;

namespace Insertion.Persistence.EntityFrameworkCore;

/// <summary>
/// Loads a cohort's members from <c>CohortMembers</c> in enrolment order, and saves them: a
/// withdrawal changes a member, so the cohort's rows are replaced (deleted at once in the write's
/// transaction, inserted with the cohort's row: a failed version check rolls both back).
/// </summary>
internal sealed class CohortMemberRows : IStoredPart<Cohort>
{
    private static readonly PropertyInfo UnderJustice = typeof(CohortMember).GetProperty("UnderJustice", BindingFlags.NonPublic | BindingFlags.Instance)!;

    private static readonly MethodInfo SetWithdrawnOn = typeof(CohortMember).GetProperty(nameof(CohortMember.WithdrawnOn))!.GetSetMethod(nonPublic: true)!;

    private static readonly MethodInfo SetWithdrawalReason = typeof(CohortMember).GetProperty(nameof(CohortMember.WithdrawalReason))!.GetSetMethod(nonPublic: true)!;

    public async Task LoadAsync(InsertionDbContext db, IReadOnlyList<Cohort> aggregates, Insertion.Abstractions.LedgerSlice? slice, CancellationToken cancellationToken)
    {
        var byId = aggregates.ToDictionary(c => c.Id);
        foreach (var c in aggregates)
        {
            // Materialised without a constructor: the list is created here, then filled.
            MembersOf(c) = [];
        }
        var ids = byId.Keys.ToList();
        var rows = await db.Set<CohortMemberRow>().AsNoTracking()
            .Where(m => ids.Contains(m.Cohort))
            .OrderBy(m => m.Cohort).ThenBy(m => m.Position)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var row in rows)
        {
            var member = NewMember(row.Person, row.EnrolledOn, row.Sex, row.AgeBand, row.UnderJustice);
            SetWithdrawnOn.Invoke(member, [row.WithdrawnOn]);
            SetWithdrawalReason.Invoke(member, [row.WithdrawalReason]);
            MembersOf(byId[row.Cohort]).Add(member);
        }
    }

    public async Task<Action?> StageAsync(InsertionDbContext db, Cohort aggregate, bool added, CancellationToken cancellationToken)
    {
        var id = aggregate.Id;
        if (!added)
        {
            await db.Set<CohortMemberRow>().Where(m => m.Cohort == id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        }
        if (aggregate.Members.Count == 0)
        {
            return null;
        }
        db.AddRange(aggregate.Members.Select((m, i) => new CohortMemberRow
        {
            Cohort = id,
            Position = i,
            Person = m.Person,
            EnrolledOn = m.EnrolledOn,
            Sex = m.Sex,
            AgeBand = m.AgeBand,
            UnderJustice = (bool)UnderJustice.GetValue(m)!,
            WithdrawnOn = m.WithdrawnOn,
            WithdrawalReason = m.WithdrawalReason,
        }));
        return null;
    }

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_members")]
    private static extern ref List<CohortMember> MembersOf(Cohort cohort);

    [UnsafeAccessor(UnsafeAccessorKind.Constructor)]
    private static extern CohortMember NewMember(PersonId person, DateOnly enrolledOn, Sex sex, AgeBand ageBand, bool underJustice);
}

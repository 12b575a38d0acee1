using Insertion.Abstractions;

namespace Insertion.Cohorts;

/// <summary>An exam result of a person, for the whole certification or for one block (CCP).</summary>
/// <param name="Person">The person.</param>
/// <param name="On">Exam day.</param>
/// <param name="Result">Passed, failed or absent.</param>
/// <param name="Block">Certification block id, or null for the whole exam.</param>
public sealed record ExamRecord(PersonId Person, DateOnly On, ExamResult Result, string? Block);

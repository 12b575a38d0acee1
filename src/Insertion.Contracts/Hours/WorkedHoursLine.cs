using Insertion.Abstractions;

namespace Insertion.Contracts;

/// <summary>
/// A request to record paid hours worked on a contract on one day (aide au poste accounting,
/// DOMAIN.md §2: "the ledger counts paid hours").
/// </summary>
/// <param name="Contract">The contract the hours were worked (and paid) under.</param>
/// <param name="On">The day worked.</param>
/// <param name="Minutes">Paid minutes, more than zero; a contract's day holds at most 24 h.</param>
/// <param name="Key">Idempotency key, unique within the contract's ledger: the same key sent twice is recorded once.</param>
/// <param name="Author">Who records the entry (a user or system id, never a person's name).</param>
/// <param name="Reason">Optional free text (e.g. "timesheet week 10").</param>
public sealed record WorkedHoursLine(ContractId Contract, DateOnly On, WorkMinutes Minutes, string Key, string Author, string? Reason = null);

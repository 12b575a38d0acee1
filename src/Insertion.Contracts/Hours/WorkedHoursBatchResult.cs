using Insertion.Abstractions;

namespace Insertion.Contracts;

/// <summary>What a batch of hours did, line by line (<see cref="WorkedHoursService.RecordBatchAsync"/>).</summary>
/// <param name="Outcomes">For each line, in order: <see cref="RecordOutcome.Recorded"/>, or <see cref="RecordOutcome.AlreadyRecorded"/> for a replay of an entry already in the ledger (or earlier in the batch).</param>
public sealed record WorkedHoursBatchResult(IReadOnlyList<RecordOutcome> Outcomes)
{
    /// <summary>Lines appended by this call.</summary>
    public int Recorded => Outcomes.Count(o => o == RecordOutcome.Recorded);

    /// <summary>Lines that were already in the ledger (replays), which changed nothing.</summary>
    public int AlreadyRecorded => Outcomes.Count(o => o == RecordOutcome.AlreadyRecorded);
}

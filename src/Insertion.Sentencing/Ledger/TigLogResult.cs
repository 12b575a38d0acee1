using Insertion.Abstractions;

namespace Insertion.Sentencing;

/// <summary>What an accepted log or correction did.</summary>
/// <param name="Entry">The entry in the ledger (the earlier one when the key was already there).</param>
/// <param name="Outcome"><see cref="RecordOutcome.AlreadyRecorded"/> when the key was already in the ledger: nothing changed.</param>
/// <param name="Completed">True when this entry completed the measure's hours.</param>
public readonly record struct TigLogResult(TigEntry Entry, RecordOutcome Outcome, bool Completed);

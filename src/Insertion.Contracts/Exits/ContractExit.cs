using Ardalis.GuardClauses;
using Insertion.Abstractions;

namespace Insertion.Contracts;

/// <summary>The exit recorded for an ended contract: one per contract (DOMAIN.md §2, "Exits").</summary>
public sealed record ContractExit : IAggregateRoot
{
    /// <summary>Creates an exit (by <see cref="ExitService"/>, from the contract).</summary>
    internal ContractExit(ContractId contract, WorkshopId workshop, DateOnly end, ExitSituation situation)
    {
        Guard.Against.NullOrWhiteSpace(contract.Value, nameof(contract));
        Guard.Against.NullOrWhiteSpace(workshop.Value, nameof(workshop));
        Guard.Against.EnumOutOfRange(situation);
        Contract = contract;
        Workshop = workshop;
        End = end;
        Situation = situation;
    }

    /// <summary>The ended contract.</summary>
    public ContractId Contract { get; }

    /// <summary>The workshop the contract belonged to.</summary>
    public WorkshopId Workshop { get; }

    /// <summary>The contract's last day; its year is the exit's reporting year.</summary>
    public DateOnly End { get; }

    /// <summary>The person's situation at the exit.</summary>
    public ExitSituation Situation { get; }

    /// <summary>The situation's reporting category.</summary>
    public ExitCategory Category => Situation.Category();

    /// <inheritdoc />
    public string Key => Contract.Value;

    /// <inheritdoc />
    public long Version { get; set; }
}

using Ardalis.GuardClauses;

namespace Insertion.Abstractions;

/// <summary>Identifies a person (employee, trainee or TIGiste). Opaque: never a name.</summary>
public readonly record struct PersonId
{
    /// <summary>Creates an id; the value must be non-empty.</summary>
    public PersonId(string value) => Value = Guard.Against.NullOrWhiteSpace(value);
    /// <summary>The opaque value.</summary>
    public string Value { get; }
    /// <inheritdoc />
    public override string ToString() => Value;
}

/// <summary>Identifies a CDDI contract.</summary>
public readonly record struct ContractId
{
    /// <summary>Creates an id; the value must be non-empty.</summary>
    public ContractId(string value) => Value = Guard.Against.NullOrWhiteSpace(value);
    /// <summary>The opaque value.</summary>
    public string Value { get; }
    /// <inheritdoc />
    public override string ToString() => Value;
}

/// <summary>Identifies a PASS IAE (agrément).</summary>
public readonly record struct PassId
{
    /// <summary>Creates an id; the value must be non-empty.</summary>
    public PassId(string value) => Value = Guard.Against.NullOrWhiteSpace(value);
    /// <summary>The opaque value.</summary>
    public string Value { get; }
    /// <inheritdoc />
    public override string ToString() => Value;
}

/// <summary>Identifies a TIG measure (one sentence of community service).</summary>
public readonly record struct MeasureId
{
    /// <summary>Creates an id; the value must be non-empty.</summary>
    public MeasureId(string value) => Value = Guard.Against.NullOrWhiteSpace(value);
    /// <summary>The opaque value.</summary>
    public string Value { get; }
    /// <inheritdoc />
    public override string ToString() => Value;
}

/// <summary>Identifies a cohort (a promotion of a programme).</summary>
public readonly record struct CohortId
{
    /// <summary>Creates an id; the value must be non-empty.</summary>
    public CohortId(string value) => Value = Guard.Against.NullOrWhiteSpace(value);
    /// <summary>The opaque value.</summary>
    public string Value { get; }
    /// <inheritdoc />
    public override string ToString() => Value;
}

/// <summary>Identifies a programme offered by a site (e.g. <c>aqi-amiens</c>).</summary>
public readonly record struct ProgrammeId
{
    /// <summary>Creates an id; the value must be non-empty.</summary>
    public ProgrammeId(string value) => Value = Guard.Against.NullOrWhiteSpace(value);
    /// <summary>The opaque value.</summary>
    public string Value { get; }
    /// <inheritdoc />
    public override string ToString() => Value;
}

/// <summary>Identifies a workshop plugin (e.g. <c>ilot-gourmand</c>).</summary>
public readonly record struct WorkshopId
{
    /// <summary>Creates an id; the value must be non-empty.</summary>
    public WorkshopId(string value) => Value = Guard.Against.NullOrWhiteSpace(value);
    /// <summary>The opaque value.</summary>
    public string Value { get; }
    /// <inheritdoc />
    public override string ToString() => Value;
}

/// <summary>Identifies a site plugin (e.g. <c>amiens</c>).</summary>
public readonly record struct SiteId
{
    /// <summary>Creates an id; the value must be non-empty.</summary>
    public SiteId(string value) => Value = Guard.Against.NullOrWhiteSpace(value);
    /// <summary>The opaque value.</summary>
    public string Value { get; }
    /// <inheritdoc />
    public override string ToString() => Value;
}

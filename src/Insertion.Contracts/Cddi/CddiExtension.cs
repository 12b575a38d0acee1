namespace Insertion.Contracts;

/// <summary>Grounds for renewing a CDDI past 24 months (C. trav. L5132-15-1, R5132-1-8).</summary>
public enum CddiExtension
{
    /// <summary>To complete a vocational training under way: up to the training's end, no further.</summary>
    Training,
    /// <summary>A person aged 50 or over: up to 84 months from the first start.</summary>
    Senior,
    /// <summary>A recognised disabled worker: up to 60 months from the first start.</summary>
    Rqth,
    /// <summary>Particularly serious difficulties: at most 12 months per renewal, up to 60 months from the first start.</summary>
    ParticularDifficulties,
}

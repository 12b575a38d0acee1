namespace Insertion.Sentencing;

/// <summary>Where a TIG measure comes from.</summary>
public enum TigOrigin
{
    /// <summary>Pronounced as a sentence by a court (C. pén. 131-8).</summary>
    Sentence,
    /// <summary>A prison sentence of at most 6 months converted by the JAP (CPP 747-1).</summary>
    Conversion,
}

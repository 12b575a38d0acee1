namespace Insertion.Sentencing;

/// <summary>Kinds of TIG hours.</summary>
public enum TigEntryKind
{
    /// <summary>A task of common utility at the host structure (C. pén. 131-8).</summary>
    Task,
    /// <summary>Pedagogical hours spent on the SOA (TIG pédagogique "mobilisation vers l'emploi"), within the programme's share.</summary>
    Pedagogical,
}

namespace Insertion.Abstractions;

/// <summary>
/// The certification a workshop prepares, with its skill blocks (for a titre professionnel of the
/// ministry of labour, its CCP). A plugin says where the block titles come from in
/// <see cref="Source"/>, and whether they are the official wording (<see cref="BlocksAreOfficial"/>)
/// or a generic description of the trade's blocks.
/// </summary>
public sealed record CertificationDefinition
{
    /// <summary>Title of the certification (e.g. <c>Titre professionnel Développeur web et web mobile</c>).</summary>
    public required string Title { get; init; }

    /// <summary>Level in the national framework (cadre national des certifications 2019), when known.</summary>
    public int? Level { get; init; }

    /// <summary>The skill blocks (CCP), in the order of the reference.</summary>
    public IReadOnlyList<SkillBlock> SkillBlocks { get; init; } = [];

    /// <summary>True when the block titles are the official wording; false when they describe the blocks generically.</summary>
    public bool BlocksAreOfficial { get; init; }

    /// <summary>Where the title and blocks come from, or what remains to confirm.</summary>
    public string Source { get; init; } = "";
}

namespace Insertion.Abstractions;

/// <summary>
/// A skill block of a certification: for a titre professionnel, a CCP (certificat de compétences
/// professionnelles), which a candidate can obtain on its own and accumulate towards the full titre.
/// </summary>
/// <param name="Code">Short code inside the certification (e.g. <c>CCP1</c>).</param>
/// <param name="Title">Title of the block.</param>
public sealed record SkillBlock(string Code, string Title);

namespace Insertion.Abstractions;

/// <summary>Kinds of SOA (session d'orientation approfondie) sessions of a TIG pédagogique.</summary>
public enum SoaSessionKind
{
    /// <summary>Workshop on the professional project.</summary>
    ProfessionalProject,
    /// <summary>Writing a CV.</summary>
    Cv,
    /// <summary>Mock job interview.</summary>
    MockInterview,
    /// <summary>Company visit.</summary>
    CompanyVisit,
}

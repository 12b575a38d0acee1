namespace Insertion.Cohorts;

/// <summary>Age bands of IAE reporting (young people under 26, seniors 50 and over), age on the enrolment day.</summary>
public enum AgeBand
{
    /// <summary>Under 26.</summary>
    Under26,
    /// <summary>26 to 49.</summary>
    From26To49,
    /// <summary>50 and over.</summary>
    From50,
}

/// <summary>Computes age bands.</summary>
public static class AgeBands
{
    /// <summary>The band of a person born on <paramref name="birthDate"/>, on <paramref name="on"/>.</summary>
    public static AgeBand Of(DateOnly birthDate, DateOnly on) => Insertion.Abstractions.LegalDates.AgeOn(birthDate, on) switch
    {
        < 26 => AgeBand.Under26,
        < 50 => AgeBand.From26To49,
        _ => AgeBand.From50,
    };
}

namespace Insertion.Abstractions;

/// <summary>
/// A workshop plugin: a trade taught in production (Îlot Gourmand, Auto Bleue, …). Registered with
/// <c>builder.AddWorkshop&lt;T&gt;()</c>. Plugins never see justice or health data.
/// </summary>
public interface IWorkshop
{
    /// <summary>Stable id used in files and APIs (e.g. <c>ilot-gourmand</c>).</summary>
    string Id { get; }

    /// <summary>Name shown to people.</summary>
    string DisplayName { get; }

    /// <summary>The trade taught.</summary>
    string Trade { get; }

    /// <summary>ROME codes of the trade (e.g. G1603).</summary>
    IReadOnlyList<string> RomeCodes { get; }

    /// <summary>The certification prepared (e.g. titre professionnel agent de restauration collective).</summary>
    string Certification { get; }

    /// <summary>How many people the workshop takes in production at once.</summary>
    int Capacity { get; }
}

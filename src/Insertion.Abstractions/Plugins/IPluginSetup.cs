namespace Insertion.Abstractions;

/// <summary>
/// Implemented by a workshop or site plugin that needs services of its own (typically its options,
/// bound from configuration and validated at start). <c>builder.AddWorkshop&lt;T&gt;()</c> and
/// <c>builder.AddSite&lt;T&gt;()</c> call <see cref="AddServices"/> once, the first time the plugin
/// is added, so the one-line registration stays the whole registration.
/// </summary>
public interface IPluginSetup
{
    /// <summary>Registers the plugin's own services (options, validators).</summary>
    static abstract void AddServices(IInsertionBuilder builder);
}

namespace Insertion.Abstractions;

/// <summary>
/// Contributes a module's parameters and their dated values to the <see cref="LegalParameters"/>
/// table. Modules register one in DI; the table reads them all at construction.
/// </summary>
public interface ILegalParameterSource
{
    /// <summary>Adds the module's dated values.</summary>
    void Contribute(LegalParameters table);
}

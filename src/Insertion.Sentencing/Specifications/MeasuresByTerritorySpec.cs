using Ardalis.Specification;
using Insertion.Abstractions;

namespace Insertion.Sentencing;

/// <summary>Measures of a TIG pédagogique territory (Somme, Paris, Seine-Saint-Denis, Var), optionally in one state.</summary>
public sealed class MeasuresByTerritorySpec : Specification<TigMeasure>
{
    /// <summary>Creates the specification.</summary>
    public MeasuresByTerritorySpec(TigTerritory territory, TigState? state = null)
    {
        Query.Where(m => m.Territory == territory);
        if (state is { } s)
        {
            Query.Where(m => m.State == s);
        }
    }
}

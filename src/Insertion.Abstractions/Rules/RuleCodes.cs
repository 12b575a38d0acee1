using System.Reflection;

namespace Insertion.Abstractions;

/// <summary>
/// The one catalogue of rule codes (SCENARIOS.md, "Error codes"). Each module's codes live in
/// a part of this class (<c>RuleCodes.Contracts.cs</c>, …); <see cref="All"/> lists them for
/// <c>insertion rules</c>.
/// </summary>
public static partial class RuleCodes
{
    private static readonly Lazy<IReadOnlyList<RuleCode>> AllCodes = new(() =>
        typeof(RuleCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(RuleCode))
            .Select(f => (RuleCode)f.GetValue(null)!)
            .OrderBy(c => c.Code, StringComparer.Ordinal)
            .ToList());

    /// <summary>Every code, ordered by code.</summary>
    public static IReadOnlyList<RuleCode> All => AllCodes.Value;

    /// <summary>The code with that name, or null.</summary>
    public static RuleCode? Find(string code) =>
        All.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));
}

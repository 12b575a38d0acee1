using Insertion.Abstractions;

namespace Insertion.Scenarios.Verbs.Core;

/// <summary><c>expect: { subjectField: id, field: value, … }</c>: compares only the fields listed.</summary>
internal sealed class ExpectStep(ExpectTarget target, string id, IReadOnlyList<(string Field, string Expected)> checks) : IScenarioStep
{
    public static IScenarioStep Bind(StepArgs args, IReadOnlyDictionary<string, ExpectTarget> targets)
    {
        var present = targets.Values.Where(t => args.Has(t.IdField)).ToList();
        if (present.Count != 1)
        {
            throw args.Error("", present.Count == 0
                ? $"expect names no subject (one of: {string.Join(", ", targets.Keys.Order(StringComparer.Ordinal))})"
                : $"expect names several subjects ({string.Join(", ", present.Select(t => t.IdField))}); use one step each");
        }
        var target = present[0];
        string id;
        if (target.ValueIdCheck is { } check)
        {
            id = args.Text(target.IdField);
            if (check(id) is { } error)
            {
                throw args.Error(target.IdField, error);
            }
        }
        else
        {
            id = args.Refers(target.IdField, target.IdKind);
        }
        var checks = new List<(string, string)>();
        foreach (var field in args.FieldNames.Where(f => f != target.IdField).ToList())
        {
            if (!target.Fields.TryGetValue(field, out var kind))
            {
                throw args.Error(field, $"expect on {target.IdField}: unknown field '{field}' (known: {string.Join(", ", target.Fields.Keys.Order(StringComparer.Ordinal))})");
            }
            var expected = kind == ExpectKind.Date
                ? IsoDates.Format(args.OptionalDate(field, named: false)!.Value)
                : args.Text(field);
            if (kind == ExpectKind.Hours && !StepArgs.TryHours(expected, out _, out var reason))
            {
                throw args.Error(field, $"field '{field}': {reason}");
            }
            if (kind is ExpectKind.Number or ExpectKind.Approximate)
            {
                if (!decimal.TryParse(expected, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var number))
                {
                    throw args.Error(field, $"field '{field}': '{StepArgs.Show(expected)}' is not a number");
                }
                if (Math.Abs(number) > StepArgs.MaxWholeNumber)
                {
                    throw args.Error(field, $"field '{field}': {StepArgs.Show(expected)} is too large to be a count (at most {StepArgs.MaxWholeNumber})");
                }
            }
            checks.Add((field, expected));
        }
        return new ExpectStep(target, id, checks);
    }

    public async Task ExecuteAsync(ScenarioContext context, CancellationToken cancellationToken)
    {
        var mismatches = new List<string>();
        foreach (var (field, expected) in checks)
        {
            var (found, actual) = await target.ReadAsync(context, id, field, cancellationToken).ConfigureAwait(false);
            if (!found)
            {
                throw new ScenarioStepException($"{target.IdField} '{id}' does not exist (the step that introduces it was refused)");
            }
            if (!ExpectTarget.Matches(target.Fields[field], expected, actual))
            {
                mismatches.Add($"{target.IdField} {id} {field}: expected {expected}, actual {ExpectTarget.Show(actual)}");
            }
        }
        if (mismatches.Count > 0)
        {
            throw new ScenarioStepException(mismatches);
        }
    }
}

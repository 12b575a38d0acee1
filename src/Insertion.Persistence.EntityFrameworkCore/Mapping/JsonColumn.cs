using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Insertion.Abstractions;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Insertion.Persistence.EntityFrameworkCore;

/// <summary>
/// JSON of the value records an aggregate keeps in private lists (suspensions, renewals,
/// schedules): enums by name, and only what a record is built from (its constructor parameters or
/// settable properties), so computed properties are not written and a load calls the constructor.
/// </summary>
internal static class JsonColumn
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OnlyConstructedMembers } },
            Converters =
            {
                new JsonStringEnumConverter(),
                new ValueJsonConverter<WorkMinutes, long>(v => v.Minutes, m => new WorkMinutes(m)),
                new ValueJsonConverter<PersonId, string>(v => v.Value, s => new PersonId(s)),
                new ValueJsonConverter<ContractId, string>(v => v.Value, s => new ContractId(s)),
                new ValueJsonConverter<PassId, string>(v => v.Value, s => new PassId(s)),
                new ValueJsonConverter<MeasureId, string>(v => v.Value, s => new MeasureId(s)),
                new ValueJsonConverter<CohortId, string>(v => v.Value, s => new CohortId(s)),
                new ValueJsonConverter<ProgrammeId, string>(v => v.Value, s => new ProgrammeId(s)),
                new ValueJsonConverter<WorkshopId, string>(v => v.Value, s => new WorkshopId(s)),
            },
        };
        options.MakeReadOnly();
        return options;
    }

    // Keeps the members a record is built from: settable ones, and those its widest constructor takes.
    private static void OnlyConstructedMembers(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }
        var parameters = info.Type.GetConstructors(BindingFlags.Public | BindingFlags.Instance)
            .OrderByDescending(c => c.GetParameters().Length)
            .FirstOrDefault()?.GetParameters()
            .Select(p => p.Name!)
            .ToHashSet(StringComparer.OrdinalIgnoreCase) ?? [];
        for (var i = info.Properties.Count - 1; i >= 0; i--)
        {
            var p = info.Properties[i];
            if (p.Set is null && !parameters.Contains(p.Name))
            {
                info.Properties.RemoveAt(i);
            }
        }
    }
}

/// <summary>A kernel value type (an id, work minutes) written as its one inner value.</summary>
internal sealed class ValueJsonConverter<TValue, TInner>(Func<TValue, TInner> read, Func<TInner, TValue> create) : JsonConverter<TValue>
{
    public override TValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        create(JsonSerializer.Deserialize<TInner>(ref reader, options)!);

    public override void Write(Utf8JsonWriter writer, TValue value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, read(value), options);
}

/// <summary>The converter and comparer of a JSON list column.</summary>
/// <typeparam name="TElement">The record stored.</typeparam>
internal static class JsonColumn<TElement>
{
    public static ValueConverter<List<TElement>, string> Converter { get; } = new(
        v => Serialize(v),
        s => Deserialize(s));

    public static ValueComparer<List<TElement>> Comparer { get; } = new(
        (a, b) => Serialize(a) == Serialize(b),
        v => StringComparer.Ordinal.GetHashCode(Serialize(v)),
        v => Deserialize(Serialize(v)));

    private static string Serialize(List<TElement>? value) => JsonSerializer.Serialize(value ?? [], JsonColumn.Options);

    private static List<TElement> Deserialize(string text) => JsonSerializer.Deserialize<List<TElement>>(text, JsonColumn.Options) ?? [];
}

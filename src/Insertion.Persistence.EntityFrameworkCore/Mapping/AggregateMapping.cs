using System.Linq.Expressions;
using System.Reflection;
using Insertion.Abstractions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Insertion.Persistence.EntityFrameworkCore;

/// <summary>
/// The mapping helpers every aggregate configuration uses: the table, the stored key, the version
/// as concurrency token, computed properties stored as columns (so that specifications reading
/// them translate to SQL), private collections as JSON columns.
/// </summary>
internal static class AggregateMapping
{
    /// <summary>Annotation naming the computed properties stored as shadow columns: "Clr=Shadow;...".</summary>
    internal const string ComputedAnnotation = "Insertion:StoredComputed";

    /// <summary>Prefix of the shadow property holding a computed property's value.</summary>
    internal const string StoredPrefix = "Stored";

    /// <summary>
    /// Maps an aggregate: its table, <paramref name="id"/> as primary key (or, when null, the stored
    /// <see cref="IAggregateRoot.Key"/> itself, for an aggregate whose identity is inside a value),
    /// <see cref="IAggregateRoot.Key"/> stored in the column <c>Key</c> (indexed, ordinal collation)
    /// so that specifications may filter and order by it, and <see cref="IAggregateRoot.Version"/>
    /// as concurrency token. A <c>Key</c> that is a stored get-only property is that column too.
    /// </summary>
    public static EntityTypeBuilder<T> MapAggregate<T, TId>(this EntityTypeBuilder<T> builder, string table, Expression<Func<T, TId>>? id)
        where T : class, IAggregateRoot
    {
        builder.ToTable(table);
        builder.Property(e => e.Version).IsConcurrencyToken();
        string keyProperty;
        if (typeof(T).GetField(BackingField(nameof(IAggregateRoot.Key)), BindingFlags.NonPublic | BindingFlags.Instance) is not null)
        {
            // A stored Key (a get-only property of its own): its column is the key column.
            keyProperty = nameof(IAggregateRoot.Key);
            builder.Property(e => e.Key).HasMaxLength(200).IsRequired();
            builder.HasAnnotation(ComputedAnnotation, $"{keyProperty}={keyProperty}");
        }
        else
        {
            keyProperty = StoredPrefix + nameof(IAggregateRoot.Key);
            builder.StoreComputed(e => e.Key).HasMaxLength(200).IsRequired();
        }
        if (id is null)
        {
            builder.HasKey(keyProperty);
        }
        else
        {
            builder.HasKey(Unbox(id));
            builder.HasIndex(keyProperty).IsUnique();
        }
        builder.MapGetOnlyAutoProperties();
        return builder;
    }

    private static string BackingField(string property) => $"<{property}>k__BackingField";

    /// <summary>
    /// Maps the get-only auto-properties (<c>public DateOnly Start { get; }</c>), which EF's
    /// conventions leave out, through their backing fields: an aggregate's identity and dates are
    /// stored without a setter on the domain type.
    /// </summary>
    public static EntityTypeBuilder<T> MapGetOnlyAutoProperties<T>(this EntityTypeBuilder<T> builder)
        where T : class
    {
        foreach (var property in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.SetMethod is null && property.GetIndexParameters().Length == 0
                && property.Name != nameof(IAggregateRoot.Key)
                && typeof(T).GetField(BackingField(property.Name), BindingFlags.NonPublic | BindingFlags.Instance) is not null
                && !IsCollection(property.PropertyType))
            {
                builder.Property(property.Name);
            }
        }
        return builder;
    }

    private static bool IsCollection(Type type) =>
        type != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(type);

    private static Expression<Func<T, object?>> Unbox<T, TId>(Expression<Func<T, TId>> id) =>
        Expression.Lambda<Func<T, object?>>(Expression.Convert(id.Body, typeof(object)), id.Parameters);

    /// <summary>
    /// Stores a computed, read-only property (no field behind it) in a column of its name, written
    /// from the aggregate on each save; a specification reading the property reads the column.
    /// </summary>
    public static PropertyBuilder<TProperty> StoreComputed<T, TProperty>(this EntityTypeBuilder<T> builder, Expression<Func<T, TProperty>> property)
        where T : class
    {
        var name = ((MemberExpression)property.Body).Member.Name;
        var existing = builder.Metadata.FindAnnotation(ComputedAnnotation)?.Value as string;
        var entry = $"{name}={StoredPrefix}{name}";
        builder.HasAnnotation(ComputedAnnotation, string.IsNullOrEmpty(existing) ? entry : existing + ";" + entry);
        return builder.Property<TProperty>(StoredPrefix + name).HasColumnName(name);
    }

    /// <summary>The property holding an aggregate's stored <see cref="IAggregateRoot.Key"/> (<c>StoredKey</c>, or <c>Key</c> itself when stored).</summary>
    public static string KeyProperty(this IReadOnlyEntityType entityType) =>
        entityType.StoredComputed().TryGetValue(nameof(IAggregateRoot.Key), out var p) ? p : StoredPrefix + nameof(IAggregateRoot.Key);

    /// <summary>The computed properties of an entity type stored as shadow columns: CLR name → shadow name.</summary>
    public static IReadOnlyDictionary<string, string> StoredComputed(this IReadOnlyEntityType entityType) =>
        (entityType.FindAnnotation(ComputedAnnotation)?.Value as string ?? "")
            .Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('='))
            .ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);

    /// <summary>
    /// Maps a private collection field (a <see cref="List{T}"/> of value records) to one JSON column:
    /// read and written whole with the aggregate, losslessly (the records' constructor parameters).
    /// </summary>
    public static PropertyBuilder<List<TElement>> JsonList<T, TElement>(this EntityTypeBuilder<T> builder, string field, string column)
        where T : class
    {
        return builder.Property<List<TElement>>(field)
            .HasField(field)
            .UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasColumnName(column)
            .HasConversion(JsonColumn<TElement>.Converter, JsonColumn<TElement>.Comparer)
            .IsRequired();
    }

    /// <summary>
    /// Materialises the aggregate without running a constructor (its own constructors are for
    /// commands, not for loading): every field is then set from the columns, as the in-memory store
    /// copies every field. Only for aggregates whose fields are all mapped.
    /// </summary>
    public static EntityTypeBuilder<T> MaterializeWithoutConstructor<T>(this EntityTypeBuilder<T> builder)
        where T : class
    {
        var factory = typeof(Uninitialized).GetMethod(nameof(Uninitialized.Create), BindingFlags.Public | BindingFlags.Static)!
            .MakeGenericMethod(typeof(T));
        // EF Core 10 has no public setter for an instantiation binding; the metadata's own method is
        // stable within the pinned 10.0.x (and the model validation checks it at start).
#pragma warning disable EF1001 // Internal EF Core API usage.
        ((Microsoft.EntityFrameworkCore.Metadata.Internal.EntityType)builder.Metadata).SetConstructorBinding(
            new FactoryMethodBinding(factory, [], typeof(T)), ConfigurationSource.Explicit);
#pragma warning restore EF1001
        return builder;
    }
}

/// <summary>Creates instances without a constructor call (see <see cref="AggregateMapping.MaterializeWithoutConstructor{T}"/>).</summary>
internal static class Uninitialized
{
    /// <summary>An instance of <typeparamref name="T"/> whose fields all hold their default.</summary>
    public static T Create<T>() => (T)System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(typeof(T));
}

using Insertion.Abstractions;

namespace Insertion.Sentencing;

/// <summary>
/// The paid work a host declared for one person and one ISO week, outside the library's contracts:
/// a small stored aggregate (one per person and week), so that every process and every restart sees
/// the same declarations. Declarations for the same week add up (several jobs).
/// </summary>
public sealed class DeclaredPaidWeek : IAggregateRoot
{
    internal DeclaredPaidWeek(PersonId person, DateOnly monday)
    {
        Person = person;
        Monday = monday;
    }

    /// <summary>The person.</summary>
    public PersonId Person { get; private set; }

    /// <summary>The Monday of the ISO week.</summary>
    public DateOnly Monday { get; private set; }

    /// <summary>Paid minutes declared for the week.</summary>
    public WorkMinutes Minutes { get; private set; }

    /// <inheritdoc />
    public string Key => KeyOf(Person, Monday);

    /// <inheritdoc />
    public long Version { get; set; }

    internal void Add(WorkMinutes hours) => Minutes += hours;

    /// <summary>The key of a person's week.</summary>
    internal static string KeyOf(PersonId person, DateOnly monday) => $"{person.Value}|{IsoDates.Format(monday)}";
}

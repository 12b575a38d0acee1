using Insertion.Abstractions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Insertion.Persistence.EntityFrameworkCore;

/// <summary>How the kernel's value types are stored: ids as their text, work time as whole minutes.</summary>
internal static class ValueConversions
{
    public static void Configure(ModelConfigurationBuilder builder)
    {
        builder.Properties<PersonId>().HaveConversion<PersonIdConverter>().HaveMaxLength(200);
        builder.Properties<ContractId>().HaveConversion<ContractIdConverter>().HaveMaxLength(200);
        builder.Properties<PassId>().HaveConversion<PassIdConverter>().HaveMaxLength(200);
        builder.Properties<MeasureId>().HaveConversion<MeasureIdConverter>().HaveMaxLength(200);
        builder.Properties<CohortId>().HaveConversion<CohortIdConverter>().HaveMaxLength(200);
        builder.Properties<ProgrammeId>().HaveConversion<ProgrammeIdConverter>().HaveMaxLength(200);
        builder.Properties<WorkshopId>().HaveConversion<WorkshopIdConverter>().HaveMaxLength(200);
        builder.Properties<WorkMinutes>().HaveConversion<WorkMinutesConverter>();
    }

    private sealed class PersonIdConverter() : ValueConverter<PersonId, string>(v => v.Value, s => new PersonId(s));

    private sealed class ContractIdConverter() : ValueConverter<ContractId, string>(v => v.Value, s => new ContractId(s));

    private sealed class PassIdConverter() : ValueConverter<PassId, string>(v => v.Value, s => new PassId(s));

    private sealed class MeasureIdConverter() : ValueConverter<MeasureId, string>(v => v.Value, s => new MeasureId(s));

    private sealed class CohortIdConverter() : ValueConverter<CohortId, string>(v => v.Value, s => new CohortId(s));

    private sealed class ProgrammeIdConverter() : ValueConverter<ProgrammeId, string>(v => v.Value, s => new ProgrammeId(s));

    private sealed class WorkshopIdConverter() : ValueConverter<WorkshopId, string>(v => v.Value, s => new WorkshopId(s));

    private sealed class WorkMinutesConverter() : ValueConverter<WorkMinutes, long>(v => v.Minutes, m => new WorkMinutes(m));
}

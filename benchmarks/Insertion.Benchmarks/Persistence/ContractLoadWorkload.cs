using System.Globalization;
using Insertion.Abstractions;
using Insertion.Contracts;
using Insertion.Persistence.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Insertion.Benchmarks.Persistence;

/// <summary>
/// Loading 100 000 stored contracts: through the repository and a specification
/// (<see cref="ContractsNotEndedSpec"/>, SQL + materialising the aggregates with their JSON history)
/// against a raw ADO.NET query reading the same columns of the same rows.
/// </summary>
public sealed class ContractLoadWorkload(bool postgreSql, int count = 100_000)
{
    private BenchDatabase? _db;
    private string _rawQuery = "";

    public int Count => count;

    public void Setup()
    {
        if (_db is not null)
        {
            return;
        }
        _db = BenchDatabase.Create(postgreSql);
        var parameters = new LegalParameters([new ContractParameterSource()]);
        var start = new DateOnly(2026, 1, 5);
        var person = new PersonId("template");
        var pass = PassIae.Issue(new PassId("a-template"), person, start, null, parameters);
        var contract = CddiContract.Hire(new CddiHireRequest(new ContractId("template"), person, new WorkshopId("ilot-gourmand"),
            start, new DateOnly(2026, 9, 4), WorkMinutes.FromHours(26), null, false), [pass], [], parameters);
        contract.ConfirmTrial(new DateOnly(2026, 1, 20));
        contract.ChangeWeeklyHours(new DateOnly(2026, 3, 1), WorkMinutes.FromHours(30), parameters);
        _db.InScope(sp => _db.Repository<CddiContract>(sp).AddAsync(contract));
        // Copies of the template row, by SQL (the columns come from the model).
        _db.InScope(async sp =>
        {
            var ef = sp.GetRequiredService<InsertionDbContext>();
            var entity = ef.Model.FindEntityType(typeof(CddiContract))!;
            var columns = entity.GetProperties().Select(p => p.GetColumnName()).ToList();
            var quoted = string.Join(",", columns.Select(c => $"\"{c}\""));
            var select = string.Join(",", columns.Select(c => c is "Id" or "Key" ? $"'c' || n" : c == "Person" ? "'p' || n" : $"t.\"{c}\""));
            _rawQuery = $"SELECT {quoted} FROM \"CddiContracts\" WHERE \"State\" <> 'Ended'";
            var sql = postgreSql
                ? $"INSERT INTO \"CddiContracts\" ({quoted}) SELECT {select} FROM \"CddiContracts\" t, generate_series(1, {count - 1}) n WHERE t.\"Id\" = 'template'"
                : $"WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < {count - 1}) INSERT INTO \"CddiContracts\" ({quoted}) SELECT {select} FROM s, \"CddiContracts\" t WHERE t.\"Id\" = 'template'";
            return await ef.Database.ExecuteSqlRawAsync(sql);
        });
    }

    public long Library() =>
        _db!.InScope(async sp => (long)(await _db.Repository<CddiContract>(sp).ListAsync(new ContractsNotEndedSpec())).Count);

    public long Baseline()
    {
        using var connection = _db!.OpenRaw();
        using var command = connection.CreateCommand();
        command.CommandText = _rawQuery;
        using var reader = command.ExecuteReader();
        var rows = new List<object[]>();
        while (reader.Read())
        {
            var values = new object[reader.FieldCount];
            reader.GetValues(values);
            rows.Add(values);
        }
        return rows.Count + string.Join("", rows.Count.ToString(CultureInfo.InvariantCulture)).Length;
    }
}

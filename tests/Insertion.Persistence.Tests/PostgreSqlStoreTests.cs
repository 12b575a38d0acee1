namespace Insertion.Persistence.Tests;

/// <summary>The store's contract on a real PostgreSQL server (a throwaway cluster).</summary>
[Collection(PostgreSqlCollection.Name)]
public sealed class PostgreSqlStoreTests(PostgreSqlServer server) : StoreContractTests
{
    private string? _database;

    protected override Task<TestStore> NewStoreAsync() => TestStore.PostgreSqlAsync(_database = server.NewDatabase());

    [PostgreSqlFact]
    public async Task PostgreSql_round_trip_of_every_aggregate_is_lossless()
    {
        for (var seed = 1; seed <= 6; seed++)
        {
            await RoundTripOfEveryAggregateIsLossless(seed * 7919);
        }
    }

    [PostgreSqlFact]
    public async Task PostgreSql_appends_after_loading_round_trip()
    {
        for (var seed = 1; seed <= 4; seed++)
        {
            await ChangesAfterLoadingRoundTripToo(seed * 104729);
        }
    }

    [PostgreSqlFact]
    public async Task PostgreSql_every_Contracts_specification_returns_the_rows_of_the_in_memory_store()
    {
        for (var seed = 1; seed <= 4; seed++)
        {
            await EveryContractsSpecificationReturnsTheRowsOfTheInMemoryStore(seed * 15485863);
        }
    }

    [PostgreSqlFact]
    public async Task PostgreSql_every_Sentencing_and_Cohorts_aggregate_and_specification_matches_the_in_memory_store()
    {
        for (var seed = 1; seed <= 2; seed++)
        {
            await EveryModuleAggregateAndSpecificationMatchesTheInMemoryStore(seed * 7919);
        }
    }

    [PostgreSqlFact]
    public Task PostgreSql_a_specification_that_cannot_be_SQL_fails_loudly() => ASpecificationThatCannotBeSqlFailsLoudly();

    [PostgreSqlFact]
    public Task PostgreSql_eight_parallel_writers_lose_nothing_and_duplicate_nothing() => EightParallelWritersLoseNothingAndDuplicateNothing();

    [PostgreSqlFact]
    public Task PostgreSql_paid_hours_by_day_are_summed_in_the_database_as_the_in_memory_store_sums_them() => PaidHoursByDayAreSummedInTheDatabaseAsTheInMemoryStoreSumsThem(26);

    [PostgreSqlFact]
    public Task PostgreSql_two_concurrent_renewals_one_wins_the_other_conflicts() => TwoConcurrentRenewalsOneWinsTheOtherConflicts();

    [PostgreSqlFact]
    public Task PostgreSql_an_add_of_a_stored_key_conflicts() => AnAddOfAKeyAlreadyStoredConflicts();

    [PostgreSqlFact]
    public Task PostgreSql_a_failure_in_a_unit_of_work_leaves_nothing_half_written() => AFailureInTheMiddleOfAUnitOfWorkLeavesNothingHalfWritten();

    [PostgreSqlFact]
    public Task PostgreSql_a_claim_moves_the_persons_version_once() => AClaimMovesThePersonsVersionOnce();

    [PostgreSqlFact]
    public Task PostgreSql_what_was_saved_survives_a_restart() => WhatWasSavedSurvivesARestart(() => TestStore.PostgreSqlAsync(_database!));
}

/// <summary>Migrations on a real PostgreSQL server (a throwaway cluster).</summary>
[Collection(PostgreSqlCollection.Name)]
public sealed class PostgreSqlMigrationTests(PostgreSqlServer server) : MigrationContractTests
{
    private string? _last;

    protected override string LastDatabase => _last!;

    protected override Task<TestStore> UnmigratedStoreAsync(string? database = null) => TestStore.PostgreSqlAsync(_last = database ?? server.NewDatabase(), migrate: false);

    [PostgreSqlFact]
    public Task PostgreSql_migrate_applies_every_migration_once_even_from_processes_starting_together() => MigrateAppliesEveryMigrationOnceEvenFromProcessesStartingTogether();

    [PostgreSqlFact]
    public Task PostgreSql_a_database_migrated_by_a_newer_version_is_refused() => ADatabaseMigratedByANewerVersionIsRefused();

    [PostgreSqlFact]
    public Task PostgreSql_tables_the_migrations_did_not_create_are_refused_not_merged() => TablesTheMigrationsDidNotCreateAreRefusedNotMerged();

    [PostgreSqlFact]
    public Task PostgreSql_an_upgrade_fills_the_running_totals_and_due_dates_from_what_is_stored() => AnUpgradeFillsTheRunningTotalsAndDueDatesFromWhatIsStored();
}

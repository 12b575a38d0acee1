namespace Insertion.Persistence.Tests;

/// <summary>The store's contract on real SQLite database files.</summary>
public sealed class SqliteStoreTests : StoreContractTests, IDisposable
{
    private readonly SqliteFolder _folder = new();
    private string? _file;

    protected override Task<TestStore> NewStoreAsync() => TestStore.SqliteAsync(_file = _folder.NewFile());

    public void Dispose() => _folder.Dispose();

    [FsCheck.Xunit.Property(MaxTest = 8)]
    public Task Sqlite_round_trip_of_every_aggregate_is_lossless(int seed) => RoundTripOfEveryAggregateIsLossless(seed);

    [FsCheck.Xunit.Property(MaxTest = 8)]
    public Task Sqlite_appends_after_loading_round_trip(int seed) => ChangesAfterLoadingRoundTripToo(seed);

    [FsCheck.Xunit.Property(MaxTest = 5)]
    public Task Sqlite_every_Contracts_specification_returns_the_rows_of_the_in_memory_store(int seed) => EveryContractsSpecificationReturnsTheRowsOfTheInMemoryStore(seed);

    [FsCheck.Xunit.Property(MaxTest = 3)]
    public Task Sqlite_every_Sentencing_and_Cohorts_aggregate_and_specification_matches_the_in_memory_store(int seed) => EveryModuleAggregateAndSpecificationMatchesTheInMemoryStore(seed);

    [Fact]
    public Task Sqlite_a_specification_that_cannot_be_SQL_fails_loudly() => ASpecificationThatCannotBeSqlFailsLoudly();

    [Fact]
    public Task Sqlite_eight_parallel_writers_lose_nothing_and_duplicate_nothing() => EightParallelWritersLoseNothingAndDuplicateNothing();

    [FsCheck.Xunit.Property(MaxTest = 5)]
    public Task Sqlite_paid_hours_by_day_are_summed_in_the_database_as_the_in_memory_store_sums_them(int seed) => PaidHoursByDayAreSummedInTheDatabaseAsTheInMemoryStoreSumsThem(seed);

    [Fact]
    public Task Sqlite_two_concurrent_renewals_one_wins_the_other_conflicts() => TwoConcurrentRenewalsOneWinsTheOtherConflicts();

    [Fact]
    public Task Sqlite_an_add_of_a_stored_key_conflicts() => AnAddOfAKeyAlreadyStoredConflicts();

    [Fact]
    public Task Sqlite_a_failure_in_a_unit_of_work_leaves_nothing_half_written() => AFailureInTheMiddleOfAUnitOfWorkLeavesNothingHalfWritten();

    [Fact]
    public Task Sqlite_a_claim_moves_the_persons_version_once() => AClaimMovesThePersonsVersionOnce();

    [Fact]
    public Task Sqlite_what_was_saved_survives_a_restart() => WhatWasSavedSurvivesARestart(() => TestStore.SqliteAsync(_file!));
}

/// <summary>Migrations on real SQLite database files.</summary>
public sealed class SqliteMigrationTests : MigrationContractTests, IDisposable
{
    private readonly SqliteFolder _folder = new();

    protected override string LastDatabase => _last!;

    private string? _last;

    protected override Task<TestStore> UnmigratedStoreAsync(string? database = null) => TestStore.SqliteAsync(_last = database ?? _folder.NewFile(), migrate: false);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public Task Sqlite_migrate_applies_every_migration_once_even_from_processes_starting_together() => MigrateAppliesEveryMigrationOnceEvenFromProcessesStartingTogether();

    [Fact]
    public Task Sqlite_a_database_migrated_by_a_newer_version_is_refused() => ADatabaseMigratedByANewerVersionIsRefused();

    [Fact]
    public Task Sqlite_tables_the_migrations_did_not_create_are_refused_not_merged() => TablesTheMigrationsDidNotCreateAreRefusedNotMerged();

    [Fact]
    public Task Sqlite_an_upgrade_fills_the_running_totals_and_due_dates_from_what_is_stored() => AnUpgradeFillsTheRunningTotalsAndDueDatesFromWhatIsStored();
}

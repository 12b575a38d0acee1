using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Insertion.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class LedgerRunningTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "EntryCount",
                table: "TigMeasures",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Count",
                table: "ContractHoursLedgers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "Total",
                table: "ContractHoursLedgers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateIndex(
                name: "IX_TigEntries_Measure_On",
                table: "TigEntries",
                columns: new[] { "Measure", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_TigEntries_Measure_Reverses",
                table: "TigEntries",
                columns: new[] { "Measure", "Reverses" });

            migrationBuilder.CreateIndex(
                name: "IX_ContractHoursEntries_Contract_On",
                table: "ContractHoursEntries",
                columns: new[] { "Contract", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_ContractHoursEntries_Contract_Reverses",
                table: "ContractHoursEntries",
                columns: new[] { "Contract", "Reverses" });

            // The running count and total of the ledgers stored before them, from their entries (the
            // aggregates keep them on every append since).
            migrationBuilder.Sql("""UPDATE "ContractHoursLedgers" SET "Count" = (SELECT COUNT(*) FROM "ContractHoursEntries" e WHERE e."Contract" = "ContractHoursLedgers"."Contract"), "Total" = (SELECT COALESCE(SUM(e."Minutes"), 0) FROM "ContractHoursEntries" e WHERE e."Contract" = "ContractHoursLedgers"."Contract");""");
            migrationBuilder.Sql("""UPDATE "TigMeasures" SET "EntryCount" = (SELECT COUNT(*) FROM "TigEntries" e WHERE e."Measure" = "TigMeasures"."Id");""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TigEntries_Measure_On",
                table: "TigEntries");

            migrationBuilder.DropIndex(
                name: "IX_TigEntries_Measure_Reverses",
                table: "TigEntries");

            migrationBuilder.DropIndex(
                name: "IX_ContractHoursEntries_Contract_On",
                table: "ContractHoursEntries");

            migrationBuilder.DropIndex(
                name: "IX_ContractHoursEntries_Contract_Reverses",
                table: "ContractHoursEntries");

            migrationBuilder.DropColumn(
                name: "EntryCount",
                table: "TigMeasures");

            migrationBuilder.DropColumn(
                name: "Count",
                table: "ContractHoursLedgers");

            migrationBuilder.DropColumn(
                name: "Total",
                table: "ContractHoursLedgers");
        }
    }
}

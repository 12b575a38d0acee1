using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Insertion.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class SweepDueDates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "OverdueDueOn",
                table: "TigMeasures",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "SweepDueOn",
                table: "CddiContracts",
                type: "date",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_TigMeasures_OverdueDueOn",
                table: "TigMeasures",
                column: "OverdueDueOn");

            migrationBuilder.CreateIndex(
                name: "IX_CddiContracts_SweepDueOn",
                table: "CddiContracts",
                column: "SweepDueOn");

            // The columns are computed by the aggregates on every save; rows stored before them get
            // the same value here (CddiContract.SweepDueOn, TigMeasure.OverdueDueOn), so the sweeps find them.
            migrationBuilder.Sql("""UPDATE "CddiContracts" SET "SweepDueOn" = CASE WHEN "State" = 'Ended' THEN NULL WHEN "State" = 'Trial' AND "TrialEnd" IS NOT NULL AND "TrialEnd" < "End" THEN "TrialEnd" + 1 WHEN "End" < DATE '9999-12-31' THEN "End" + 1 ELSE NULL END;""");
            migrationBuilder.Sql("""UPDATE "TigMeasures" SET "OverdueDueOn" = CASE WHEN "State" = 'Active' AND "Done" < "Hours" AND "Deadline" < DATE '9999-12-31' THEN "Deadline" + 1 ELSE NULL END;""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TigMeasures_OverdueDueOn",
                table: "TigMeasures");

            migrationBuilder.DropIndex(
                name: "IX_CddiContracts_SweepDueOn",
                table: "CddiContracts");

            migrationBuilder.DropColumn(
                name: "OverdueDueOn",
                table: "TigMeasures");

            migrationBuilder.DropColumn(
                name: "SweepDueOn",
                table: "CddiContracts");
        }
    }
}

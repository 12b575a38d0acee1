using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Insertion.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class InitialSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CddiContracts",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    Person = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Workshop = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Pass = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Start = table.Column<DateOnly>(type: "date", nullable: false),
                    InitialEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    End = table.Column<DateOnly>(type: "date", nullable: false),
                    TrialEnd = table.Column<DateOnly>(type: "date", nullable: true),
                    State = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    EndReason = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    TrialConfirmedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SuspendedDuringTrial = table.Column<bool>(type: "boolean", nullable: false),
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    WeeklyHours = table.Column<string>(type: "text", nullable: false),
                    Renewals = table.Column<string>(type: "text", nullable: false),
                    Suspensions = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CddiContracts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Cohorts",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    ProgrammeId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SiteId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Start = table.Column<DateOnly>(type: "date", nullable: false),
                    End = table.Column<DateOnly>(type: "date", nullable: false),
                    EntryWindowDays = table.Column<int>(type: "integer", nullable: false),
                    Capacity = table.Column<int>(type: "integer", nullable: false),
                    State = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    CertificationBlocks = table.Column<string>(type: "text", nullable: false),
                    Exams = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cohorts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ContractExits",
                columns: table => new
                {
                    Contract = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Workshop = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    End = table.Column<DateOnly>(type: "date", nullable: false),
                    Situation = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContractExits", x => x.Contract);
                });

            migrationBuilder.CreateTable(
                name: "ContractHoursLedgers",
                columns: table => new
                {
                    Contract = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContractHoursLedgers", x => x.Contract);
                });

            migrationBuilder.CreateTable(
                name: "DeclaredPaidWeeks",
                columns: table => new
                {
                    Person = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Monday = table.Column<DateOnly>(type: "date", nullable: false),
                    Minutes = table.Column<long>(type: "bigint", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeclaredPaidWeeks", x => new { x.Person, x.Monday });
                });

            migrationBuilder.CreateTable(
                name: "JusticeDisclosures",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    Purpose = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Cohort = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    People = table.Column<int>(type: "integer", nullable: false),
                    DisclosedOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JusticeDisclosures", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "PassIae",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    Person = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Start = table.Column<DateOnly>(type: "date", nullable: false),
                    IssuedEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    ProlongationDays = table.Column<int>(type: "integer", nullable: false),
                    SuspensionDays = table.Column<int>(type: "integer", nullable: false),
                    End = table.Column<DateOnly>(type: "date", nullable: false),
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Prolongations = table.Column<string>(type: "text", nullable: false),
                    Suspensions = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PassIae", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PersonOutcomes",
                columns: table => new
                {
                    Person = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Entries = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonOutcomes", x => x.Person);
                });

            migrationBuilder.CreateTable(
                name: "Persons",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Sex = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Persons", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SoaSessions",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    Absent = table.Column<string>(type: "text", nullable: false),
                    Attended = table.Column<string>(type: "text", nullable: false),
                    Capacity = table.Column<int>(type: "integer", nullable: false),
                    Duration = table.Column<long>(type: "bigint", nullable: false),
                    SessionId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Programme = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SoaSessions", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "TigMeasures",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    Person = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Hours = table.Column<long>(type: "bigint", nullable: false),
                    Pronounced = table.Column<DateOnly>(type: "date", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    Months = table.Column<int>(type: "integer", nullable: false),
                    InitialDeadline = table.Column<DateOnly>(type: "date", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    Origin = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    HostStructure = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Post = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SpipReferent = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Judge = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Territory = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    SoaProgramme = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Site = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    State = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Done = table.Column<long>(type: "bigint", nullable: false),
                    Pedagogical = table.Column<long>(type: "bigint", nullable: false),
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    CourtDecisions = table.Column<string>(type: "text", nullable: false),
                    History = table.Column<string>(type: "text", nullable: false),
                    Incidents = table.Column<string>(type: "text", nullable: false),
                    Suspensions = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TigMeasures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CohortMembers",
                columns: table => new
                {
                    Cohort = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Person = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EnrolledOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Sex = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    AgeBand = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    UnderJustice = table.Column<bool>(type: "boolean", nullable: false),
                    WithdrawnOn = table.Column<DateOnly>(type: "date", nullable: true),
                    WithdrawalReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CohortMembers", x => new { x.Cohort, x.Position });
                    table.ForeignKey(
                        name: "FK_CohortMembers_Cohorts_Cohort",
                        column: x => x.Cohort,
                        principalTable: "Cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ContractHoursEntries",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    Contract = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Minutes = table.Column<long>(type: "bigint", nullable: false),
                    IdempotencyKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Author = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Reason = table.Column<string>(type: "text", nullable: true),
                    Reverses = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContractHoursEntries", x => new { x.Contract, x.Sequence });
                    table.ForeignKey(
                        name: "FK_ContractHoursEntries_ContractHoursLedgers_Contract",
                        column: x => x.Contract,
                        principalTable: "ContractHoursLedgers",
                        principalColumn: "Contract",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TigEntries",
                columns: table => new
                {
                    Measure = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    IdempotencyKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Minutes = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Author = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Reverses = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TigEntries", x => new { x.Measure, x.Sequence });
                    table.ForeignKey(
                        name: "FK_TigEntries_TigMeasures_Measure",
                        column: x => x.Measure,
                        principalTable: "TigMeasures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CddiContracts_End",
                table: "CddiContracts",
                column: "End");

            migrationBuilder.CreateIndex(
                name: "IX_CddiContracts_Key",
                table: "CddiContracts",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CddiContracts_Person",
                table: "CddiContracts",
                column: "Person");

            migrationBuilder.CreateIndex(
                name: "IX_CddiContracts_Workshop_State",
                table: "CddiContracts",
                columns: new[] { "Workshop", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_CohortMembers_Person",
                table: "CohortMembers",
                column: "Person");

            migrationBuilder.CreateIndex(
                name: "IX_Cohorts_Key",
                table: "Cohorts",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cohorts_SiteId_Start",
                table: "Cohorts",
                columns: new[] { "SiteId", "Start" });

            migrationBuilder.CreateIndex(
                name: "IX_Cohorts_State_Start",
                table: "Cohorts",
                columns: new[] { "State", "Start" });

            migrationBuilder.CreateIndex(
                name: "IX_ContractExits_End",
                table: "ContractExits",
                column: "End");

            migrationBuilder.CreateIndex(
                name: "IX_ContractExits_Key",
                table: "ContractExits",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContractHoursEntries_Contract_IdempotencyKey",
                table: "ContractHoursEntries",
                columns: new[] { "Contract", "IdempotencyKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContractHoursEntries_On",
                table: "ContractHoursEntries",
                column: "On");

            migrationBuilder.CreateIndex(
                name: "IX_ContractHoursLedgers_Key",
                table: "ContractHoursLedgers",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DeclaredPaidWeeks_Key",
                table: "DeclaredPaidWeeks",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_JusticeDisclosures_DisclosedOn",
                table: "JusticeDisclosures",
                column: "DisclosedOn");

            migrationBuilder.CreateIndex(
                name: "IX_PassIae_Key",
                table: "PassIae",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PassIae_Person",
                table: "PassIae",
                column: "Person");

            migrationBuilder.CreateIndex(
                name: "IX_PersonOutcomes_Key",
                table: "PersonOutcomes",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Persons_Key",
                table: "Persons",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TigEntries_Measure_IdempotencyKey",
                table: "TigEntries",
                columns: new[] { "Measure", "IdempotencyKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TigEntries_On",
                table: "TigEntries",
                column: "On");

            migrationBuilder.CreateIndex(
                name: "IX_TigMeasures_Key",
                table: "TigMeasures",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TigMeasures_Person",
                table: "TigMeasures",
                column: "Person");

            migrationBuilder.CreateIndex(
                name: "IX_TigMeasures_State_Deadline",
                table: "TigMeasures",
                columns: new[] { "State", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_TigMeasures_Territory",
                table: "TigMeasures",
                column: "Territory");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CddiContracts");

            migrationBuilder.DropTable(
                name: "CohortMembers");

            migrationBuilder.DropTable(
                name: "ContractExits");

            migrationBuilder.DropTable(
                name: "ContractHoursEntries");

            migrationBuilder.DropTable(
                name: "DeclaredPaidWeeks");

            migrationBuilder.DropTable(
                name: "JusticeDisclosures");

            migrationBuilder.DropTable(
                name: "PassIae");

            migrationBuilder.DropTable(
                name: "PersonOutcomes");

            migrationBuilder.DropTable(
                name: "Persons");

            migrationBuilder.DropTable(
                name: "SoaSessions");

            migrationBuilder.DropTable(
                name: "TigEntries");

            migrationBuilder.DropTable(
                name: "Cohorts");

            migrationBuilder.DropTable(
                name: "ContractHoursLedgers");

            migrationBuilder.DropTable(
                name: "TigMeasures");
        }
    }
}

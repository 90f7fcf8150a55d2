using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Anknytning.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Journal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "BirthDate",
                table: "AspNetUsers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DueDate",
                table: "AspNetUsers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "JournalEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    TitleCiphertext = table.Column<string>(type: "TEXT", nullable: true),
                    TextCiphertext = table.Column<string>(type: "TEXT", nullable: false),
                    WrittenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EditedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LessonId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SectionId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PromptId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SubmissionId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JournalEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JournalEntries_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_JournalEntries_UserId_LessonId_SectionId",
                table: "JournalEntries",
                columns: new[] { "UserId", "LessonId", "SectionId" });

            migrationBuilder.CreateIndex(
                name: "IX_JournalEntries_UserId_SubmissionId",
                table: "JournalEntries",
                columns: new[] { "UserId", "SubmissionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_JournalEntries_UserId_WrittenAt",
                table: "JournalEntries",
                columns: new[] { "UserId", "WrittenAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "JournalEntries");

            migrationBuilder.DropColumn(
                name: "BirthDate",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "DueDate",
                table: "AspNetUsers");
        }
    }
}

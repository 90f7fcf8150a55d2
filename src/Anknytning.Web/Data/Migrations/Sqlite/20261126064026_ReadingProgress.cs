using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Anknytning.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReadingProgress : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SectionsRead",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    LessonId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SectionId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ReadAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SectionsRead", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SectionsRead_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SectionsRead_UserId_LessonId_SectionId",
                table: "SectionsRead",
                columns: new[] { "UserId", "LessonId", "SectionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SectionsRead_UserId_ReadAt",
                table: "SectionsRead",
                columns: new[] { "UserId", "ReadAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SectionsRead");
        }
    }
}

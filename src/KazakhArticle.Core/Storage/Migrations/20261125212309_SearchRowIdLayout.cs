using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KazakhArticle.Core.Storage.Migrations
{
    /// <inheritdoc />
    public partial class SearchRowIdLayout : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Index rowids now encode language, article and position (see SearchRowIds), which the search's filters
            // rely on. Rows written before have plain rowids, so the content cache is rebuilt: the next import
            // indexes every article again.
            migrationBuilder.Sql("DELETE FROM SearchEntries;");
            migrationBuilder.Sql("DELETE FROM Articles;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Rows with the new rowids are still valid rows: nothing to undo.
        }
    }
}

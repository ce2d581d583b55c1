using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KazakhArticle.Core.Storage.Migrations
{
    /// <inheritdoc />
    public partial class SearchVocabulary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The index's own terms, for expanding English prefixes: the porter tokenizer would stem the prefix itself.
            migrationBuilder.Sql("CREATE VIRTUAL TABLE SearchVocabulary USING fts5vocab(SearchEntries, 'row');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE SearchVocabulary;");
        }
    }
}

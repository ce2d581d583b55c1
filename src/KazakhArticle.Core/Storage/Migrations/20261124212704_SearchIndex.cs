using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KazakhArticle.Core.Storage.Migrations
{
    /// <inheritdoc />
    public partial class SearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // EF Core cannot model virtual tables. Terms holds the analyzed words (see TextAnalyzer); the porter
            // tokenizer stems English terms in the index and in queries alike. The other columns are carried along.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE SearchEntries USING fts5(
                    Terms,
                    Text UNINDEXED,
                    Slug UNINDEXED,
                    Language UNINDEXED,
                    ArticleTitle UNINDEXED,
                    SectionId UNINDEXED,
                    SectionTitle UNINDEXED,
                    ParagraphId UNINDEXED,
                    tokenize = 'porter unicode61 remove_diacritics 2'
                );
                """);

            // Rebuild the content cache so that every article is indexed on the next import.
            migrationBuilder.Sql("DELETE FROM Articles;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE SearchEntries;");
        }
    }
}

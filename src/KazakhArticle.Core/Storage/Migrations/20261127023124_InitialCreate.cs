using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KazakhArticle.Core.Storage.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Articles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OriginalLanguage = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Genre = table.Column<string>(type: "TEXT", nullable: true),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ImportedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Annotations = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Articles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Editions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    Author = table.Column<string>(type: "TEXT", nullable: false),
                    Outlet = table.Column<string>(type: "TEXT", nullable: true),
                    TranslatedFrom = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    Translator = table.Column<string>(type: "TEXT", nullable: true),
                    WordCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Editions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Editions_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ArticleNote",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EditionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Anchor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    Html = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleNote", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ArticleNote_Editions_EditionId",
                        column: x => x.EditionId,
                        principalTable: "Editions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Sections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EditionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Anchor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Sections_Editions_EditionId",
                        column: x => x.EditionId,
                        principalTable: "Editions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Paragraphs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SectionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Anchor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    Html = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Paragraphs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Paragraphs_Sections_SectionId",
                        column: x => x.SectionId,
                        principalTable: "Sections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ArticleNote_EditionId_Number",
                table: "ArticleNote",
                columns: new[] { "EditionId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Slug",
                table: "Articles",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Editions_ArticleId_Language",
                table: "Editions",
                columns: new[] { "ArticleId", "Language" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Paragraphs_SectionId_Position",
                table: "Paragraphs",
                columns: new[] { "SectionId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Sections_EditionId_Anchor",
                table: "Sections",
                columns: new[] { "EditionId", "Anchor" },
                unique: true);

            // EF Core cannot model virtual tables. A row is one place of an article in both editions (see SearchIndex):
            // Original and Translation hold their analyzed words (see TextAnalyzer); the porter tokenizer stems English
            // terms in the index and in queries alike. OriginalSurface and TranslationSurface hold each Arabic word as
            // written (normalised, marked), which only ranks: a word typed as the text writes it ranks above its other forms. The other columns are carried along. Rowids encode article and
            // position (see SearchRowIds), which the marks on an article's page rely on.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE SearchEntries USING fts5(
                    Original,
                    Translation,
                    OriginalSurface,
                    TranslationSurface,
                    Slug UNINDEXED,
                    SectionId UNINDEXED,
                    ParagraphId UNINDEXED,
                    OriginalLanguage UNINDEXED,
                    OriginalArticleTitle UNINDEXED,
                    OriginalSectionTitle UNINDEXED,
                    OriginalText UNINDEXED,
                    TranslationLanguage UNINDEXED,
                    TranslationArticleTitle UNINDEXED,
                    TranslationSectionTitle UNINDEXED,
                    TranslationText UNINDEXED,
                    tokenize = 'porter unicode61 remove_diacritics 2'
                );
                """);

            // The index's own terms, for expanding English prefixes: the porter tokenizer would stem the prefix itself.
            migrationBuilder.Sql("CREATE VIRTUAL TABLE SearchVocabulary USING fts5vocab(SearchEntries, 'row');");

            // Names that mean the same, by their terms (see SearchAliases): read by the search only, so not in the model.
            migrationBuilder.Sql("""
                CREATE TABLE SearchAliases (
                    Form TEXT NOT NULL PRIMARY KEY,
                    Aliases TEXT NOT NULL
                ) WITHOUT ROWID;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE SearchAliases;");
            migrationBuilder.Sql("DROP TABLE SearchVocabulary;");
            migrationBuilder.Sql("DROP TABLE SearchEntries;");

            migrationBuilder.DropTable(
                name: "ArticleNote");

            migrationBuilder.DropTable(
                name: "Paragraphs");

            migrationBuilder.DropTable(
                name: "Sections");

            migrationBuilder.DropTable(
                name: "Editions");

            migrationBuilder.DropTable(
                name: "Articles");
        }
    }
}

CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "Articles" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Articles" PRIMARY KEY AUTOINCREMENT,
    "Slug" TEXT NOT NULL,
    "OriginalLanguage" TEXT NOT NULL,
    "Genre" TEXT NULL,
    "ContentHash" TEXT NOT NULL,
    "ImportedAtUtc" TEXT NOT NULL,
    "Annotations" TEXT NULL
);

CREATE TABLE "Editions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Editions" PRIMARY KEY AUTOINCREMENT,
    "ArticleId" INTEGER NOT NULL,
    "Language" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Author" TEXT NOT NULL,
    "Outlet" TEXT NULL,
    "TranslatedFrom" TEXT NULL,
    "Translator" TEXT NULL,
    "WordCount" INTEGER NOT NULL,
    CONSTRAINT "FK_Editions_Articles_ArticleId" FOREIGN KEY ("ArticleId") REFERENCES "Articles" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ArticleNote" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ArticleNote" PRIMARY KEY AUTOINCREMENT,
    "EditionId" INTEGER NOT NULL,
    "Number" INTEGER NOT NULL,
    "Anchor" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "Html" TEXT NOT NULL,
    CONSTRAINT "FK_ArticleNote_Editions_EditionId" FOREIGN KEY ("EditionId") REFERENCES "Editions" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Sections" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Sections" PRIMARY KEY AUTOINCREMENT,
    "EditionId" INTEGER NOT NULL,
    "Position" INTEGER NOT NULL,
    "Anchor" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    CONSTRAINT "FK_Sections_Editions_EditionId" FOREIGN KEY ("EditionId") REFERENCES "Editions" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Paragraphs" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Paragraphs" PRIMARY KEY AUTOINCREMENT,
    "SectionId" INTEGER NOT NULL,
    "Position" INTEGER NOT NULL,
    "Anchor" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "Html" TEXT NOT NULL,
    CONSTRAINT "FK_Paragraphs_Sections_SectionId" FOREIGN KEY ("SectionId") REFERENCES "Sections" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_ArticleNote_EditionId_Number" ON "ArticleNote" ("EditionId", "Number");

CREATE UNIQUE INDEX "IX_Articles_Slug" ON "Articles" ("Slug");

CREATE UNIQUE INDEX "IX_Editions_ArticleId_Language" ON "Editions" ("ArticleId", "Language");

CREATE UNIQUE INDEX "IX_Paragraphs_SectionId_Position" ON "Paragraphs" ("SectionId", "Position");

CREATE UNIQUE INDEX "IX_Sections_EditionId_Anchor" ON "Sections" ("EditionId", "Anchor");

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

CREATE VIRTUAL TABLE SearchVocabulary USING fts5vocab(SearchEntries, 'row');

CREATE TABLE SearchAliases (
    Form TEXT NOT NULL PRIMARY KEY,
    Aliases TEXT NOT NULL
) WITHOUT ROWID;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261127023124_InitialCreate', '10.0.15');

COMMIT;


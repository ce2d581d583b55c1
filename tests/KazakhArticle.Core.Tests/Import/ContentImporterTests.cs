using KazakhArticle.Core.Import;
using KazakhArticle.Core.Reading;
using KazakhArticle.Core.Search;
using KazakhArticle.Core.Storage;
using KazakhArticle.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace KazakhArticle.Core.Tests.Import;

public sealed class ContentImporterTests : IDisposable
{
    private readonly TempContent _content = new();
    private readonly TestDatabase _database = new();

    [Fact]
    public async Task Imports_the_shipped_article_into_editions_sections_and_paragraphs()
    {
        _content.CopyShippedArticle();
        await _database.PrepareAsync();

        var report = await _database.Importer.ImportAsync(_content.Root);

        Assert.Equal([Shipped.Slug], report.Imported);
        Assert.Empty(report.Failed);
        await using var db = _database.Open();
        var editions = await db.Editions.OrderBy(e => e.Language).ToListAsync();
        Assert.Equal([("ar", "جورج حداد"), ("en", "George Haddad")], editions.Select(e => (e.Language, e.Author)));
        Assert.Equal(16, await db.Sections.CountAsync());
        Assert.Equal(110, await db.Paragraphs.CountAsync());
        Assert.Equal(10, await db.Set<ArticleNote>().CountAsync());
    }

    [Theory]
    [InlineData(false, "no earlier version of it is stored")] // a fresh cache: nothing to fall back on
    [InlineData(true, "its last good version stays served")]
    public async Task A_failed_article_is_reported_as_served_or_not_as_it_is(bool importedBefore, string said)
    {
        _content.CopyShippedArticle();
        await _database.PrepareAsync();
        if (importedBefore)
        {
            await _database.Importer.ImportAsync(_content.Root);
        }

        var file = Directory.EnumerateFiles(_content.Root, "ar.md", SearchOption.AllDirectories).Single();
        File.WriteAllText(file, File.ReadAllText(file).Replace("genre: opinion", "genre: opinion\ngenre: opinion", StringComparison.Ordinal));
        var log = new RecordingLogger<ContentImporter>();
        var report = await new ContentImporter(_database.Connections, TestLinks.Article, TestLinks.Entity, log, TimeProvider.System).ImportAsync(_content.Root);

        Assert.Single(report.Failed);
        Assert.Contains(log.Warnings, message => message.Contains(said, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Importing_unchanged_content_again_writes_nothing()
    {
        _content.CopyShippedArticle();
        await _database.PrepareAsync();
        await _database.Importer.ImportAsync(_content.Root);
        var before = await Snapshot();
        CountWrites();

        var report = await _database.Importer.ImportAsync(_content.Root);

        Assert.Empty(report.Imported);
        Assert.Equal([Shipped.Slug], report.Unchanged);
        Assert.Equal(before, await Snapshot());
        // The same rows written again would leave the same snapshot: the triggers see any write at all.
        Assert.Equal(0, WritesCounted());
    }

    [Fact]
    public async Task Changed_content_replaces_the_stored_article()
    {
        var path = _content.Write("articles/a/ar.md", Markdown.Article("a", "## أول {#first}\n\nالنص القديم.\n"));
        await _database.PrepareAsync();
        await _database.Importer.ImportAsync(_content.Root);

        File.WriteAllText(path, Markdown.Article("a", "## أول {#first}\n\nالنص الجديد.\n\nفقرة ثانية.\n"));
        var report = await _database.Importer.ImportAsync(_content.Root);

        Assert.Equal(["a"], report.Imported);
        var article = await new ArticleCatalog(_database.Connections).FindAsync("a");
        Assert.Equal(["النص الجديد.", "فقرة ثانية."], article!.Original.Sections[0].Paragraphs.Select(p => p.Text));
        await using var db = _database.Open();
        Assert.Equal(1, await db.Articles.CountAsync());
        Assert.Equal(2, await db.Paragraphs.CountAsync());
    }

    [Fact]
    public async Task An_edit_to_one_file_is_imported_and_the_unchanged_article_is_not_parsed()
    {
        _content.Write("articles/a/ar.md", Markdown.Article("a"));
        _content.Write("articles/b/ar.md", Markdown.Article("b", "## أول {#first}\n\nالنص القديم.\n"));
        _content.Write("articles/b/en.md", Markdown.FrontMatter("b", "en", "Title", "translated-from: ar\ntranslator: T\n") + "\n## First {#first}\n\nThe old text.\n");
        await _database.PrepareAsync();
        await _database.Importer.ImportAsync(_content.Root);

        File.WriteAllText(
            Path.Combine(_content.Root, "articles", "b", "en.md"),
            Markdown.FrontMatter("b", "en", "Title", "translated-from: ar\ntranslator: T\n") + "\n## First {#first}\n\nThe new text.\n");
        var report = await _database.Importer.ImportAsync(_content.Root);

        Assert.Equal(["b"], report.Imported);
        Assert.Equal(["a"], report.Unchanged);
        Assert.Empty(report.Removed);
        var article = await new ArticleCatalog(_database.Connections).FindAsync("b");
        Assert.Equal("The new text.", article!.EditionIn("en").Sections[0].Paragraphs[0].Text);
        Assert.Equal("النص القديم.", article.Original.Sections[0].Paragraphs[0].Text);
    }

    [Fact]
    public async Task A_copy_of_a_stored_article_is_reported_as_a_duplicate_and_removes_nothing()
    {
        _content.Write("articles/a/ar.md", Markdown.Article("a"));
        await _database.PrepareAsync();
        await _database.Importer.ImportAsync(_content.Root);

        _content.Write("articles/copy/ar.md", Markdown.Article("a"));
        var report = await _database.Importer.ImportAsync(_content.Root);

        Assert.Equal(["a"], report.Unchanged);
        var problem = Assert.Single(Assert.Single(report.Failed).Problems);
        Assert.Equal("articles/copy/ar.md", problem.File);
        Assert.Contains("duplicate slug 'a': articles/a already has it", problem.Message, StringComparison.Ordinal);
        Assert.Empty(report.Removed);
    }

    [Fact]
    public async Task A_failed_import_keeps_the_previous_content_and_says_why()
    {
        var path = _content.Write("articles/a/ar.md", Markdown.Article("a", "## أول {#first}\n\nالنص الصالح.\n"));
        await _database.PrepareAsync();
        await _database.Importer.ImportAsync(_content.Root);

        File.WriteAllText(path, Markdown.Article("a", "## أول بلا معرّف\n\nنص.\n"));
        var report = await _database.Importer.ImportAsync(_content.Root);

        var failure = Assert.Single(report.Failed);
        Assert.Equal("articles/a/ar.md", failure.Problems[0].File);
        Assert.Equal(8, failure.Problems[0].Line);
        var article = await new ArticleCatalog(_database.Connections).FindAsync("a");
        Assert.Equal("النص الصالح.", article!.Original.Sections[0].Paragraphs[0].Text);
    }

    [Fact]
    public async Task A_bad_translation_keeps_out_only_itself_until_it_is_mended()
    {
        // A fresh cache: the original is served alone, the translation reported, at every import while it is broken.
        _content.Write("articles/a/ar.md", Markdown.Article("a", "## أول {#first}\n\nالنص.\n"));
        var translation = _content.Write("articles/a/en.md", Markdown.FrontMatter("a", "en", "Title", "translated-from: ar\ntranslator: T\n") + "\n## First, without its id\n\nThe text.\n");
        await _database.PrepareAsync();
        var log = new RecordingLogger<ContentImporter>();
        var importer = new ContentImporter(_database.Connections, TestLinks.Article, TestLinks.Entity, log, TimeProvider.System);

        foreach (var run in new[] { "first", "again" })
        {
            var report = await importer.ImportAsync(_content.Root);

            Assert.Equal("articles/a/en.md", Assert.Single(Assert.Single(report.Failed).Problems).File);
            var article = await new ArticleCatalog(_database.Connections).FindAsync("a");
            Assert.True(article is { Editions: [{ Language: "ar" }] }, run);
            Assert.Equal("النص.", article.Original.Sections[0].Paragraphs[0].Text);
        }

        Assert.Contains(log.Warnings, message => message.Contains("its original is served alone", StringComparison.Ordinal));

        // An edit to the original meanwhile is served too; once the translation is mended, both are.
        File.WriteAllText(Path.Combine(_content.Root, "articles", "a", "ar.md"), Markdown.Article("a", "## أول {#first}\n\nالنص المنقح.\n"));
        await importer.ImportAsync(_content.Root);
        Assert.Equal("النص المنقح.", (await new ArticleCatalog(_database.Connections).FindAsync("a"))!.Original.Sections[0].Paragraphs[0].Text);

        File.WriteAllText(translation, Markdown.FrontMatter("a", "en", "Title", "translated-from: ar\ntranslator: T\n") + "\n## First {#first}\n\nThe text.\n");
        var mended = await importer.ImportAsync(_content.Root);

        Assert.Empty(mended.Failed);
        Assert.Equal(["a"], mended.Imported);
        Assert.Equal("The text.", (await new ArticleCatalog(_database.Connections).FindAsync("a"))!.EditionIn("en").Sections[0].Paragraphs[0].Text);
    }

    [Fact]
    public async Task A_bad_translation_of_a_stored_article_keeps_the_whole_last_good_version()
    {
        _content.Write("articles/a/ar.md", Markdown.Article("a", "## أول {#first}\n\nالنص.\n"));
        var translation = _content.Write("articles/a/en.md", Markdown.FrontMatter("a", "en", "Title", "translated-from: ar\ntranslator: T\n") + "\n## First {#first}\n\nThe text.\n");
        await _database.PrepareAsync();
        await _database.Importer.ImportAsync(_content.Root);

        File.WriteAllText(translation, Markdown.FrontMatter("a", "en", "Title", "translated-from: ar\ntranslator: T\n") + "\n## First, without its id\n\nThe text.\n");
        var report = await _database.Importer.ImportAsync(_content.Root);

        Assert.Single(report.Failed);
        Assert.Equal("The text.", (await new ArticleCatalog(_database.Connections).FindAsync("a"))!.EditionIn("en").Sections[0].Paragraphs[0].Text);
    }

    [Fact]
    public async Task A_bad_original_keeps_the_article_out_whatever_its_translation()
    {
        _content.Write("articles/a/ar.md", Markdown.Article("a", "## أول بلا معرّف\n\nالنص.\n"));
        _content.Write("articles/a/en.md", Markdown.FrontMatter("a", "en", "Title", "translated-from: ar\ntranslator: T\n") + "\n## First {#first}\n\nThe text.\n");
        await _database.PrepareAsync();

        var report = await _database.Importer.ImportAsync(_content.Root);

        Assert.Single(report.Failed);
        Assert.Null(await new ArticleCatalog(_database.Connections).FindAsync("a"));
    }

    [Fact]
    public async Task A_failure_in_one_article_does_not_stop_the_others()
    {
        _content.Write("articles/bad/ar.md", "no front matter");
        _content.Write("articles/good/ar.md", Markdown.Article("good"));
        await _database.PrepareAsync();

        var report = await _database.Importer.ImportAsync(_content.Root);

        Assert.Equal(["good"], report.Imported);
        Assert.Equal("articles/bad", Assert.Single(report.Failed).Folder);
    }

    [Fact]
    public async Task An_article_removed_from_content_is_removed_from_the_database()
    {
        _content.Write("articles/a/ar.md", Markdown.Article("a"));
        _content.Write("articles/b/ar.md", Markdown.Article("b"));
        await _database.PrepareAsync();
        await _database.Importer.ImportAsync(_content.Root);

        Directory.Delete(Path.Combine(_content.Root, "articles", "b"), recursive: true);
        var report = await _database.Importer.ImportAsync(_content.Root);

        Assert.Equal(["b"], report.Removed);
        Assert.Equal(["a"], (await new ArticleCatalog(_database.Connections).ListAsync()).Select(a => a.Slug));
        await using var db = _database.Open();
        Assert.Equal(1, await db.Paragraphs.CountAsync());
    }

    [Fact]
    public async Task A_deleted_database_is_rebuilt_from_content()
    {
        _content.CopyShippedArticle();
        await _database.PrepareAsync();
        await _database.Importer.ImportAsync(_content.Root);
        var before = await Snapshot();

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_database.Path);
        await _database.PrepareAsync();
        await _database.Importer.ImportAsync(_content.Root);

        Assert.Equal(before, await Snapshot());
    }

    [Fact]
    public async Task A_damaged_database_file_is_rebuilt_from_content()
    {
        _content.CopyShippedArticle();
        await File.WriteAllTextAsync(_database.Path, "this is not a SQLite database, it is long enough to have a header");

        await _database.PrepareAsync();
        var report = await _database.Importer.ImportAsync(_content.Root);

        Assert.Equal([Shipped.Slug], report.Imported);
    }

    /// <summary>The one knob: a cache another build wrote (another cache version, or other migrations) is rebuilt, not trusted.</summary>
    [Theory]
    [InlineData("PRAGMA user_version = 2")]
    [InlineData("PRAGMA user_version = 99")]
    [InlineData("INSERT INTO __EFMigrationsHistory (MigrationId, ProductVersion) VALUES ('29991231000000_FromANewerBuild', '10.0.15')")]
    [InlineData("DELETE FROM __EFMigrationsHistory")]
    [InlineData("DROP TABLE __EFMigrationsHistory")]
    public async Task A_cache_another_build_wrote_is_rebuilt_and_imported_again(string otherBuild)
    {
        _content.CopyShippedArticle();
        await _database.PrepareAsync();
        await _database.Importer.ImportAsync(_content.Root);
        var before = await Snapshot();
        await using (var db = _database.Open())
        {
            // What that build stored differs from what this one would: it must not be served.
            await db.Database.ExecuteSqlRawAsync("UPDATE Paragraphs SET Text = 'stale' WHERE Id = 1");
            await db.Database.ExecuteSqlRawAsync(otherBuild);
        }

        await _database.PrepareAsync();
        var report = await _database.Importer.ImportAsync(_content.Root);

        Assert.Equal([Shipped.Slug], report.Imported);
        Assert.Equal(before, await Snapshot());
        var search = new ArticleSearch(_database.Connections, NullLogger<ArticleSearch>.Instance);
        Assert.True((await search.SearchAsync("كازاخستان", "ar")).Total > 30);
    }

    [Fact]
    public async Task A_cache_this_build_wrote_is_kept()
    {
        _content.CopyShippedArticle();
        await _database.PrepareAsync();
        await _database.Importer.ImportAsync(_content.Root);

        await _database.PrepareAsync();
        var report = await _database.Importer.ImportAsync(_content.Root);

        Assert.Empty(report.Imported);
        Assert.Equal([Shipped.Slug], report.Unchanged);
    }

    [Fact]
    public async Task An_article_removed_from_content_is_no_longer_found_by_search()
    {
        _content.Write("articles/a/ar.md", Markdown.Article("a", "## أول {#first}\n\nبايكونور.\n"));
        _content.Write("articles/b/ar.md", Markdown.Article("b", "## أول {#first}\n\nتنغيز.\n"));
        await _database.PrepareAsync();
        await _database.Importer.ImportAsync(_content.Root);
        var search = new ArticleSearch(_database.Connections, NullLogger<ArticleSearch>.Instance);
        Assert.Equal(1, (await search.SearchAsync("تنغيز", "ar", exact: true)).Total);

        Directory.Delete(Path.Combine(_content.Root, "articles", "b"), recursive: true);
        await _database.Importer.ImportAsync(_content.Root);

        Assert.Equal(0, (await search.SearchAsync("تنغيز", "ar", exact: true)).Total);
        Assert.Equal(1, (await search.SearchAsync("بايكونور", "ar", exact: true)).Total);
    }

    [Fact]
    public async Task A_mistake_in_the_alias_file_is_logged_with_its_line()
    {
        _content.Write("articles/a/ar.md", Markdown.Article("a"));
        _content.Write(Core.Content.AliasFile.Name, "- [Peking]\n");
        await _database.PrepareAsync();
        var log = new RecordingLogger<ContentImporter>();

        var report = await new ContentImporter(_database.Connections, TestLinks.Article, TestLinks.Entity, log, TimeProvider.System).ImportAsync(_content.Root);

        var problem = Assert.Single(report.AliasProblems);
        Assert.Contains(log.Warnings, message => message.Contains(problem.ToString(), StringComparison.Ordinal));
    }

    private static readonly string[] Writes = ["INSERT", "UPDATE", "DELETE"];

    /// <summary>
    /// Triggers that count every insert, update and delete on the cache's tables. Not on FTS5's own tables (a trigger
    /// there overflows SQLite's stack when FTS5 writes them): the index is written with its article's rows.
    /// </summary>
    private void CountWrites()
    {
        using var connection = _database.Connections.OpenForWriting();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT GLOB 'Search*_*'";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        Assert.Superset(new HashSet<string> { "Articles", "Editions", "Sections", "Paragraphs", "ArticleNote", "SearchAliases" }, tables.ToHashSet());
        using var command = connection.CreateCommand();
        command.CommandText = "CREATE TABLE Writes (Tally INTEGER);" + string.Concat(tables.SelectMany(table => Writes.Select(write =>
            $"CREATE TRIGGER \"count {write} {table}\" AFTER {write} ON \"{table}\" BEGIN INSERT INTO Writes VALUES (1); END;")));
        command.ExecuteNonQuery();
    }

    private long WritesCounted()
    {
        using var connection = _database.Connections.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM Writes";
        return (long)command.ExecuteScalar()!;
    }

    private async Task<string> Snapshot()
    {
        await using var db = _database.Open();
        var paragraphs = await db.Paragraphs.OrderBy(p => p.Id).Select(p => p.Anchor + "|" + p.Text).ToListAsync();
        var hash = await db.Articles.Select(a => a.ContentHash).SingleAsync();
        return hash + "\n" + string.Join("\n", paragraphs);
    }

    public void Dispose()
    {
        _database.Dispose();
        _content.Dispose();
    }
}

using KazakhArticle.Core.Reading;
using KazakhArticle.Core.Storage;
using KazakhArticle.Core.Tests.Support;
using Microsoft.Data.Sqlite;

namespace KazakhArticle.Core.Tests.Reading;

/// <summary>
/// What the catalog reads back from rows written straight into the cache: the rows are the test's own, so editions,
/// sections and notes can be absent, or in languages the importer would refuse, and every field is checked as stored.
/// </summary>
public sealed class ArticleCatalogTests : IDisposable
{
    private readonly TestDatabase _database = new();

    private ArticleCatalog Catalog => new(_database.Connections);

    [Fact]
    public async Task An_article_is_read_back_with_every_field_of_its_editions_sections_paragraphs_and_notes()
    {
        await _database.PrepareAsync();
        await Store(new Article
        {
            Slug = "a",
            OriginalLanguage = "ar",
            Genre = "news",
            ContentHash = "hash",
            Editions =
            [
                Edition("ar", outlet: "الجريدة", sections: [Section("first", "أول", Paragraph("p1", "نص", "<p>نص</p>"))], notes: [Note("n1", 1, "حاشية", "<p>حاشية</p>")], words: 450),
                Edition("en", translatedFrom: "ar", translator: "T", sections: [Section("first", "First", Paragraph("p1", "Text", "<p>Text</p>"))], words: 460),
            ],
        });

        var article = await Catalog.FindAsync("a");

        Assert.NotNull(article);
        Assert.Equal(("a", "ar", "news"), (article.Slug, article.OriginalLanguage, article.Genre));
        var original = article.Original;
        Assert.Equal(("ar", "rtl", "عنوان ar", "كاتب", "الجريدة", null, null, 3), (original.Language, original.Direction, original.Title, original.Author, original.Outlet, original.TranslatedFrom, original.Translator, original.ReadingMinutes));
        Assert.False(original.IsTranslation);
        var section = Assert.Single(original.Sections);
        Assert.Equal(("first", "أول"), (section.Id, section.Title));
        Assert.Equal(new ParagraphView("p1", "نص", "<p>نص</p>"), Assert.Single(section.Paragraphs));
        Assert.Equal(new NoteView("n1", 1, "حاشية", "<p>حاشية</p>"), Assert.Single(original.Notes));

        var translation = article.EditionIn("en");
        Assert.Equal(("en", "ltr", null, "ar", "T", 2), (translation.Language, translation.Direction, translation.Outlet, translation.TranslatedFrom, translation.Translator, translation.ReadingMinutes));
        Assert.True(translation.IsTranslation);
        Assert.Equal("Text", Assert.Single(Assert.Single(translation.Sections).Paragraphs).Text);
        Assert.Empty(translation.Notes); // none stored: an empty list, not null
    }

    [Fact]
    public async Task The_original_comes_first_then_the_translations_by_language()
    {
        // The original's language sorts after the translations': the order is not the languages' alone.
        await _database.PrepareAsync();
        await Store(new Article
        {
            Slug = "a",
            OriginalLanguage = "en",
            ContentHash = "hash",
            Editions = [Edition("fr", translatedFrom: "en"), Edition("en"), Edition("ar", translatedFrom: "en"), Edition("de", translatedFrom: "en")],
        });

        var article = await Catalog.FindAsync("a");

        Assert.Equal(["en", "ar", "de", "fr"], article!.Editions.Select(e => e.Language));
    }

    [Fact]
    public async Task Notes_and_paragraphs_keep_their_stored_order_and_their_own_edition_and_section()
    {
        await _database.PrepareAsync();
        await Store(new Article
        {
            Slug = "a",
            OriginalLanguage = "ar",
            ContentHash = "hash",
            Editions =
            [
                Edition("ar", sections: [Section("two", "ثان", 1, Paragraph("b", "ب", position: 1), Paragraph("a", "أ", position: 0)), Section("one", "أول", 0, Paragraph("c", "ج"))], notes: [Note("n2", 2, "ثانية"), Note("n1", 1, "أولى")]),
                Edition("en", translatedFrom: "ar", sections: [Section("one", "One", 0, Paragraph("e", "E"))], notes: [Note("m1", 1, "first")]),
            ],
        });

        var article = await Catalog.FindAsync("a");

        var original = article!.Original;
        Assert.Equal(["one", "two"], original.Sections.Select(s => s.Id));
        Assert.Equal([["c"], ["a", "b"]], original.Sections.Select(s => s.Paragraphs.Select(p => p.Id)));
        Assert.Equal([(1, "n1"), (2, "n2")], original.Notes.Select(n => (n.Number, n.Id)));
        Assert.Equal(["m1"], article.EditionIn("en").Notes.Select(n => n.Id));
    }

    [Fact]
    public async Task An_edition_without_sections_and_a_section_without_paragraphs_read_as_empty_lists()
    {
        await _database.PrepareAsync();
        await Store(new Article
        {
            Slug = "a",
            OriginalLanguage = "ar",
            ContentHash = "hash",
            Editions = [Edition("ar", sections: [Section("empty", "فارغ")]), Edition("en", translatedFrom: "ar")],
        });

        var article = await Catalog.FindAsync("a");

        Assert.Empty(Assert.Single(article!.Original.Sections).Paragraphs);
        Assert.Empty(article.EditionIn("en").Sections);
        Assert.Empty(article.EditionIn("en").Notes);
    }

    [Fact]
    public async Task An_unknown_slug_is_null()
    {
        await _database.PrepareAsync();
        await Store(new Article { Slug = "a", OriginalLanguage = "ar", ContentHash = "hash", Editions = [Edition("ar")] });

        Assert.Null(await Catalog.FindAsync("b"));
    }

    [Fact]
    public async Task The_list_has_the_originals_by_slug_with_their_outlet_and_reading_time()
    {
        await _database.PrepareAsync();
        await Store(new Article { Slug = "b", OriginalLanguage = "en", ContentHash = "b", Editions = [Edition("en", outlet: "The Paper", words: 1000), Edition("ar", translatedFrom: "en")] });
        await Store(new Article { Slug = "a", OriginalLanguage = "ar", ContentHash = "a", Editions = [Edition("ar", words: 10)] });

        var list = await Catalog.ListAsync();

        Assert.Equal(
            [new ArticleSummary("a", "ar", "عنوان ar", "كاتب", null, 1), new ArticleSummary("b", "en", "عنوان en", "كاتب", "The Paper", 4)],
            list);
    }

    [Fact]
    public async Task Content_is_there_once_a_paragraph_is_stored()
    {
        await _database.PrepareAsync();
        Assert.False(await Catalog.HasContentAsync());

        await Store(new Article { Slug = "a", OriginalLanguage = "ar", ContentHash = "hash", Editions = [Edition("ar", sections: [Section("s", "ق")])] });
        Assert.False(await Catalog.HasContentAsync()); // a section alone is no content to serve

        await Store(new Article { Slug = "b", OriginalLanguage = "ar", ContentHash = "hash", Editions = [Edition("ar", sections: [Section("s", "ق", 0, Paragraph("p", "نص"))])] });
        Assert.True(await Catalog.HasContentAsync());
    }

    [Fact]
    public async Task A_cancelled_call_reads_nothing()
    {
        await _database.PrepareAsync();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAsync<OperationCanceledException>(() => Catalog.ListAsync(cancelled.Token));
        await Assert.ThrowsAsync<OperationCanceledException>(() => Catalog.FindAsync("a", cancelled.Token));
        await Assert.ThrowsAsync<OperationCanceledException>(() => Catalog.HasContentAsync(cancelled.Token));
    }

    [Fact]
    public async Task A_read_is_not_held_up_by_an_import_writing_meanwhile()
    {
        await _database.PrepareAsync();
        await Store(new Article { Slug = "a", OriginalLanguage = "ar", ContentHash = "hash", Editions = [Edition("ar")] });
        // A read that asked for the write lock would wait for it: a second here rather than the default 30.
        var catalog = new ArticleCatalog(new ReaderConnections(_database.Connections.ConnectionString + ";Default Timeout=1"));
        using var writer = _database.Connections.OpenForWriting();
        using var import = writer.BeginTransaction();
        using var write = writer.CreateCommand();
        write.Transaction = import;
        write.CommandText = "UPDATE Editions SET Title = 'new'";
        write.ExecuteNonQuery();

        var article = await catalog.FindAsync("a");

        Assert.Equal("عنوان ar", article!.Original.Title); // the last commit's, not the write under way
    }

    private async Task Store(Article article)
    {
        await using var db = _database.Open();
        db.Articles.Add(article);
        await db.SaveChangesAsync();
        SqliteConnection.ClearAllPools();
    }

    private static ArticleEdition Edition(
        string language, string? translatedFrom = null, string? translator = null, string? outlet = null, List<ArticleSection>? sections = null, List<ArticleNote>? notes = null, int words = 100) =>
        new() { Language = language, Title = "عنوان " + language, Author = "كاتب", Outlet = outlet, TranslatedFrom = translatedFrom, Translator = translator, WordCount = words, Sections = sections ?? [], Notes = notes ?? [] };

    private static ArticleSection Section(string anchor, string title, params ArticleParagraph[] paragraphs) => Section(anchor, title, 0, paragraphs);

    private static ArticleSection Section(string anchor, string title, int position, params ArticleParagraph[] paragraphs) =>
        new() { Anchor = anchor, Title = title, Position = position, Paragraphs = [.. paragraphs] };

    private static ArticleParagraph Paragraph(string anchor, string text, string? html = null, int position = 0) =>
        new() { Anchor = anchor, Text = text, Html = html ?? $"<p>{text}</p>", Position = position };

    private static ArticleNote Note(string anchor, int number, string text, string? html = null) =>
        new() { Anchor = anchor, Number = number, Text = text, Html = html ?? $"<p>{text}</p>" };

    public void Dispose() => _database.Dispose();
}

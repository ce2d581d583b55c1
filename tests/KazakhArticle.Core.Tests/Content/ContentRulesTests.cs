using System.Text;
using KazakhArticle.Core.Content;
using KazakhArticle.Core.Tests.Support;

namespace KazakhArticle.Core.Tests.Content;

/// <summary>The content rules the library's other tests pass by: the problems' exact words and lines, and the small types.</summary>
public sealed class ContentRulesTests : IDisposable
{
    private readonly TempContent _content = new();

    [Fact]
    public void An_article_without_an_original_is_rejected_counting_none()
    {
        _content.Write("articles/a/en.md", Translation("a", "## A {#alpha}\n\nOne.\n"));

        var problem = Assert.Single(Assert.Single(ContentLibrary.Read(_content.Root, TestLinks.Article)).Problems);

        Assert.Equal(new ContentProblem("articles/a/en.md", 1, "an article needs exactly one original (a file without 'translated-from'); found 0"), problem);
    }

    [Fact]
    public void An_article_with_two_originals_is_rejected_counting_both()
    {
        _content.Write("articles/a/ar.md", Markdown.Article("a", "## أ {#alpha}\n\nواحد.\n"));
        _content.Write("articles/a/en.md", Markdown.FrontMatter("a", "en", "Title") + "\n## A {#alpha}\n\nOne.\n");

        var result = Assert.Single(ContentLibrary.Read(_content.Root, TestLinks.Article));

        Assert.Equal(new ContentProblem("articles/a/ar.md", 1, "an article needs exactly one original (a file without 'translated-from'); found 2"), Assert.Single(result.Problems));
        Assert.Null(result.OriginalAlone); // neither is the original: nothing to serve alone
        Assert.Null(result.Slug);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void A_translation_with_a_section_too_many_is_rejected_at_that_section()
    {
        _content.Write("articles/a/ar.md", Markdown.Article("a", "## أ {#alpha}\n\nواحد.\n"));
        _content.Write("articles/a/en.md", Translation("a", "## A {#alpha}\n\nOne.\n\n## B {#beta}\n\nTwo.\n"));

        var problem = Assert.Single(Assert.Single(ContentLibrary.Read(_content.Root, TestLinks.Article)).Problems);

        Assert.Equal(
            new ContentProblem("articles/a/en.md", 14, "section 2 is 'beta' but the original (articles/a/ar.md) has '(none)' there; a translation keeps the original's sections, ids and order"),
            problem);
    }

    [Fact]
    public void A_translation_that_stops_early_is_rejected_at_the_first_line()
    {
        _content.Write("articles/a/ar.md", Markdown.Article("a", "## أ {#alpha}\n\nواحد.\n\n## ب {#beta}\n\nاثنان.\n"));
        _content.Write("articles/a/en.md", Translation("a", "## A {#alpha}\n\nOne.\n"));

        var problem = Assert.Single(Assert.Single(ContentLibrary.Read(_content.Root, TestLinks.Article)).Problems);

        Assert.Equal(("articles/a/en.md", 1), (problem.File, problem.Line));
    }

    [Fact]
    public void Every_misaligned_section_is_reported_not_only_the_first()
    {
        _content.Write("articles/a/ar.md", Markdown.Article("a", "## أ {#alpha}\n\nواحد.\n\nاثنان.\n\n## ب {#beta}\n\nثلاثة.\n"));
        _content.Write("articles/a/en.md", Translation("a", "## A {#alpha}\n\nOne.\n\n## B {#beta}\n\nThree.\n\nFour.\n"));

        var problems = Assert.Single(ContentLibrary.Read(_content.Root, TestLinks.Article)).Problems;

        Assert.Equal(["section 'alpha' has 1 paragraphs but the original (articles/a/ar.md) has 2", "section 'beta' has 2 paragraphs but the original (articles/a/ar.md) has 1"], problems.Select(p => p.Message));
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_reported_as_unreadable_and_the_rest_of_the_folder_still_read()
    {
        _content.Write("articles/a/ar.md", Markdown.Article("a", "## أ {#alpha}\n\nواحد.\n"));
        var path = Path.Combine(_content.Root, "articles", "a", "en.md");
        File.WriteAllBytes(path, [.. Encoding.UTF8.GetBytes(Translation("a", "## A {#alpha}\n\nOne")), 0xFF, 0xFE, (byte)'\n']);

        var result = Assert.Single(ContentLibrary.Read(_content.Root, TestLinks.Article));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("articles/a/en.md", 0), (problem.File, problem.Line));
        Assert.StartsWith("cannot be read: ", problem.Message, StringComparison.Ordinal);
        Assert.Equal("a", result.OriginalAlone!.Slug);
        Assert.Equal("a", result.Slug);
    }

    [Fact]
    public void A_folder_is_read_on_its_own_with_its_path_relative_to_the_content()
    {
        _content.Write("articles/a/ar.md", Markdown.Article("a", "## أ {#alpha}\n\nواحد.\n"));

        var result = ContentLibrary.ReadArticle(_content.Root, Path.Combine(_content.Root, "articles", "a"), TestLinks.Article);

        Assert.Equal("articles/a", result.Folder);
        Assert.Equal("a", result.Slug);
        Assert.True(result.Succeeded);
        Assert.Empty(result.Problems);
        Assert.Equal("articles/a/ar.md", result.Article!.Original.SourceFile);
        Assert.Null(result.Article.Translation);
    }

    [Fact]
    public void Folders_are_read_in_ordinal_order()
    {
        foreach (var slug in (string[])["b", "a", "B", "c"])
        {
            _content.Write($"articles/{slug}/ar.md", Markdown.Article(slug.ToLowerInvariant() + "x", "## أ {#alpha}\n\nواحد.\n"));
        }

        Assert.Equal(["articles/B", "articles/a", "articles/b", "articles/c"], ContentLibrary.Read(_content.Root, TestLinks.Article).Select(r => r.Folder));
    }

    [Fact]
    public void A_failed_translation_leaves_its_original_to_be_served_alone_under_a_marked_hash()
    {
        _content.Write("articles/a/ar.md", Markdown.Article("a", "## أ {#alpha}\n\nواحد.\n"));
        _content.Write("articles/a/en.md", Translation("a", "## A {#bravo}\n\nOne.\n"));

        var result = Assert.Single(ContentLibrary.Read(_content.Root, TestLinks.Article));

        Assert.False(result.Succeeded);
        var alone = result.OriginalAlone!;
        Assert.Equal(["ar"], alone.Editions.Select(e => e.Language));
        Assert.Equal(64, alone.ContentHash.Length);
        Assert.True(ArticleReadResult.IsOriginalAlone(alone.ContentHash));
        Assert.Equal("a", result.Slug);
    }

    [Fact]
    public void An_original_with_a_problem_of_its_own_is_not_served_alone_when_its_translation_has_one_too()
    {
        // Parsed, but named for another language than its front matter says: a problem in the original's own file.
        _content.Write("articles/a/fa.md", Markdown.Article("a", "## أ {#alpha}\n\nواحد.\n"));
        var translation = Path.Combine(_content.Root, "articles", "a", "en.md");
        File.WriteAllBytes(translation, [.. Encoding.UTF8.GetBytes(Translation("a", "## A {#alpha}\n\nOne")), 0xFF, (byte)'\n']);

        var result = Assert.Single(ContentLibrary.Read(_content.Root, TestLinks.Article));

        Assert.Equal(["articles/a/en.md", "articles/a/fa.md"], result.Problems.Select(p => p.File).Order(StringComparer.Ordinal));
        Assert.Null(result.OriginalAlone);
    }

    [Fact]
    public void Only_a_hash_with_the_mark_is_one_of_an_original_alone()
    {
        Assert.True(ArticleReadResult.IsOriginalAlone("alone:0123"));
        Assert.False(ArticleReadResult.IsOriginalAlone("0123alone:"));
        Assert.False(ArticleReadResult.IsOriginalAlone("Alone:0123"));
    }

    [Fact]
    public void A_result_succeeds_with_an_article_or_as_unchanged_and_its_slug_is_whichever_it_has()
    {
        var unchanged = new ArticleReadResult("articles/a", null, [], "a");
        Assert.True(unchanged.Succeeded);
        Assert.Equal("a", unchanged.Slug);

        var failed = new ArticleReadResult("articles/a", null, [new ContentProblem("f", 1, "m")]);
        Assert.False(failed.Succeeded);
        Assert.Null(failed.Slug);
    }

    [Fact]
    public void A_problem_reads_as_file_line_and_message()
    {
        Assert.Equal("articles/a/ar.md:8: the heading has no id", new ContentProblem("articles/a/ar.md", 8, "the heading has no id").ToString());
    }

    [Fact]
    public void A_validation_error_carries_its_problems_and_says_them_one_a_line()
    {
        var error = new ContentValidationException([new ContentProblem("a.md", 1, "one"), new ContentProblem("b.md", 2, "two")]);

        Assert.Equal($"a.md:1: one{Environment.NewLine}b.md:2: two", error.Message);
        Assert.Equal(2, error.Problems.Count);
    }

    [Fact]
    public void A_validation_error_made_without_a_place_names_the_content_as_a_whole()
    {
        Assert.Equal([new ContentProblem("(content)", 0, "bad")], new ContentValidationException("bad").Problems);
        Assert.Empty(new ContentValidationException().Problems);
        Assert.Equal(new ContentProblem("f.md", 3, "m"), Assert.Single(new ContentValidationException("f.md", 3, "m").Problems));

        var inner = new IOException("disk");
        var wrapped = new ContentValidationException("bad", inner);
        Assert.Same(inner, wrapped.InnerException);
        Assert.Equal("bad", wrapped.Message);
        Assert.Equal([new ContentProblem("(content)", 0, "bad")], wrapped.Problems);
    }

    [Theory]
    [InlineData("ar", "rtl")]
    [InlineData("AR", "rtl")] // the scripts, whatever the case of the code
    [InlineData("fa", "rtl")]
    [InlineData("he", "rtl")]
    [InlineData("ur", "rtl")]
    [InlineData("ps", "rtl")]
    [InlineData("yi", "rtl")]
    [InlineData("en", "ltr")]
    [InlineData("kk", "ltr")]
    public void Right_to_left_scripts_are_known_by_language(string language, string direction) =>
        Assert.Equal(direction, Languages.DirectionOf(language));

    [Fact]
    public void Only_the_listed_languages_are_supported_exactly_as_written()
    {
        Assert.True(Languages.IsSupported("ar"));
        Assert.True(Languages.IsSupported("en"));
        Assert.False(Languages.IsSupported("AR"));
        Assert.False(Languages.IsSupported("fa"));
    }

    [Fact]
    public void Ids_of_paragraphs_notes_and_their_references_carry_section_or_language()
    {
        Assert.Equal("overview-p3", ContentIds.Paragraph("overview", 3));
        Assert.Equal("en-note-2", ContentIds.Note("en", 2));
        Assert.Equal("ar-note-ref-4", ContentIds.NoteReference("ar", 4));
        Assert.Equal("en-notes", ContentIds.Notes("en"));
    }

    [Theory]
    [InlineData("a", true)]
    [InlineData("a1-b2", true)]
    [InlineData("1a", false)]
    [InlineData("a--b", false)]
    [InlineData("a-", false)]
    [InlineData("-a", false)]
    [InlineData("a b", false)]
    [InlineData("", false)]
    public void Ids_are_lower_case_ascii_words_joined_by_single_hyphens(string id, bool valid) =>
        Assert.Equal(valid, ContentIds.IsValid(id));

    [Theory]
    [InlineData("a,b", 1)] // a joiner between letters keeps one word
    [InlineData("a, b", 2)] // not before a space
    [InlineData("a,", 1)] // nor at the end
    [InlineData("O'Brien", 1)]
    [InlineData("Kazakh-Russian", 1)]
    [InlineData("بـلاد", 1)] // the tatweel stretches a word, it does not split it
    [InlineData("a - b", 2)]
    [InlineData("x.y.z w", 2)]
    [InlineData(",a", 1)] // a joiner outside a word is a separator
    [InlineData("a\u0301b c", 2)] // a combining mark stays in its word
    [InlineData("a\u0903b", 1)] // a spacing mark too
    [InlineData("a.\u0301b", 2)] // a joiner keeps a word only when a letter follows it, not a mark
    public void Joiners_and_marks_inside_a_word_do_not_split_it(string text, int words) =>
        Assert.Equal(words, TextStatistics.CountWords(text));

    [Theory]
    [InlineData(345, "en", 2)] // 1.5 minutes: rounded up, not to the even 2 by chance
    [InlineData(575, "en", 3)] // 2.5 minutes: to 3, not the banker's 2
    [InlineData(344, "en", 1)]
    [InlineData(225, "ar", 2)] // 1.5 at Arabic's pace
    [InlineData(224, "ar", 1)]
    [InlineData(229, "fa", 2)] // every right-to-left script at that pace
    public void Reading_time_rounds_half_minutes_up(int words, string language, int minutes) =>
        Assert.Equal(minutes, TextStatistics.ReadingMinutes(words, language));

    [Fact]
    public void An_editions_word_count_is_its_headings_and_paragraphs()
    {
        var metadata = new ArticleMetadata("Title words are not counted", "a", "Author", null, "en", null, null, null);
        var edition = new EditionContent("a.md", metadata, [new SectionContent("s", "Two words", 1, [new ParagraphContent("s-p1", "Three more words", "", 2), new ParagraphContent("s-p2", "Four", "", 3)]), new SectionContent("t", "Five", 4, [])], []);

        Assert.Equal(7, edition.WordCount);
    }

    [Fact]
    public void An_article_s_translation_is_the_edition_translated_from_another()
    {
        var original = Edition("ar", null);
        var translation = Edition("en", "ar");

        Assert.Same(translation, new ArticleContent("a", "h", [original, translation]).Translation);
        Assert.Same(original, new ArticleContent("a", "h", [translation, original]).Original);
        Assert.Null(new ArticleContent("a", "h", [original]).Translation);
    }

    [Fact]
    public void A_file_that_cannot_be_opened_is_reported_and_the_original_still_served_alone()
    {
        // A dangling link: listed with the folder's files, but there is nothing to read.
        _content.Write("articles/a/ar.md", Markdown.Article("a", "## أ {#alpha}\n\nواحد.\n"));
        File.CreateSymbolicLink(Path.Combine(_content.Root, "articles", "a", "en.md"), Path.Combine(_content.Root, "nowhere.md"));

        var result = Assert.Single(ContentLibrary.Read(_content.Root, TestLinks.Article));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("articles/a/en.md", 0), (problem.File, problem.Line));
        Assert.StartsWith("cannot be read: ", problem.Message, StringComparison.Ordinal);
        Assert.Null(result.Article);
        Assert.Equal(["ar"], result.OriginalAlone!.Editions.Select(e => e.Language));
    }

    [Fact]
    public void An_original_with_problems_of_its_own_is_not_served_alone_whatever_its_translation_s()
    {
        _content.Write("articles/a/ar.md", Markdown.Article("a", "## أ بلا معرف\n\nواحد.\n"));
        _content.Write("articles/a/en.md", Translation("a", "## A without an id\n\nOne.\n"));

        var result = Assert.Single(ContentLibrary.Read(_content.Root, TestLinks.Article));

        Assert.Equal(["articles/a/ar.md", "articles/a/en.md"], result.Problems.Select(p => p.File));
        Assert.Null(result.OriginalAlone);
    }

    [Fact]
    public void A_result_s_slug_is_its_article_s_before_any_other()
    {
        // Not a state the library makes (a result has one of the three): the order is the property's own.
        var article = new ArticleContent("from-article", "h", [Edition("ar", null)]);
        var alone = new ArticleContent("from-alone", "h", [Edition("ar", null)]);

        Assert.Equal("from-article", new ArticleReadResult("f", article, [], "from-unchanged") { OriginalAlone = alone }.Slug);
        Assert.Equal("from-unchanged", new ArticleReadResult("f", null, [], "from-unchanged") { OriginalAlone = alone }.Slug);
        Assert.Equal("from-alone", new ArticleReadResult("f", null, []) { OriginalAlone = alone }.Slug);
    }

    private static EditionContent Edition(string language, string? from) =>
        new($"{language}.md", new ArticleMetadata("T", "a", "A", null, language, null, from, from is null ? null : "T"), [], []);

    private static string Translation(string slug, string body) =>
        Markdown.FrontMatter(slug, "en", "Title", "translated-from: ar\ntranslator: KazakhArticle\n") + "\n" + body;

    public void Dispose() => _content.Dispose();
}

using KazakhArticle.Core.Annotations;
using KazakhArticle.Core.Content;
using KazakhArticle.Core.Tests.Support;

namespace KazakhArticle.Core.Tests.Annotations;

/// <summary>An article folder with an annotations file, read as the importer reads it.</summary>
public sealed class AnnotatedArticleTests : IDisposable
{
    private readonly TempContent _content = new();

    private const string Arabic = """
        ---
        title: عنوان
        slug: a
        author: كاتب
        language: ar
        ---

        ## الأول {#one}

        زار توكاييف ألماتي، ثم عاد توكاييف.

        وفي ألماتي قال توكاييف كلمته.

        ## الثاني {#two}

        قال **توكاييف** ذلك.
        """;

    private const string English = """
        ---
        title: Title
        slug: a
        author: Writer
        language: en
        translated-from: ar
        translator: KazakhArticle
        ---

        ## One {#one}

        Tokayev visited Almaty, then Tokayev came back.

        In Almaty, Tokayev's speech.[^1]

        ## Two {#two}

        **Tokayev** said so.

        [^1]: A note.
        """;

    private const string Annotations = """
        entities:
          - id: tokayev
            kind: person
            name: { ar: قاسم جومارت توكاييف, en: Kassym-Jomart Tokayev }
            forms: { ar: [توكاييف], en: [Tokayev] }
            about: { ar: رئيس كازاخستان., en: President of Kazakhstan. }
          - id: almaty
            kind: place
            name: { ar: ألماتي, en: Almaty }
            forms: { ar: [ألماتي], en: [Almaty] }
            about: { ar: مدينة., en: A city. }
            at: [43.24, 76.89]
        events:
          - when: 2019
            label: { ar: حدث, en: An event }
            paragraph: one-p1
        figures:
          - { id: f, value: 3, unit: km, label: { ar: مسافة, en: A distance }, paragraph: two-p1, note: 1 }
        """;

    private ArticleReadResult Read(string annotations = Annotations)
    {
        _content.Write("articles/a/ar.md", Arabic);
        _content.Write("articles/a/en.md", English);
        _content.Write("articles/a/annotations.yaml", annotations);
        return Assert.Single(ContentLibrary.Read(_content.Root, TestLinks.Article, TestLinks.Entity));
    }

    private static string Html(ArticleReadResult result, string language, string paragraph) =>
        result.Article!.Editions.Single(e => e.Language == language).Sections.SelectMany(s => s.Paragraphs).Single(p => p.Id == paragraph).Html;

    [Fact]
    public void Each_entity_knows_the_paragraphs_that_mention_it_in_each_edition()
    {
        var result = Read();

        Assert.Empty(result.Problems);
        var annotations = result.Article!.Annotations;
        Assert.Equal(["one-p1", "one-p2", "two-p1"], annotations.Find("tokayev")!.MentionsIn("ar"));
        Assert.Equal(["one-p1", "one-p2", "two-p1"], annotations.Find("tokayev")!.MentionsIn("en"));
        Assert.Equal(["one-p1", "one-p2"], annotations.Find("almaty")!.MentionsIn("en"));
        Assert.Equal(["tokayev", "almaty"], result.Article.Editions[0].Sections[0].Paragraphs[0].Entities);
    }

    [Fact]
    public void The_first_mention_in_each_section_links_to_the_card_from_its_paragraph()
    {
        var result = Read();

        Assert.Equal(
            """<p>Tokayev visited Almaty, then Tokayev came back.</p>""".Replace("Tokayev visited Almaty", """<a class="mention" href="/articles/a/names/tokayev?view=en&amp;at=one-p1">Tokayev</a> visited <a class="mention" href="/articles/a/names/almaty?view=en&amp;at=one-p1">Almaty</a>""", StringComparison.Ordinal),
            Html(result, "en", "one-p1"));
        // Named again in the same section: not linked again.
        Assert.DoesNotContain("class=\"mention\"", Html(result, "en", "one-p2"), StringComparison.Ordinal);
        // A new section links again, inside the emphasis too.
        Assert.Contains("""<strong><a class="mention" href="/articles/a/names/tokayev?view=en&amp;at=two-p1">Tokayev</a></strong>""", Html(result, "en", "two-p1"), StringComparison.Ordinal);
        Assert.Contains("""<a class="mention" href="/articles/a/names/tokayev?view=ar&amp;at=one-p1">توكاييف</a>""", Html(result, "ar", "one-p1"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_plain_text_is_not_changed_by_the_links()
    {
        var result = Read();

        Assert.Equal("Tokayev visited Almaty, then Tokayev came back.", result.Article!.Editions[1].Sections[0].Paragraphs[0].Text);
    }

    [Fact]
    public void Without_an_entity_link_the_mentions_are_found_but_not_linked()
    {
        _content.Write("articles/a/ar.md", Arabic);
        _content.Write("articles/a/en.md", English);
        _content.Write("articles/a/annotations.yaml", Annotations);

        var article = Assert.Single(ContentLibrary.Read(_content.Root, TestLinks.Article)).Article!;

        Assert.DoesNotContain("mention", article.Editions[1].Sections[0].Paragraphs[0].Html, StringComparison.Ordinal);
        Assert.Equal(["one-p1", "one-p2", "two-p1"], article.Annotations.Find("tokayev")!.MentionsIn("en"));
    }

    [Fact]
    public void An_article_without_annotations_has_none()
    {
        _content.Write("articles/a/ar.md", Arabic);

        var article = Assert.Single(ContentLibrary.Read(_content.Root, TestLinks.Article, TestLinks.Entity)).Article!;

        Assert.Same(ArticleAnnotations.None, article.Annotations);
        Assert.DoesNotContain("mention", article.Editions[0].Sections[0].Paragraphs[0].Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_change_to_the_annotations_changes_the_hash()
    {
        var before = Read().Article!.ContentHash;

        var after = Read(Annotations.Replace("A city.", "A large city.", StringComparison.Ordinal)).Article!.ContentHash;

        Assert.NotEqual(before, after);
    }

    [Fact]
    public void An_alias_list_lends_its_other_forms_in_each_editions_script()
    {
        _content.Write("aliases.yaml", "- [ألماتي, ألما آتا, Almaty, Alma-Ata]\n");

        // The English form matches nothing written; the alias list it shares with the Arabic one names the city.
        var result = Read(Annotations.Replace("en: [Almaty]", "en: [Alma-Ata]", StringComparison.Ordinal));

        Assert.Empty(result.Problems);
        var almaty = result.Article!.Annotations.Find("almaty")!;
        Assert.Equal(["Alma-Ata", "Almaty"], almaty.Forms["en"]);
        Assert.Equal(["ألماتي", "ألما آتا"], almaty.Forms["ar"]);
        Assert.Equal(["one-p1", "one-p2"], almaty.MentionsIn("en"));
    }

    [Fact]
    public void A_change_to_the_aliases_changes_an_annotated_articles_hash()
    {
        _content.Write("aliases.yaml", "- [ألماتي, Almaty]\n");
        var before = Read().Article!.ContentHash;

        _content.Write("aliases.yaml", "- [ألماتي, Almaty, Alma-Ata]\n");

        Assert.NotEqual(before, Read().Article!.ContentHash);
    }

    [Theory]
    [InlineData("paragraph: one-p1", "paragraph: one-p9", 14, "paragraph 'one-p9' does not exist; ids are a section's id and the block's place in it, such as overview-p3")]
    [InlineData("paragraph: two-p1, note: 1", "paragraph: two-p3, note: 1", 18, "paragraph 'two-p3' does not exist; ids are a section's id and the block's place in it, such as overview-p3")]
    [InlineData("note: 1 }", "note: 4 }", 18, "figure 'f' refers to note 4, which no edition has")]
    [InlineData("en: [Almaty]", "en: [Almaty City]", 7, "'almaty' is never mentioned in articles/a/en.md: none of its forms (Almaty City) is in the text")]
    [InlineData("en: [Almaty]", "en: [Almaty City, Alma Ata]", 7, "'almaty' is never mentioned in articles/a/en.md: none of its forms (Almaty City, Alma Ata) is in the text")]
    [InlineData("ar: [ألماتي]", "ar: [ألما آتا]", 7, "'almaty' is never mentioned in articles/a/ar.md: none of its forms (ألما آتا) is in the text")]
    public void An_annotation_the_text_does_not_bear_out_fails_the_article_on_its_line(string line, string replacement, int at, string message)
    {
        var result = Read(Annotations.Replace(line, replacement, StringComparison.Ordinal));

        Assert.Null(result.Article);
        Assert.Equal(new ContentProblem("articles/a/annotations.yaml", at, message), Assert.Single(result.Problems));
    }

    [Fact]
    public void A_mistake_in_the_file_fails_the_article_too()
    {
        var result = Read(Annotations.Replace("kind: person", "kind: hero", StringComparison.Ordinal));

        Assert.Null(result.Article);
        Assert.Equal(new ContentProblem("articles/a/annotations.yaml", 3, "kind 'hero' is not one of person, place, organisation, event"), Assert.Single(result.Problems));
    }

    [Fact]
    public void An_annotations_file_that_is_not_utf8_is_reported()
    {
        _content.Write("articles/a/ar.md", Arabic);
        File.WriteAllBytes(Path.Combine(_content.Root, "articles/a/annotations.yaml"), [0xFF, 0xFE, 0x00]);

        var result = Assert.Single(ContentLibrary.Read(_content.Root, TestLinks.Article, TestLinks.Entity));

        Assert.Contains(result.Problems, p => p.File == "articles/a/annotations.yaml" && p.Message.StartsWith("cannot be read", StringComparison.Ordinal));
    }

    public void Dispose() => _content.Dispose();
}

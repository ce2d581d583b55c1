using KazakhArticle.Core.Content;
using KazakhArticle.Core.Search;
using KazakhArticle.Core.Tests.Support;

namespace KazakhArticle.Core.Tests.Search;

/// <summary>Names that mean the same (content/aliases.yaml): a search for one form finds the places of the others.</summary>
public sealed class AliasTests(SearchFixture fixture) : IClassFixture<SearchFixture>
{
    [Theory]
    [InlineData("NATO", "\"North Atlantic Treaty Organization\"")]
    [InlineData("الناتو", "\"حلف شمال الأطلسي\"")]
    [InlineData("CSTO", "\"Collective Security Treaty Organization\"")]
    [InlineData("USSR", "\"Soviet Union\"")]
    [InlineData("Alma-Ata", "ألماآتي")]
    [InlineData("Peking", "Beijing")]
    [InlineData("ISIS", "داعش")]
    public async Task A_form_finds_the_places_of_the_other_forms_of_its_name(string query, string other)
    {
        var asOther = await Anchors(other);

        var found = await Anchors(query);

        Assert.NotEmpty(asOther);
        Assert.Superset(asOther, found);
    }

    [Fact]
    public async Task Words_typed_in_a_row_that_make_a_form_are_that_name_in_that_order()
    {
        var typed = await Anchors("Soviet Union");
        var phrase = await Anchors("\"Soviet Union\"");

        Assert.Superset(phrase, typed);
        Assert.Superset(await Anchors("USSR"), typed);
    }

    [Fact]
    public async Task A_name_s_other_form_is_found_with_a_proclitic_and_marked_whole()
    {
        var results = await fixture.Search.SearchAsync("الناتو", "ar", 0, 100);

        // The text writes it لحلف شمال الأطلسي.
        var hit = Assert.Single(results.Results, h => h.Anchor == "overview-p15");
        Assert.Contains("<mark class=\"hit\">لحلف</mark> <mark class=\"hit\">شمال</mark> <mark class=\"hit\">الأطلسي</mark>", hit.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_quoted_phrase_is_searched_as_typed_not_as_a_name()
    {
        var quoted = await Anchors("\"حلف شمال الأطلسي\"");

        Assert.Equal(["overview-p15"], quoted);
    }

    private async Task<HashSet<string>> Anchors(string query) =>
        (await fixture.Search.SearchAsync(query, "ar", 0, ArticleSearch.MaxLimit)).Results.Select(h => h.Anchor).ToHashSet();
}

/// <summary>The alias file is read like the rest of the content: a mistake is named with its line, and loses nothing.</summary>
public sealed class AliasFileTests : IDisposable
{
    private readonly TempContent _content = new();
    private readonly TestDatabase _database = new();

    [Fact]
    public void The_shipped_file_is_valid()
    {
        var (names, problems) = AliasFile.Read(RepositoryPaths.Content);

        Assert.Empty(problems);
        Assert.True(names.Count >= 5);
    }

    [Fact]
    public void No_file_is_no_aliases()
    {
        var (names, problems) = AliasFile.Read(_content.Root);

        Assert.Empty(names);
        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("- [NATO, الناتو]\n- NATO\n", 2, "each name must be a list of its forms")]
    [InlineData("- [NATO, الناتو]\n- [USSR]\n", 2, "a name needs at least two forms")]
    [InlineData("- [NATO, \"—\"]\n", 1, "the form '—' has no word to search for")]
    [InlineData("- [Soviet Union, USSR]\n- [soviet union, СССР]\n", 2, "the form 'soviet union' is also on line 1")]
    [InlineData("name: NATO\n", 1, "the file must be a list of names")]
    [InlineData("- [NATO, الناتو\n", 2, "invalid YAML")]
    public void A_mistake_is_named_with_its_line(string yaml, int line, string message)
    {
        var (names, problems) = AliasFile.Parse(yaml);

        Assert.Empty(names);
        var problem = Assert.Single(problems);
        Assert.Equal((AliasFile.Name, line), (problem.File, problem.Line));
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_import_stores_changed_aliases_and_a_bad_edit_keeps_the_last_good_ones()
    {
        _content.CopyShippedArticle();
        _content.Write(AliasFile.Name, "- [Peking, Beijing]\n");
        await _database.PrepareAsync();
        var search = new ArticleSearch(_database.Connections, new RecordingLogger<ArticleSearch>());

        var first = await _database.Importer.ImportAsync(_content.Root);
        var again = await _database.Importer.ImportAsync(_content.Root);
        _content.Write(AliasFile.Name, "- [Peking, Beijing\n");
        var broken = await _database.Importer.ImportAsync(_content.Root);
        var pekingAfterBadEdit = await search.SearchAsync("Peking", "en");
        _content.Write(AliasFile.Name, "- [Tsar, Czar]\n");
        var edited = await _database.Importer.ImportAsync(_content.Root);

        Assert.Equal((true, false, false, true), (first.AliasesChanged, again.AliasesChanged, broken.AliasesChanged, edited.AliasesChanged));
        Assert.Contains(broken.AliasProblems, p => p.Line == 2 && p.Message.Contains("invalid YAML", StringComparison.Ordinal));
        Assert.Empty(broken.Failed);
        Assert.True(pekingAfterBadEdit.Total > 0, "the last good aliases stay in use");
        Assert.Equal(0, (await search.SearchAsync("Peking", "en")).Total);
        Assert.True((await search.SearchAsync("czar", "en")).Total > 0);
    }

    public void Dispose()
    {
        _database.Dispose();
        _content.Dispose();
    }
}

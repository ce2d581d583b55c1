using KazakhArticle.Core.Search;
using KazakhArticle.Core.Tests.Support;
using Microsoft.Data.Sqlite;

namespace KazakhArticle.Core.Tests.Search;

/// <summary>
/// Which words of a query stand for a name (SearchAliases.Expand): runs of plain words typed in a row, up to six,
/// the longest form first from the left; a quoted phrase or a prefix is never read as a name.
/// </summary>
public sealed class AliasRunTests : IAsyncLifetime, IDisposable
{
    private const string SixWords = "North Atlantic Treaty Organization Headquarters Brussels";
    private const string SevenWords = "Collective Security Treaty Organization Secretariat Moscow Russia";

    private readonly TestDatabase _database = new();
    private SqliteConnection _connection = null!;

    public async Task InitializeAsync()
    {
        await _database.PrepareAsync();
        _connection = _database.Connections.OpenForWriting();
        SearchAliases.Replace(_connection,
        [
            ["Soviet Union", "USSR"],
            ["Soviet", "Sovetsky"],
            ["Peking", "Beijing", "Peiping"],
            ["الناتو", "حلف شمال الأطلسي"],
            [SixWords, "Evere"],
            [SevenWords, "Varvarka"],
        ]);
    }

    [Fact]
    public void A_query_without_a_form_is_left_as_it_is()
    {
        var query = SearchQuery.Parse("Moscow steppe");

        Assert.Same(query, Expand(query));
    }

    [Fact]
    public void A_single_word_form_is_searched_with_its_other_forms_in_the_order_of_its_name()
    {
        var clause = Assert.Single(Expand("Peking").Clauses);

        Assert.Equal([Term("Peking")], clause.Terms);
        Assert.Equal([Term("Beijing"), Term("Peiping")], clause.Expansions);
        Assert.Equal([Term("Peking"), Term("Peiping")], Assert.Single(Expand("Beijing").Clauses).Expansions);
    }

    [Fact]
    public void A_single_word_form_keeps_the_word_as_typed_and_its_surface()
    {
        var latin = Assert.Single(Expand("Peking").Clauses);
        var arabic = Assert.Single(Expand("الناتو").Clauses);

        Assert.Equal(("Peking", null), (latin.Typed, latin.Surface));
        Assert.Equal(("الناتو", "الناتو"), (arabic.Typed, arabic.Surface));
        Assert.False(arabic.IsPrefix);
    }

    [Fact]
    public void Words_typed_in_a_row_that_make_a_form_become_one_phrase_with_no_single_typed_word()
    {
        var clause = Assert.Single(Expand("حلف شمال الأطلسي").Clauses);

        Assert.Equal(Terms("حلف شمال الأطلسي"), clause.Terms);
        Assert.True(clause.IsPhrase);
        Assert.Null(clause.Typed);
        Assert.Null(clause.Surface);
        Assert.Contains(Term("الناتو"), clause.Expansions);
    }

    [Fact]
    public void Each_other_form_comes_before_its_forms_with_a_proclitic_after_the_typed_form_s_own()
    {
        var clause = Assert.Single(Expand("حلف شمال الأطلسي").Clauses);
        var typed = SearchClause.Of(Terms("حلف شمال الأطلسي"));
        var other = SearchClause.Of([Term("الناتو")]);

        Assert.NotEmpty(typed.Expansions);
        Assert.NotEmpty(other.Expansions);
        Assert.Equal([.. typed.Expansions, Term("الناتو"), .. other.Expansions], clause.Expansions);
    }

    [Fact]
    public void The_longest_form_starting_at_a_word_is_taken_over_a_shorter_one()
    {
        var clauses = Expand("Soviet Union").Clauses;

        var clause = Assert.Single(clauses);
        Assert.Equal(Terms("Soviet Union"), clause.Terms);
        Assert.Equal([Term("USSR")], clause.Expansions);
    }

    [Fact]
    public void A_form_is_found_after_other_words_and_the_words_around_it_are_kept()
    {
        var query = SearchQuery.Parse("steppe Soviet Union Peking war");

        var clauses = Expand(query).Clauses;

        Assert.Equal(4, clauses.Count);
        Assert.Same(query.Clauses[0], clauses[0]);
        Assert.Equal([Term("USSR")], clauses[1].Expansions);
        Assert.Equal([Term("Beijing"), Term("Peiping")], clauses[2].Expansions);
        Assert.Same(query.Clauses[4], clauses[3]);
    }

    [Fact]
    public void A_form_ending_the_query_is_found()
    {
        var clauses = Expand("steppe Soviet").Clauses;

        Assert.Equal([[], [Term("Sovetsky")]], clauses.Select(c => c.Expansions));
    }

    [Fact]
    public void A_form_of_six_words_is_found_inside_a_query()
    {
        var clauses = Expand($"visit {SixWords} today").Clauses;

        Assert.Equal(3, clauses.Count);
        Assert.Equal(Terms(SixWords), clauses[1].Terms);
        Assert.Equal([Term("Evere")], clauses[1].Expansions);
    }

    [Fact]
    public void A_form_of_more_than_six_words_is_not_looked_for()
    {
        var query = SearchQuery.Parse(SevenWords);

        Assert.Same(query, Expand(query));
    }

    [Fact]
    public void A_quoted_phrase_is_searched_as_typed_even_when_it_is_a_form()
    {
        var query = SearchQuery.Parse("\"Soviet Union\"");

        Assert.Same(query, Expand(query));
    }

    [Fact]
    public void A_prefix_is_never_part_of_a_form_but_the_words_before_it_still_are()
    {
        var clauses = Expand("Soviet Union*").Clauses;

        Assert.Equal(2, clauses.Count);
        Assert.Equal([Term("Sovetsky")], clauses[0].Expansions);
        Assert.True(clauses[1].IsPrefix);
        Assert.Empty(clauses[1].Expansions);
    }

    [Fact]
    public void A_form_after_a_phrase_or_a_prefix_is_still_found()
    {
        var clauses = Expand("\"red army\" Sov* Peking").Clauses;

        Assert.Equal(3, clauses.Count);
        Assert.True(clauses[0].IsPhrase);
        Assert.True(clauses[1].IsPrefix);
        Assert.Equal([Term("Beijing"), Term("Peiping")], clauses[2].Expansions);
    }

    [Fact]
    public void A_query_of_only_prefixes_and_phrases_is_left_as_it_is()
    {
        var query = SearchQuery.Parse("Pek* \"Soviet Union\"");

        Assert.Same(query, Expand(query));
    }

    private SearchQuery Expand(string text) => Expand(SearchQuery.Parse(text));

    private SearchQuery Expand(SearchQuery query) => SearchAliases.Expand(_connection, query);

    private static string Term(string word) => TextAnalyzer.Term(word);

    private static List<string> Terms(string text) => TextAnalyzer.Words(text).Select(w => w.Term).ToList();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _connection.Dispose();
        _database.Dispose();
    }
}

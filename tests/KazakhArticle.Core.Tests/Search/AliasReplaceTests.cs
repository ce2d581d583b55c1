using KazakhArticle.Core.Search;
using KazakhArticle.Core.Tests.Support;
using Microsoft.Data.Sqlite;

namespace KazakhArticle.Core.Tests.Search;

/// <summary>
/// Storing the names (SearchAliases.Replace): rewritten only when they changed, so an import that changes nothing
/// says so; and any change, a form's other forms or a name dropped, is stored whole.
/// </summary>
public sealed class AliasReplaceTests : IAsyncLifetime, IDisposable
{
    private readonly TestDatabase _database = new();
    private SqliteConnection _connection = null!;

    public async Task InitializeAsync()
    {
        await _database.PrepareAsync();
        _connection = _database.Connections.OpenForWriting();
    }

    [Fact]
    public void The_same_names_again_are_no_change()
    {
        Assert.True(SearchAliases.Replace(_connection, [["Peking", "Beijing"], ["Tsar", "Czar"]]));

        Assert.False(SearchAliases.Replace(_connection, [["Tsar", "Czar"], ["Beijing", "Peking"]]));
        Assert.Equal([Term("Beijing")], OtherForms("Peking"));
    }

    [Fact]
    public void Forms_regrouped_under_the_same_words_are_a_change()
    {
        SearchAliases.Replace(_connection, [["Peking", "Beijing"], ["Tsar", "Czar"], ["Kiev", "Kyiv"]]);

        var changed = SearchAliases.Replace(_connection, [["Peking", "Beijing"], ["Tsar", "Kiev"], ["Czar", "Kyiv"]]);

        Assert.True(changed);
        Assert.Equal([Term("Kiev")], OtherForms("Tsar"));
        Assert.Equal([Term("Beijing")], OtherForms("Peking"));
    }

    [Fact]
    public void A_name_dropped_is_a_change_and_is_no_longer_expanded()
    {
        SearchAliases.Replace(_connection, [["Peking", "Beijing"], ["Tsar", "Czar"]]);

        var changed = SearchAliases.Replace(_connection, [["Peking", "Beijing"]]);

        Assert.True(changed);
        Assert.Empty(OtherForms("Tsar"));
        Assert.Equal([Term("Beijing")], OtherForms("Peking"));
    }

    [Fact]
    public void No_names_at_all_clear_the_stored_ones()
    {
        SearchAliases.Replace(_connection, [["Peking", "Beijing"]]);

        Assert.True(SearchAliases.Replace(_connection, []));
        Assert.False(SearchAliases.Replace(_connection, []));
        Assert.Empty(OtherForms("Peking"));
    }

    [Fact]
    public void A_form_is_never_its_own_alias_even_when_written_twice()
    {
        SearchAliases.Replace(_connection, [["Peking", "PEKING", "Beijing"]]);

        Assert.Equal([Term("Beijing")], OtherForms("Peking"));
        Assert.Equal([Term("Peking")], OtherForms("Beijing"));
    }

    private List<string> OtherForms(string form) =>
        SearchAliases.Expand(_connection, SearchQuery.Parse(form)).Clauses.Single().Expansions.ToList();

    private static string Term(string word) => TextAnalyzer.Term(word);

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _connection.Dispose();
        _database.Dispose();
    }
}

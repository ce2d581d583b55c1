using System.Globalization;
using Microsoft.Data.Sqlite;

namespace KazakhArticle.Core.Search;

/// <summary>
/// Names that mean the same (see <see cref="Content.AliasFile"/>), as the search uses them: each form's terms, as
/// the analyzer gives them, with the terms of the other forms of its name. The importer writes them; a query in
/// which a form stands (a word, a phrase, or words typed in a row) also matches the other forms.
/// </summary>
public static class SearchAliases
{
    /// <summary>The most words a form is looked for in: longer runs of a query are no name's.</summary>
    private const int LongestForm = 6;

    private const string StoredSql = "SELECT Form, Aliases FROM SearchAliases";

    /// <summary>Stores these names in place of the stored ones, when they differ; true when they did.</summary>
    public static bool Replace(SqliteConnection connection, IReadOnlyList<IReadOnlyList<string>> names)
    {
        var wanted = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var forms = name.Select(TextAnalyzer.IndexText).Distinct(StringComparer.Ordinal).ToList();
            foreach (var form in forms)
            {
                wanted[form] = string.Join('\n', forms.Where(other => other != form));
            }
        }

        var stored = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var read = connection.CreateCommand())
        {
            read.CommandText = StoredSql;
            using var reader = read.ExecuteReader();
            while (reader.Read())
            {
                stored[reader.GetString(0)] = reader.GetString(1);
            }
        }

        if (stored.Count == wanted.Count && wanted.All(w => stored.GetValueOrDefault(w.Key) == w.Value))
        {
            return false;
        }

        using var transaction = connection.BeginTransaction();
        using (var delete = connection.CreateCommand())
        {
            delete.Transaction = transaction;
            delete.CommandText = "DELETE FROM SearchAliases";
            delete.ExecuteNonQuery();
        }

        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO SearchAliases (Form, Aliases) VALUES ($form, $aliases)";
        var formParameter = insert.Parameters.Add("$form", SqliteType.Text);
        var aliasesParameter = insert.Parameters.Add("$aliases", SqliteType.Text);
        foreach (var (form, aliases) in wanted)
        {
            (formParameter.Value, aliasesParameter.Value) = (form, aliases);
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
        return true;
    }

    /// <summary>
    /// The query with each form of a name in it also matching the other forms: the longest form first, from the left.
    /// Words typed in a row that make a form become that form as a phrase (Soviet Union, in that order). A quoted
    /// phrase is left as typed: quotes ask for those words.
    /// </summary>
    public static SearchQuery Expand(SqliteConnection connection, SearchQuery query)
    {
        var runs = new Dictionary<string, (int Start, int Length)>(StringComparer.Ordinal);
        for (var start = 0; start < query.Clauses.Count; start++)
        {
            for (var length = 1; length <= LongestForm && start + length <= query.Clauses.Count; length++)
            {
                var run = query.Clauses.Skip(start).Take(length).ToList();
                if (run.Any(c => c.IsPrefix || c.IsPhrase))
                {
                    break;
                }

                runs.TryAdd(string.Join(' ', run.SelectMany(c => c.Terms)), (start, length));
            }
        }

        var aliases = Lookup(connection, runs.Keys);
        if (aliases.Count == 0)
        {
            return query;
        }

        var clauses = new List<SearchClause>(query.Clauses.Count);
        for (var i = 0; i < query.Clauses.Count;)
        {
            var longest = runs
                .Where(r => r.Value.Start == i && aliases.ContainsKey(r.Key))
                .OrderByDescending(r => r.Value.Length)
                .Select(r => (Form: r.Key, r.Value.Length))
                .FirstOrDefault();
            if (longest.Form is null)
            {
                clauses.Add(query.Clauses[i++]);
                continue;
            }

            // Each form also with a proclitic on its first word, as a word typed is (لحلف شمال الأطلسي for الناتو).
            var single = longest.Length == 1 ? query.Clauses[i] : null;
            var typed = SearchClause.Of(longest.Form.Split(' '));
            clauses.Add(typed with
            {
                Expansions = [.. typed.Expansions, .. aliases[longest.Form].SelectMany(form => SearchClause.Of(form.Split(' ')).Expansions.Prepend(form))],
                Surface = single?.Surface,
                Typed = single?.Typed,
            });
            i += longest.Length;
        }

        return query with { Clauses = clauses };
    }

    private static Dictionary<string, string[]> Lookup(SqliteConnection connection, IEnumerable<string> forms)
    {
        using var command = connection.CreateCommand();
        var names = new List<string>();
        foreach (var form in forms)
        {
            var name = "$f" + names.Count.ToString(CultureInfo.InvariantCulture);
            command.Parameters.AddWithValue(name, form);
            names.Add(name);
        }

        var found = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (names.Count == 0)
        {
            return found;
        }

        command.CommandText = $"SELECT Form, Aliases FROM SearchAliases WHERE Form IN ({string.Join(", ", names)})";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            found[reader.GetString(0)] = reader.GetString(1).Split('\n');
        }

        return found;
    }
}

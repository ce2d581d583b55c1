using KazakhArticle.Core.Search;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KazakhArticle.Core.Content;

/// <summary>
/// Reads <c>content/aliases.yaml</c>: names that mean the same (الناتو, حلف شمال الأطلسي, NATO), so that a search for
/// one finds the others. The file is a list of lists, one per name, each form as a reader would type it:
/// <code>
/// - [الناتو, حلف شمال الأطلسي, NATO, North Atlantic Treaty Organization]
/// </code>
/// A mistake is reported with its line and the file is not used; without the file there are no aliases.
/// </summary>
public static class AliasFile
{
    public const string Name = "aliases.yaml";

    /// <summary>The names, each the list of its forms; or the problems that kept the file from being used.</summary>
    public static (IReadOnlyList<IReadOnlyList<string>> Names, IReadOnlyList<ContentProblem> Problems) Read(string contentRoot)
    {
        var path = Path.Combine(contentRoot, Name);
        if (!File.Exists(path))
        {
            return ([], []);
        }

        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (IOException ex)
        {
            return ([], [new ContentProblem(Name, 0, $"cannot be read: {ex.Message}")]);
        }

        return Parse(text);
    }

    public static (IReadOnlyList<IReadOnlyList<string>> Names, IReadOnlyList<ContentProblem> Problems) Parse(string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            return ([], [new ContentProblem(Name, (int)ex.Start.Line, $"invalid YAML: {(ex.InnerException ?? ex).Message}")]);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner says so, without a position, when the text ends inside an open [ or {.
            return ([], [new ContentProblem(Name, 0, "invalid YAML: it ends inside an unclosed [ or {")]);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return ([], []);
        }

        if (stream.Documents[0].RootNode is not YamlSequenceNode names)
        {
            return ([], [new ContentProblem(Name, (int)stream.Documents[0].RootNode.Start.Line, "the file must be a list of names, each a list of its forms: - [NATO, الناتو]")]);
        }

        var problems = new List<ContentProblem>();
        var result = new List<IReadOnlyList<string>>();
        // Forms are compared as search compares them: Soviet Union and soviet union are one form.
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var line = (int)name.Start.Line;
            if (name is not YamlSequenceNode forms || forms.Children.Any(f => f is not YamlScalarNode))
            {
                problems.Add(new ContentProblem(Name, line, "each name must be a list of its forms, such as [NATO, الناتو]"));
                continue;
            }

            var values = forms.Children.Cast<YamlScalarNode>().Select(f => (f.Value ?? "").Trim()).ToList();
            if (values.Count < 2)
            {
                problems.Add(new ContentProblem(Name, line, "a name needs at least two forms"));
                continue;
            }

            foreach (var form in values)
            {
                var terms = TextAnalyzer.IndexText(form);
                if (terms.Length == 0)
                {
                    problems.Add(new ContentProblem(Name, line, $"the form '{form}' has no word to search for"));
                }
                else if (seen.TryGetValue(terms, out var first))
                {
                    problems.Add(new ContentProblem(Name, line, $"the form '{form}' is also on line {first}: a form belongs to one name"));
                }
                else
                {
                    seen[terms] = line;
                }
            }

            result.Add(values);
        }

        return problems.Count > 0 ? ([], problems) : (result, []);
    }
}

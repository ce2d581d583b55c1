using KazakhArticle.Core.Search;

namespace KazakhArticle.Core.Annotations;

/// <summary>A place in a text that names an entity: the characters from <see cref="Start"/>, whole words.</summary>
public readonly record struct Mention(int Start, int Length, string EntityId);

/// <summary>
/// Finds the entities a text names, by the forms each edition writes them in (<see cref="Entity.Forms"/>). A form
/// matches a run of whole words, compared as search normalizes them (no diacritics or tatweel, one alif, any case); an
/// Arabic word may carry one or two proclitics before it (و ف, then ب ل ك: وروسيا, لروسيا), and ال after ل is written
/// لل (للصين); an English name may end in 's. The longest form wins where forms overlap.
/// </summary>
/// <remarks>
/// Built once per edition; one instance finds mentions in every paragraph. Names only, so no stemming: a form is a
/// name as the text spells it, and the annotations list each spelling the text uses.
/// </remarks>
public sealed class MentionFinder
{
    private static readonly string[] Conjunctions = ["", "و", "ف"];
    private static readonly string[] Prepositions = ["", "ب", "ل", "ك"];

    // Each form as its normalized words, longest first: the first that matches at a word is the longest there.
    private readonly List<(string[] Words, string EntityId)> _forms;

    public MentionFinder(IEnumerable<(string Form, string EntityId)> forms)
    {
        _forms = forms
            .Select(f => (Words: Words(f.Form).Select(w => w.Text).ToArray(), f.EntityId))
            .Where(f => f.Words.Length > 0)
            .OrderByDescending(f => f.Words.Length)
            .ToList();
    }

    /// <summary>A finder for one edition: every entity's forms in <paramref name="language"/>.</summary>
    public static MentionFinder For(IEnumerable<Entity> entities, string language) =>
        new(entities.SelectMany(e => e.Forms.TryGetValue(language, out var forms) ? forms.Select(f => (f, e.Id)) : []));

    public IReadOnlyList<Mention> Find(string text)
    {
        var words = Words(text);
        var mentions = new List<Mention>();
        for (var i = 0; i < words.Count;)
        {
            var found = _forms.FirstOrDefault(f => Matches(words, i, f.Words));
            if (found.Words is null)
            {
                i++;
                continue;
            }

            var last = words[i + found.Words.Length - 1];
            mentions.Add(new Mention(words[i].Start, last.Start + last.Length - words[i].Start, found.EntityId));
            i += found.Words.Length;
        }

        return mentions;
    }

    private static bool Matches(List<Word> words, int at, string[] form)
    {
        if (at + form.Length > words.Count)
        {
            return false;
        }

        for (var k = 0; k < form.Length; k++)
        {
            var word = words[at + k].Text;
            var expected = form[k];
            var ok = word == expected
                || (k == 0 && WithProclitics(word, expected));
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static bool WithProclitics(string word, string form)
    {
        foreach (var conjunction in Conjunctions)
        {
            foreach (var preposition in Prepositions)
            {
                var prefix = conjunction + preposition;
                if (prefix.Length == 0 || word.Length <= prefix.Length || !word.StartsWith(prefix, StringComparison.Ordinal))
                {
                    continue;
                }

                var rest = word.AsSpan(prefix.Length);
                if (rest.SequenceEqual(form)
                    // ل + الصين is written للصين: the preposition takes the article's alif.
                    || (preposition == "ل" && form.StartsWith("ال", StringComparison.Ordinal) && rest.SequenceEqual(form.AsSpan(1))))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private readonly record struct Word(int Start, int Length, string Text);

    /// <summary>
    /// The words of a text as search reads them (<see cref="TextAnalyzer.NextWord"/>), with where each is, normalized as
    /// search normalizes them (no marks or tatweel, one alif, lower case) and without an English possessive.
    /// </summary>
    private static List<Word> Words(string text)
    {
        var words = new List<Word>();
        var position = 0;
        while (TextAnalyzer.NextWord(text, ref position, out var start, out var length))
        {
            var word = text.AsSpan(start, length);
            var possessive = length > 2 && word[^2] is '\'' or '\u2019' && word[^1] is 's' or 'S' ? 2 : 0;
            var normalized = TextAnalyzer.Normalize(word[..^possessive]);
            if (normalized.Length > 0)
            {
                words.Add(new Word(start, length, normalized));
            }
        }

        return words;
    }
}

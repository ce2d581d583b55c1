using System.Text;
using KazakhArticle.Core.Annotations;
using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Yaml;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KazakhArticle.Core.Content;

/// <summary>
/// Turns one article markdown file into an edition: front matter, then <c>##</c> sections, each
/// holding the blocks (paragraphs, quotes, lists) that follow its heading.
/// </summary>
public static class ArticleMarkdownParser
{
    /// <param name="file">The file's name as shown in errors, e.g. <c>articles/x/ar.md</c>.</param>
    /// <param name="link">The URL of the edition's page, for the note links in its HTML.</param>
    /// <param name="mentions">
    /// The article's entities as this edition names them, made into links to their cards; given once the front matter
    /// is read (the language and the slug are the edition's). None for an article without annotations.
    /// </param>
    public static EditionContent Parse(string file, string markdown, ArticleLink link, Func<ArticleMetadata, MentionLinks>? mentions = null)
    {
        var document = Markdown.Parse(markdown, ArticleMarkdown.Pipeline);
        var frontMatter = document.Descendants<YamlFrontMatterBlock>().FirstOrDefault();
        if (frontMatter is null || frontMatter.Line != 0)
        {
            throw new ContentValidationException(file, 1, "no front matter: the file must start with a '---' YAML block (title, slug, author, language)");
        }

        // Markdig lines are 0-based and the YAML starts on the line after the opening fence.
        var metadata = FrontMatterReader.Read(file, frontMatter.Lines.ToString(), frontMatter.Line + 2);

        var problems = new List<ContentProblem>();
        var sections = new List<SectionContent>();
        var seenIds = new Dictionary<string, int>(StringComparer.Ordinal);
        (string Id, string Title, int Line, List<ParagraphContent> Paragraphs)? current = null;

        void CloseSection()
        {
            if (current is { } s)
            {
                sections.Add(new SectionContent(s.Id, s.Title, s.Line, s.Paragraphs));
            }
        }

        void ClaimId(string id, int line)
        {
            if (!seenIds.TryAdd(id, line))
            {
                problems.Add(new ContentProblem(file, line, $"the id '{id}' is already used on line {seenIds[id]}"));
            }
        }


        // Note links keep to the view of the note's own language.
        var pagePath = link(metadata.Slug, metadata.Language);
        string Render(Block block) => RenderHtml(block, pagePath, metadata.Language);
        var mentionLinks = mentions?.Invoke(metadata);
        var notes = new List<NoteContent>();
        foreach (var block in document)
        {
            var line = block.Line + 1;
            switch (block)
            {
                case YamlFrontMatterBlock or LinkReferenceDefinitionGroup or BlankLineBlock:
                    continue;

                case FootnoteGroup group:
                    // Type arguments given: Stryker's mutants of an inferred lambda do not compile, and it then drops
                    // every mutant of this method.
                    foreach (var note in group.OfType<Footnote>().OrderBy<Footnote, int>(n => n.Order))
                    {
                        var html = string.Concat(note.Select(Render));
                        notes.Add(new NoteContent(ContentIds.Note(metadata.Language, note.Order), note.Order, PlainText.Of(note), html));
                    }

                    continue;

                case HeadingBlock heading:
                    var title = PlainText.Of(heading.Inline);
                    var id = heading.TryGetAttributes()?.Id;
                    string? problem =
                        heading.Level != 2 ? $"only '##' section headings are allowed (found level {heading.Level}); the title comes from the front matter"
                        : string.IsNullOrEmpty(id) ? $"the heading '{title}' has no id; write it as '## {title} {{#ascii-id}}'"
                        : !ContentIds.IsValid(id) ? $"the heading id '{id}' must be lower-case ASCII letters, digits and single hyphens"
                        : seenIds.TryGetValue(id, out var firstLine) ? $"the id '{id}' is already used on line {firstLine}"
                        : null;
                    if (problem is null)
                    {
                        seenIds[id!] = line;
                    }
                    else
                    {
                        problems.Add(new ContentProblem(file, line, problem));
                    }

                    // A bad heading still opens a section (under a stand-in id), so the blocks under it add no further errors.
                    CloseSection();
                    mentionLinks?.StartSection();
                    current = (problem is null ? id! : $"invalid-line-{line}", title, line, []);
                    continue;

                default:
                    if (current is not { } section)
                    {
                        problems.Add(new ContentProblem(file, line, "text before the first section heading; every block must follow a '## Heading {#id}'"));
                        continue;
                    }

                    var paragraphId = ContentIds.Paragraph(section.Id, section.Paragraphs.Count + 1);
                    ClaimId(paragraphId, line);
                    var text = PlainText.Of(block);
                    var entities = mentionLinks?.Apply(block, paragraphId) ?? [];
                    section.Paragraphs.Add(new ParagraphContent(paragraphId, text, Render(block), line, entities));
                    continue;
            }
        }

        CloseSection();
        if (problems.Count == 0 && !sections.Any(s => s.Paragraphs.Count > 0))
        {
            problems.Add(new ContentProblem(file, 1, "the article is empty: it has no section with any text"));
        }

        return problems.Count > 0
            ? throw new ContentValidationException(problems)
            : new EditionContent(file, metadata, sections, notes);
    }

    private static string RenderHtml(Block block, string pagePath, string language)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        ArticleMarkdown.Pipeline.Setup(renderer);
        renderer.ObjectRenderers.Replace<HtmlFootnoteLinkRenderer>(new NoteLinkRenderer(pagePath, language));
        renderer.Render(block);
        writer.Flush();
        return writer.ToString().Trim();
    }

    /// <summary>The text a reader sees, without markup, as indexed for search and returned by the API.</summary>
    private static class PlainText
    {
        public static string Of(MarkdownObject? node)
        {
            var text = new StringBuilder();
            Append(node, text);
            return text.ToString().Trim();
        }

        private static void Append(MarkdownObject? node, StringBuilder text)
        {
            switch (node)
            {
                case null:
                    return;
                case LeafBlock { Inline: { } inline }:
                    if (text.Length > 0)
                    {
                        text.Append('\n');
                    }

                    Append(inline, text);
                    return;
                case ContainerBlock container:
                    foreach (var child in container)
                    {
                        Append(child, text);
                    }

                    return;
                case FootnoteLink:
                    // A note marker or back link is not part of the sentence.
                    return;
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    return;
                case CodeInline code:
                    text.Append(code.Content);
                    return;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.AsSpan());
                    return;
                case AutolinkInline autolink:
                    text.Append(autolink.Url);
                    return;
                case LineBreakInline lineBreak:
                    text.Append(lineBreak.IsHard ? '\n' : ' ');
                    return;
                case ContainerInline inlines:
                    foreach (var child in inlines)
                    {
                        Append(child, text);
                    }

                    return;
            }
        }
    }
}

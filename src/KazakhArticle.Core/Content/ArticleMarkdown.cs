using KazakhArticle.Core.Annotations;
using Markdig;

namespace KazakhArticle.Core.Content;

/// <summary>The markdown dialect of article files, in one place.</summary>
public static class ArticleMarkdown
{
    /// <summary>Built once; a built Markdig pipeline is immutable and safe to share.</summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UseFootnotes()
        // Raw HTML in content is shown as text, never emitted as markup.
        .DisableHtml()
        // Mentions of an article's entities, linked to their cards (Annotations/MentionLinks).
        .Use<MentionExtension>()
        // Last, as Markdig asks: `{#id}` on headings gives sections their explicit ASCII ids.
        .UseGenericAttributes()
        .Build();
}

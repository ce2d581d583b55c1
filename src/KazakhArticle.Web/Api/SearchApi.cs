using KazakhArticle.Core.Content;
using KazakhArticle.Core.Search;
using KazakhArticle.Web.Hosting;
using KazakhArticle.Web.Publishing;
using KazakhArticle.Web.Routing;

namespace KazakhArticle.Web.Api;

/// <summary><c>GET /api/search?q=…&amp;lang=…&amp;offset=…&amp;limit=…&amp;exact=…</c></summary>
public static class SearchApi
{
    /// <param name="Lang">The edition <paramref name="Url"/> opens: the one asked for in <c>lang</c>, or the original.</param>
    /// <param name="Pair">The same place in the article's other edition.</param>
    public sealed record SearchResultDto(string Slug, string Lang, string SectionId, string? ParagraphId, string Url, string Snippet, PairDto? Pair);

    public sealed record PairDto(string Lang, string Snippet);

    /// <param name="Correction">When nothing matched as typed: the query searched instead, a word that matched nothing taken for the nearest word of the text.</param>
    public sealed record SearchResponseDto(string Query, int Total, IReadOnlyList<SearchResultDto> Results, string? Correction);

    public static void MapSearchApi(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(ReaderUrls.Api + "/search", async Task<IResult> (string? q, string? lang, int? offset, int? limit, bool? exact, ArticleSearch search, CancellationToken cancellationToken) =>
        {
            q ??= "";
            if (q.Length > SearchQuery.MaxLength)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: $"The query is longer than {SearchQuery.MaxLength} characters.");
            }

            if (!SearchLanguages.TryParse(lang, out var language))
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: $"lang must be one of: {string.Join(", ", SearchLanguages.Values)}.");
            }

            if (offset < 0 || limit < 1)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "offset must be 0 or more and limit 1 or more.");
            }

            var results = await search.SearchAsync(q, language, offset ?? 0, Math.Min(limit ?? ArticleSearch.DefaultLimit, ArticleSearch.MaxLimit), exact ?? false, cancellationToken);
            // A hit's page marks the words that were searched: the correction's, when there is one.
            var searched = results.Correction ?? results.Query;
            return TypedResults.Ok(new SearchResponseDto(
                results.Query,
                results.Total,
                results.Results.Select(h => new SearchResultDto(
                    h.Slug, h.Language, h.SectionId, h.ParagraphId,
                    // Without an interface language: the link opens in the language of whoever follows it.
                    ReaderUrls.Hit(null, h.Slug, h.Language, searched, h.Anchor),
                    h.Snippet,
                    h.Pair is { } pair ? new PairDto(pair.Language, pair.Snippet) : null)).ToList(),
                results.Correction));
        })
        // A search answer, like a page, depends only on its URL and the content: an article shared widely brings many
        // readers asking for the same names, and they are answered from memory until an import changes the content.
        .Published(PublishedShelf.Searches)
        .RequireRateLimiting(AbuseLimits.SearchPolicy);
}

/// <summary>
/// Which edition search results open in. Both editions are always searched; without a choice (or with <c>all</c>, as
/// links made before searching both kept it), a result opens in its article's original.
/// </summary>
public static class SearchLanguages
{
    public static IReadOnlyList<string> Values => Languages.Codes;

    /// <returns>False for a value that is none of them; <paramref name="language"/> is null when none is chosen.</returns>
    public static bool TryParse(string? value, out string? language)
    {
        language = string.IsNullOrEmpty(value) || value == "all" ? null : value;
        return language is null || Values.Contains(language);
    }
}

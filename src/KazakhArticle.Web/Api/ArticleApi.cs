using KazakhArticle.Core.Reading;
using KazakhArticle.Web.Publishing;
using KazakhArticle.Web.Routing;

namespace KazakhArticle.Web.Api;

/// <summary>The articles as JSON: the same views the pages render.</summary>
public static class ArticleApi
{
    public static void MapArticleApi(this IEndpointRouteBuilder endpoints)
    {
        var articles = endpoints.MapGroup(ReaderUrls.Api + "/articles");

        articles.MapGet("/", async (ArticleCatalog catalog, CancellationToken cancellationToken) =>
            TypedResults.Ok(await catalog.ListAsync(cancellationToken)))
            .Published();

        articles.MapGet("/{slug}", async Task<IResult> (string slug, ArticleCatalog catalog, CancellationToken cancellationToken) =>
            await catalog.FindAsync(slug, cancellationToken) is { } article
                ? TypedResults.Ok(article)
                : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No article '{slug}'."))
            .Published();
    }
}

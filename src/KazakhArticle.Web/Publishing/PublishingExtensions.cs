using System.IO.Compression;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.ResponseCompression;

namespace KazakhArticle.Web.Publishing;

public static class PublishingExtensions
{
    /// <summary>Pages rendered once per content version and kept compressed; dynamic answers compressed as they go.</summary>
    public static void AddReaderPublishing(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<PublishingOptions>().Bind(builder.Configuration.GetSection(PublishingOptions.Section));
        services.AddSingleton<PageCache>();
        services.AddScoped<AntiforgeryStateProvider, NoAntiforgeryState>();
        services.AddResponseCompression(options =>
        {
            // No answer carries a secret (no session, no antiforgery token on a GET), so compression over HTTPS gives BREACH nothing to read.
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });
        // Per request, speed matters more than the last percent: published pages are compressed apart, at the best ratio.
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
    }

    /// <summary>
    /// Published pages are served from memory here: a kept one before routing (its URL is its key), a new one
    /// rendered once after it and kept, before localisation, antiforgery and the renderer. Other answers are
    /// compressed on the way out (a published page already carries its Content-Encoding).
    /// </summary>
    /// <remarks>Routing is placed here rather than first in the pipeline, where the framework puts it by default.</remarks>
    public static void UsePublishing(this WebApplication app)
    {
        app.UseMiddleware<KeptAnswerMiddleware>();
        app.UseRouting();
        app.UseResponseCompression();
        app.UseMiddleware<PageCacheMiddleware>();
    }

    /// <summary>Kept in memory and in every cache on the way, by URL: for answers that depend only on the URL and the content.</summary>
    public static TBuilder Published<TBuilder>(this TBuilder builder, PublishedShelf shelf = PublishedShelf.Pages)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(new PublishedAttribute(shelf));
}

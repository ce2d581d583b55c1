using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using KazakhArticle.Core.Storage;
using KazakhArticle.Web.Api;
using KazakhArticle.Web.Components;
using KazakhArticle.Web.Components.Layout;
using KazakhArticle.Web.Components.Search;
using KazakhArticle.Web.Localization;
using KazakhArticle.Web.Publishing;
using KazakhArticle.Web.Routing;
using KazakhArticle.Web.Sharing;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Localization.Routing;
using Serilog;
using Serilog.Settings.Configuration;

namespace KazakhArticle.Web.Hosting;

public static class WebHostingExtensions
{
    /// <summary>Serilog, configured from the "Serilog" section of appsettings.</summary>
    /// <remarks>
    /// The sinks' assemblies are named here rather than found: left to find them, Serilog read the app's dependency
    /// manifest and opened every assembly beside it, some 50 ms of a cold start. The section's "Using" is not read, so a
    /// sink that configuration can name is one of these.
    /// </remarks>
    public static void AddReaderLogging(this WebApplicationBuilder builder) =>
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration, new ConfigurationReaderOptions(
                typeof(ConsoleLoggerConfigurationExtensions).Assembly,
                typeof(LoggerConfigurationAsyncExtensions).Assembly,
                typeof(FileLoggerConfigurationExtensions).Assembly))
            .ReadFrom.Services(services)
            .Enrich.FromLogContext());

    /// <remarks>
    /// The app starts from the slim builder, which leaves out what a cold start would pay for and this app does not use
    /// (HTTP/3, whose QUIC library is probed at start-up; hosting start-up assemblies). Two of its omissions are put back:
    /// HTTPS endpoints from configuration, and, unless published, the static web assets the build left outside wwwroot
    /// (the scoped CSS bundle, which <see cref="SiteStyles"/> reads at start-up).
    /// </remarks>
    public static void AddReaderWeb(this WebApplicationBuilder builder)
    {
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.AddReaderSecurity();
        builder.AddReaderLimits();
        // In every environment, not only Development (tests run as Testing); a published app has them in wwwroot, and
        // this does nothing there.
        builder.WebHost.UseStaticWebAssets();

        var services = builder.Services;
        services.AddOptions<RequestLogOptions>().Bind(builder.Configuration.GetSection(RequestLogOptions.Section));
        services.AddSingleton<RequestLogSampler>();
        services.AddOptions<LiveSearchOptions>().Bind(builder.Configuration.GetSection(LiveSearchOptions.Section));
        services.AddSingleton<InlineAssets>();
        services.AddSingleton<SiteStyles>();
        // The map's countries, projected once, when the first map page is rendered.
        services.AddSingleton<Components.Reading.Map.CentralAsiaMap>();
        services.Configure<RouteOptions>(options => options.SetParameterPolicy<InterfaceLanguageConstraint>(InterfaceLanguageConstraint.Name));
        services.AddLocalization();
        // Arabic text is written as UTF-8, not as one numeric entity per letter (six times the bytes).
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = InterfaceLanguages.Codes.Select(CultureInfo.GetCultureInfo).ToList();
            options.DefaultRequestCulture = new RequestCulture(cultures[0]);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            // A page's URL names its language. Without one (a redirect, an error page): the reader's own choice (a cookie), then the browser's.
            options.RequestCultureProviders =
            [
                new RouteDataRequestCultureProvider { RouteDataStringKey = ReaderUrls.LanguageParameter, UIRouteDataStringKey = ReaderUrls.LanguageParameter },
                new LiveConnectionCultureProvider(),
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        var limits = builder.Configuration.GetSection(AbuseLimitOptions.Section);
        services.AddRazorComponents().AddInteractiveServerComponents()
            .AddHubOptions(hub => hub.MaximumReceiveMessageSize = limits.GetValue(nameof(AbuseLimitOptions.MaxMessageBytes), new AbuseLimitOptions().MaxMessageBytes));
        // An API error is application/problem+json, whatever produced it: a handler, a value that does not bind, a
        // method or path the API does not have.
        services.AddProblemDetails();
        services.AddExceptionHandler<DatabaseFaultHandler>();
        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase;

            // Readable Arabic, but <, >, & and quotes always escaped: the API never echoes markup a reader typed.
            json.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        });
    }

    public static void UseReaderPipeline(this WebApplication app)
    {
        // Never an exception page, in any environment: the error page speaks the reader's language.
        app.UseHostHeaderGuard();
        app.UseRequestBodyGuard();
        app.UseForwardedHeaders();
        app.UseReaderSecurity();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error",
            CreateScopeForErrors = true,
            // A database being rebuilt is unavailable for a moment, not broken (see DatabaseFaultHandler).
            StatusCodeSelector = exception => ReaderConnections.IsFault(exception) ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError,
        });

        var sampler = app.Services.GetRequiredService<RequestLogSampler>();
        app.UseSerilogRequestLogging(options => options.GetLevel = sampler.LevelFor);

        // From here on only what a published page's first render, or a dynamic answer, needs.
        app.UsePublishing();
        // After routing (in UsePublishing), to see which endpoints run searches; after the kept answers, which cost nothing.
        app.UseRateLimiter();
        app.UseRequestLocalization();
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        // A request for a range is for a file, not a page: its 416 (with the file's length) is the answer, not the not-found page.
        app.Use((context, next) =>
        {
            if (context.Request.Headers.Range.Count > 0 && context.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages)
            {
                statusCodePages.Enabled = false;
            }

            return next(context);
        });
        // Nearer the endpoint, so it answers first: below /api/ an empty error is a problem, not the not-found page.
        app.UseWhen(context => context.Request.Path.StartsWithSegments(ReaderUrls.Api), api => api.UseStatusCodePages());
        app.UseAntiforgery();
    }

    /// <summary>
    /// A page answers HEAD as it answers GET, without the body (a link checker, a crawler, a proxy checking a page):
    /// Blazor maps its pages for GET and POST only, so HEAD was a 405 on every page.
    /// </summary>
    private static void AnswerHead(EndpointBuilder endpoint)
    {
        if (endpoint.Metadata.OfType<HttpMethodMetadata>().LastOrDefault() is { } methods
            && methods.HttpMethods.Contains(HttpMethods.Get) && !methods.HttpMethods.Contains(HttpMethods.Head))
        {
            endpoint.Metadata.Add(new HttpMethodMetadata([.. methods.HttpMethods, HttpMethods.Head]));
        }
    }

    public static void MapReaderEndpoints(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapMethods(SiteStyles.Route, [HttpMethods.Get, HttpMethods.Head], (string hash, HttpContext context, SiteStyles styles) => styles.ServeAsync(context, hash));
        app.MapArticleApi();
        app.MapShareImages();
        app.MapSearchApi();
        ContentHealthCheck.MapContentHealth(app);
        app.MapInterfaceLanguageSwitch();
        app.MapLanguageRedirects();
        app.MapLiveSearch();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode().Add(AnswerHead);
    }
}

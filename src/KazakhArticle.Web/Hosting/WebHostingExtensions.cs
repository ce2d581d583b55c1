using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using KazakhArticle.Web.Api;
using KazakhArticle.Web.Components;
using KazakhArticle.Web.Localization;
using Microsoft.AspNetCore.Localization;
using Serilog;

namespace KazakhArticle.Web.Hosting;

public static class WebHostingExtensions
{
    /// <summary>Serilog, configured from the "Serilog" section of appsettings.</summary>
    public static void AddReaderLogging(this WebApplicationBuilder builder) =>
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext());

    public static void AddReaderWeb(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddLocalization();
        // Arabic text is written as UTF-8, not as one numeric entity per letter (six times the bytes).
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = InterfaceLanguages.Codes.Select(CultureInfo.GetCultureInfo).ToList();
            options.DefaultRequestCulture = new RequestCulture(cultures[0]);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            // The reader's own choice (a cookie) first, then the browser's languages.
            options.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });
        services.AddRazorComponents().AddInteractiveServerComponents();
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
        app.UseExceptionHandler("/error", createScopeForErrors: true);
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseSerilogRequestLogging();
        app.UseRequestLocalization();
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseAntiforgery();
    }

    public static void MapReaderEndpoints(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapArticleApi();
        app.MapSearchApi();
        app.MapHealthChecks("/healthz");
        app.MapInterfaceLanguageSwitch();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
    }
}

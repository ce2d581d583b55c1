using System.Net;
using KazakhArticle.Web.Components.Layout;
using Microsoft.AspNetCore.HttpOverrides;

namespace KazakhArticle.Web.Hosting;

/// <summary>
/// The headers a publication sends (Mozilla Observatory's A+ set), HTTPS when it is served over HTTPS, and the proxy it
/// trusts to say so. Headers come from NetEscapades.AspNetCore.SecurityHeaders: one policy, built once, set on every
/// response, kept pages included.
/// </summary>
public static class SecurityExtensions
{
    /// <summary>HSTS asks for a year: Observatory's minimum for its top grade, and what a site that is always on HTTPS can promise.</summary>
    private static readonly TimeSpan StrictTransportSecurityMaxAge = TimeSpan.FromDays(365);

    public static void AddReaderSecurity(this WebApplicationBuilder builder)
    {
        // No "Server: Kestrel": it tells an attacker what to try and a reader nothing.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        var services = builder.Services;
        services.AddOptions<SecurityOptions>().Bind(builder.Configuration.GetSection(SecurityOptions.Section));
        services.AddOptions<ForwardedHeadersOptions>().Configure<Microsoft.Extensions.Options.IOptions<SecurityOptions>>((forwarded, security) =>
        {
            // The client's scheme (for HSTS, Secure cookies and absolute links) and address (for logs), from the
            // proxies named here only: loopback by default (nginx on the same machine), more by configuration.
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in security.Value.TrustedProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });
        services.AddAntiforgery(antiforgery => antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
    }

    /// <summary>First in the pipeline, so that every answer has the headers, an error or a kept page as much as any.</summary>
    public static void UseReaderSecurity(this WebApplication app)
    {
        var inline = app.Services.GetRequiredService<InlineAssets>();
        var policies = new HeaderPolicyCollection()
            .AddContentTypeOptionsNoSniff()
            .AddFrameOptionsSameOrigin()
            .AddReferrerPolicyStrictOriginWhenCrossOrigin()
            .AddCrossOriginOpenerPolicy(coop => coop.SameOrigin())
            .AddPermissionsPolicy(permissions =>
            {
                // A reader: none of these is ever asked for.
                permissions.AddAccelerometer().None();
                permissions.AddCamera().None();
                permissions.AddGeolocation().None();
                permissions.AddGyroscope().None();
                permissions.AddMagnetometer().None();
                permissions.AddMicrophone().None();
                permissions.AddPayment().None();
                permissions.AddUsb().None();
            })
            .AddContentSecurityPolicy(csp =>
            {
                // Everything from this origin, nothing inline but the one script every page's head carries, by its
                // hash (see InlineAssets). Blazor's live search needs nothing more: its scripts are files, its
                // WebSocket goes to this origin.
                csp.AddDefaultSrc().Self();
                csp.AddScriptSrc().Self().WithHash256(inline.Script.Sha256);
                // Styles: the scoped CSS is a file, but Blazor's reconnect dialog and the reading settings set style
                // attributes. Observatory does not mark down unsafe-inline in style-src alone.
                csp.AddStyleSrc().Self().UnsafeInline();
                csp.AddImgSrc().Self().Data();
                csp.AddFontSrc().Self();
                csp.AddConnectSrc().Self();
                csp.AddObjectSrc().None();
                csp.AddBaseUri().Self();
                csp.AddFormAction().Self();
                csp.AddFrameAncestors().Self();
            });
        var production = !app.Environment.IsDevelopment();
        if (production)
        {
            // Over HTTPS only (the package sends it on no other response), and never for a developer's localhost,
            // which a browser would then refuse over plain HTTP for a year.
            policies.AddStrictTransportSecurity((int)StrictTransportSecurityMaxAge.TotalSeconds, includeSubdomains: false, preload: false);
        }

        app.UseSecurityHeaders(policies);
        if (production)
        {
            // A request over plain HTTP goes to HTTPS when the app knows its HTTPS port (an HTTPS endpoint, or
            // ASPNETCORE_HTTPS_PORT); behind a TLS proxy the forwarded scheme is already HTTPS. Without one, nothing.
            app.UseHttpsRedirection();
        }
    }
}

/// <summary>Who the app believes about the client's scheme and address.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Reader:Security";

    /// <summary>Addresses of reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are trusted, besides loopback.</summary>
    public IList<string> TrustedProxies { get; } = [];
}

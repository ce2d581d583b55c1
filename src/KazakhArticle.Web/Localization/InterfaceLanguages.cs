using KazakhArticle.Web.Routing;
using Microsoft.AspNetCore.Localization;

namespace KazakhArticle.Web.Localization;

/// <summary>The languages the interface speaks, and the endpoint that lets a reader choose one.</summary>
public static class InterfaceLanguages
{
    /// <summary>Codes with each language's name in itself; the first is the fallback.</summary>
    public static readonly IReadOnlyList<(string Code, string NativeName)> All = [("ar", "العربية"), ("en", "English")];

    public static IEnumerable<string> Codes => All.Select(l => l.Code);

    public static string SwitchUrl(string code, string returnUrl) =>
        $"/language/{code}?returnUrl={Uri.EscapeDataString(returnUrl)}";

    /// <summary>
    /// <c>GET /language/{code}?returnUrl=/…</c> stores the choice in the culture cookie and goes back.
    /// A plain link, so it works without JavaScript; only local return URLs are followed (see <see cref="LocalRedirect"/>).
    /// </summary>
    public static void MapInterfaceLanguageSwitch(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/language/{code}", (string code, string? returnUrl, HttpContext context) =>
        {
            if (!Codes.Contains(code))
            {
                return Results.NotFound();
            }

            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(code)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), SameSite = SameSiteMode.Lax, IsEssential = true, HttpOnly = true, Secure = context.Request.IsHttps });
            return Results.Redirect(LocalRedirect.Target(returnUrl));
        });
}

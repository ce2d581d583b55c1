using Microsoft.AspNetCore.Components.Forms;

namespace KazakhArticle.Web.Publishing;

/// <summary>
/// No form on this site posts (search is a GET), so pages carry no antiforgery token: nothing secret in a page
/// that is cached and shared, and no <c>Set-Cookie</c> on a reading page.
/// </summary>
internal sealed class NoAntiforgeryState : AntiforgeryStateProvider
{
    public override AntiforgeryRequestToken? GetAntiforgeryToken() => null;
}

using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.FileProviders;

namespace KazakhArticle.Web.Components.Layout;

/// <summary>
/// What the first paint needs and is small enough to write into each page's <c>&lt;head&gt;</c> instead of linking:
/// the script that puts the reader's settings on <c>&lt;html&gt;</c> (<c>wwwroot/js/settings-early.js</c>, 0.3 KB of
/// Brotli). Linked, it was a blocking request of its own before the first paint: on a phone's network a connection
/// and a round trip (Lighthouse's slow 4G: 150 ms each) after the HTML. A page is rendered once per content version
/// and served from memory (<see cref="Publishing.PageCache"/>), so inlining costs no work per request.
/// </summary>
/// <remarks>
/// Not app.css: inlined, its 4 KB of Brotli took the article page from 13 KB to 17 KB, past what a new connection
/// delivers in its first round trip (TCP's initial window, about 14 KB), so the page itself arrived a round trip
/// later and Lighthouse's LCP got worse, not better (docs/performance.md, "Lighthouse").
/// The text is the file as built, read once at start-up, never anything a request sent: the inline element holds
/// the same bytes on every page for the life of the process, and <see cref="InlineAsset.CspHash"/> is how a
/// Content-Security-Policy allows it (<c>script-src 'sha256-…'</c>) when one is sent (issue 11). Keep it static:
/// anything built per page would need a nonce, and a nonce would make every cached page different per response.
/// </remarks>
public sealed class InlineAssets(IWebHostEnvironment environment)
{
    /// <summary><c>js/settings-early.js</c>, for a classic (blocking) <c>&lt;script&gt;</c> element in the head.</summary>
    public InlineAsset Script { get; } = Read(environment.WebRootFileProvider, "js/settings-early.js", "script");

    private static InlineAsset Read(IFileProvider files, string path, string element)
    {
        var text = WebRootText.Read(files, path, "every page's head inlines it");

        // The text goes into the page as markup: it must not be able to end its own element.
        if (text.Contains($"</{element}", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"wwwroot/{path} contains \"</{element}\" and cannot be inlined.");
        }

        return new InlineAsset(text);
    }
}

/// <summary>One inlined text, and its hash as a Content-Security-Policy source (<c>'sha256-…'</c>).</summary>
public sealed class InlineAsset(string text)
{
    public string Text { get; } = text;

    /// <summary>The SHA-256 of the text as the page carries it (UTF-8), in base 64.</summary>
    public string Sha256 { get; } = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public string CspHash => $"'sha256-{Sha256}'";
}

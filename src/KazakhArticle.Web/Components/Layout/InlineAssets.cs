using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.FileProviders;

namespace KazakhArticle.Web.Components.Layout;

/// <summary>
/// What the first paint needs, written into each page's <c>&lt;head&gt;</c> instead of linked: the stylesheet
/// (<c>wwwroot/app.css</c>) and the script that puts the reader's settings on <c>&lt;html&gt;</c>
/// (<c>wwwroot/js/settings-early.js</c>). Linked, each was a request the browser had to finish before it painted
/// anything: on a phone's network one more round trip (Lighthouse's slow 4G: 150 ms) after the HTML arrived.
/// Inlined, they cost about 4 KB of each page's Brotli bytes, once, since a page is rendered once per content
/// version and served from memory (<see cref="Publishing.PageCache"/>).
/// </summary>
/// <remarks>
/// The texts are the files as built, read once at start-up, never anything a request sent; so each inline element
/// holds the same bytes on every page for the life of the process, and <see cref="Script"/> and <see cref="Style"/>
/// carry the SHA-256 a Content-Security-Policy names them by (<c>script-src 'sha256-…'</c>, <c>style-src
/// 'sha256-…'</c>) for when one is sent (issue 11). Keep them static: anything built per page would need a nonce,
/// and a nonce would make every cached page different per response.
/// </remarks>
public sealed class InlineAssets
{
    public InlineAssets(IWebHostEnvironment environment)
    {
        Style = Read(environment.WebRootFileProvider, "app.css", "style");
        Script = Read(environment.WebRootFileProvider, "js/settings-early.js", "script");
    }

    /// <summary><c>app.css</c>, for a <c>&lt;style&gt;</c> element.</summary>
    public InlineAsset Style { get; }

    /// <summary><c>js/settings-early.js</c>, for a classic (blocking) <c>&lt;script&gt;</c> element in the head.</summary>
    public InlineAsset Script { get; }

    private static InlineAsset Read(IFileProvider files, string path, string element)
    {
        var file = files.GetFileInfo(path);
        if (!file.Exists)
        {
            throw new InvalidOperationException($"wwwroot/{path} is missing: every page's head inlines it.");
        }

        using var stream = file.CreateReadStream();
        using var reader = new StreamReader(stream, Encoding.UTF8);
        // Line endings as the file has them: the hash is of exactly the bytes the page carries.
        var text = reader.ReadToEnd();

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

    public string CspHash { get; } = $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)))}'";
}

using System.Text;

namespace KazakhArticle.Web.Routing;

/// <summary>
/// Where a redirect back into the site may go: a path on this origin, read the way a browser will read it, or the home
/// page. A check on the raw text is not enough: the URL Standard (WHATWG) strips leading and trailing C0 controls and
/// spaces, removes every tab, CR and LF anywhere, and reads a backslash as a slash, so <c>/%09/evil.example</c> arrives
/// as <c>/&lt;TAB&gt;/evil.example</c>, passes a "starts with one slash" test, and is followed to <c>//evil.example</c>.
/// </summary>
public static class LocalRedirect
{
    /// <summary>The path to send the reader to: <paramref name="url"/> as a browser would read it when that is a local path, else "/".</summary>
    /// <remarks>
    /// Characters a <c>Location</c> header cannot carry are percent-encoded (an Arabic search in the URL stays one), so
    /// Kestrel never refuses the header; any other control character makes the URL no local path.
    /// </remarks>
    public static string Target(string? url) => TryLocal(url, out var local) ? local : "/";

    public static bool TryLocal(string? url, out string local)
    {
        local = "/";
        if (url is null)
        {
            return false;
        }

        // What the browser does before parsing: trim C0 controls and spaces at both ends, remove tab, CR and LF everywhere.
        var browser = new StringBuilder(url.Length);
        foreach (var c in url.AsSpan().Trim(C0AndSpace))
        {
            if (c is not ('\t' or '\n' or '\r'))
            {
                browser.Append(c);
            }
        }

        var path = browser.ToString();

        // One slash, then not a second (scheme-relative: //host) nor a backslash (a browser's slash: /\host). No
        // backslash anywhere: a path that needs one is not a link this site makes.
        if (path.Length == 0 || path[0] != '/' || path.Contains('\\', StringComparison.Ordinal) || (path.Length > 1 && path[1] == '/'))
        {
            return false;
        }

        var encoded = new StringBuilder(path.Length);
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in path.EnumerateRunes())
        {
            if (rune.Value < 0x20 || rune.Value == 0x7F || Rune.GetUnicodeCategory(rune) is System.Globalization.UnicodeCategory.Control or System.Globalization.UnicodeCategory.Format)
            {
                return false; // no character a reader's link has; bidi controls among them
            }

            if (rune.IsAscii && rune.Value != ' ')
            {
                encoded.Append((char)rune.Value);
            }
            else
            {
                foreach (var b in utf8[..rune.EncodeToUtf8(utf8)])
                {
                    encoded.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                }
            }
        }

        // The last word goes to the parser itself: resolved against any origin, the URL must stay on it.
        var origin = new Uri("https://origin.invalid/");
        if (!Uri.TryCreate(origin, encoded.ToString(), out var resolved) || resolved.Authority != origin.Authority || resolved.Scheme != origin.Scheme)
        {
            return false;
        }

        local = encoded.ToString();
        return true;
    }

    private static readonly char[] C0AndSpace = [.. Enumerable.Range(0, 0x21).Select(c => (char)c)];
}

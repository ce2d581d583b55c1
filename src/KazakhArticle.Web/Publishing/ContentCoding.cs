using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace KazakhArticle.Web.Publishing;

/// <summary>The content codings published pages are kept in.</summary>
public enum ContentCoding
{
    Identity,
    Gzip,
    Brotli,
}

public static class ContentCodings
{
    /// <summary>
    /// The best coding the client accepts: the one it rates higher of Brotli and gzip, or none. A coding with <c>q=0</c> is refused,
    /// as is any that <c>*;q=0</c> leaves unnamed.
    /// </summary>
    public static ContentCoding Negotiate(StringValues acceptEncoding)
    {
        if (StringValues.IsNullOrEmpty(acceptEncoding)
            || !StringWithQualityHeaderValue.TryParseList(acceptEncoding, out var codings))
        {
            return ContentCoding.Identity;
        }

        double? brotli = null, gzip = null, any = null;
        foreach (var coding in codings)
        {
            var quality = coding.Quality ?? 1;
            if (coding.Value.Equals("br", StringComparison.OrdinalIgnoreCase))
            {
                brotli = quality;
            }
            else if (coding.Value.Equals("gzip", StringComparison.OrdinalIgnoreCase))
            {
                gzip = quality;
            }
            else if (coding.Value.Equals("*", StringComparison.Ordinal))
            {
                any = quality;
            }
        }

        // The higher quality wins; on a tie, Brotli, the smaller.
        double br = brotli ?? any ?? 0, gz = gzip ?? any ?? 0;
        return br <= 0 && gz <= 0 ? ContentCoding.Identity
            : br >= gz ? ContentCoding.Brotli
            : ContentCoding.Gzip;
    }
}

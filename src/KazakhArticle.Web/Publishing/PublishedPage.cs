using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace KazakhArticle.Web.Publishing;

/// <summary>
/// Marks an endpoint whose answer depends only on its URL and the content: it is rendered once per content
/// version, compressed once, and then served from memory with a strong ETag.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class PublishedAttribute : Attribute;

/// <summary>One representation of a published page: its bytes in one content coding, and the strong validator for them.</summary>
public sealed record PageVariant(string? ContentEncoding, byte[] Body, string ETag);

/// <summary>A rendered page in every content coding it is served in, and the content it was rendered from.</summary>
public sealed class PublishedPage
{
    private PublishedPage(string contentType, PageVariant identity, PageVariant gzip, PageVariant brotli, IReadOnlyList<string> tags)
    {
        ContentType = contentType;
        Identity = identity;
        Gzip = gzip;
        Brotli = brotli;
        Tags = tags;
    }

    public string ContentType { get; }

    public PageVariant Identity { get; }

    public PageVariant Gzip { get; }

    public PageVariant Brotli { get; }

    /// <summary>What the page was rendered from (an article, or the list of all); an import that changes it evicts the page.</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>What the page holds in memory.</summary>
    public long Size => Identity.Body.Length + Gzip.Body.Length + Brotli.Body.Length;

    /// <summary>
    /// Compresses once, at the best ratio: the cost is paid on the first request of a content version, the saving on every other.
    /// The validator is a hash of the bytes, so every instance that renders the same content with the same build agrees on it.
    /// </summary>
    public static PublishedPage Create(string contentType, byte[] body, IReadOnlyList<string> tags)
    {
        body = WithoutComponentState(body);
        var hash = Base64Url(SHA256.HashData(body).AsSpan(0, 12));
        return new PublishedPage(
            contentType,
            new PageVariant(null, body, $"\"{hash}\""),
            new PageVariant("gzip", Compress(body, s => new GZipStream(s, CompressionLevel.SmallestSize)), $"\"{hash}-gz\""),
            new PageVariant("br", CompressBrotli(body), $"\"{hash}-br\""),
            tags);
    }

    public PageVariant In(ContentCoding coding) => coding switch
    {
        ContentCoding.Brotli => Brotli,
        ContentCoding.Gzip => Gzip,
        _ => Identity,
    };

    private static readonly byte[][] ComponentStateComments =
        [.. new[] { "<!--Blazor-Server-Component-State:", "<!--Blazor-WebAssembly-Component-State:" }.Select(Encoding.ASCII.GetBytes)];

    private static readonly byte[] CommentEnd = Encoding.ASCII.GetBytes("-->");

    /// <summary>
    /// A published page has no interactive component, yet the framework ends every page of an app that has one with
    /// a component-state comment protected by this instance's keys: different bytes on each render and each instance,
    /// which no cache could share. Nothing on the page reads it, so it is left out.
    /// </summary>
    internal static byte[] WithoutComponentState(byte[] body)
    {
        var result = body.AsSpan();
        byte[]? copy = null;
        foreach (var marker in ComponentStateComments)
        {
            var start = result.IndexOf(marker);
            var length = start < 0 ? -1 : result[start..].IndexOf(CommentEnd);
            if (length < 0)
            {
                continue;
            }

            copy = [.. result[..start], .. result[(start + length + CommentEnd.Length)..]];
            result = copy;
        }

        return copy ?? body;
    }

    private static byte[] Compress(byte[] body, Func<Stream, Stream> compressor)
    {
        using var output = new MemoryStream(body.Length / 4);
        using (var stream = compressor(output))
        {
            stream.Write(body);
        }

        return output.ToArray();
    }

    private static byte[] CompressBrotli(byte[] body)
    {
        // Quality 11 (the smallest output) with a 4 MiB window: pages are far smaller, so the window covers all of one.
        var output = new byte[BrotliEncoder.GetMaxCompressedLength(body.Length)];
        return BrotliEncoder.TryCompress(body, output, out var written, quality: 11, window: 22)
            ? output[..written]
            : Compress(body, s => new BrotliStream(s, CompressionLevel.SmallestSize));
    }

    private static string Base64Url(ReadOnlySpan<byte> bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

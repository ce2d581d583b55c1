using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace KazakhArticle.Web.Publishing;

/// <summary>
/// Marks an endpoint whose answer depends only on its URL and the content: it is rendered once per content
/// version, compressed once, and then served from memory with a strong ETag.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class PublishedAttribute(PublishedShelf shelf = PublishedShelf.Pages) : Attribute
{
    public PublishedShelf Shelf { get; } = shelf;
}

/// <summary>Where a published answer is kept: each shelf has a memory budget of its own.</summary>
public enum PublishedShelf
{
    /// <summary>
    /// Reading pages and the article API: a few URLs per article, named by the parameters a page is built from
    /// (a page opened from a search, which marks its words, is rendered for that reader). Compressed at the best ratio.
    /// </summary>
    Pages,

    /// <summary>
    /// Search answers: endless URLs, named by their whole query. Kept apart, so a flood of queries nobody repeats
    /// pushes out only other queries, never a page; compressed fast, as a query may be asked only once.
    /// </summary>
    Searches,
}

/// <summary>One representation of a published page: its bytes in one content coding, and the strong validator for them.</summary>
public sealed record PageVariant(string? ContentEncoding, byte[] Body, string ETag);

/// <summary>A rendered page in every content coding it is served in, and the content it was rendered from.</summary>
public sealed class PublishedPage
{
    // Each coding is made when a client first asks for it, once (readers asking meanwhile wait for that one): a page's
    // first reader does not wait for a coding it did not ask for, and one nobody asks for is never made.
    private readonly Lazy<PageVariant> _gzip;
    private readonly Lazy<PageVariant> _brotli;
    private readonly string _gzipETag;
    private readonly string _brotliETag;

    private PublishedPage(string contentType, byte[] body, string hash, PublishedShelf shelf, IReadOnlyList<string> tags)
    {
        ContentType = contentType;
        Identity = new PageVariant(null, body, $"\"{hash}\"");
        Shelf = shelf;
        Tags = tags;
        _gzipETag = $"\"{hash}-gz\"";
        _brotliETag = $"\"{hash}-br\"";
        var best = shelf == PublishedShelf.Pages;
        _gzip = new(() => new PageVariant("gzip", Compress(body, s => new GZipStream(s, best ? CompressionLevel.SmallestSize : CompressionLevel.Fastest)), _gzipETag));
        _brotli = new(() => new PageVariant("br", CompressBrotli(body, quality: best ? 11 : 5), _brotliETag));
    }

    public string ContentType { get; }

    public PageVariant Identity { get; }

    public PageVariant Gzip => _gzip.Value;

    public PageVariant Brotli => _brotli.Value;

    public PublishedShelf Shelf { get; }

    /// <summary>What the page was rendered from (an article, or the list of all); an import that changes it evicts the page.</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>
    /// What the page may hold in memory, counted when it is kept: its bytes, and as much again for its compressed forms
    /// (text compresses to a fifth or less in either coding, so together they stay well under that).
    /// </summary>
    public long Size => 2L * Identity.Body.Length;

    /// <summary>
    /// Compresses once per coding (pages at the best ratio): the cost is paid on the first request of a content version, the
    /// saving on every other. The validator is a hash of the bytes, so every instance that renders the same content with the
    /// same build agrees on it.
    /// </summary>
    public static PublishedPage Create(string contentType, byte[] body, IReadOnlyList<string> tags, PublishedShelf shelf = PublishedShelf.Pages)
    {
        body = WithoutComponentState(body);
        return new PublishedPage(contentType, body, Base64Url(SHA256.HashData(body).AsSpan(0, 12)), shelf, tags);
    }

    /// <summary>The validator of the page in <paramref name="coding"/>, known without compressing anything.</summary>
    public string ETagIn(ContentCoding coding) => coding switch
    {
        ContentCoding.Brotli => _brotliETag,
        ContentCoding.Gzip => _gzipETag,
        _ => Identity.ETag,
    };

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

    private static byte[] CompressBrotli(byte[] body, int quality)
    {
        // A 4 MiB window: pages are far smaller, so the window covers all of one. Quality 11 gives the smallest output.
        var output = new byte[BrotliEncoder.GetMaxCompressedLength(body.Length)];
        return BrotliEncoder.TryCompress(body, output, out var written, quality, window: 22)
            ? output[..written]
            : Compress(body, s => new BrotliStream(s, CompressionLevel.SmallestSize));
    }

    private static string Base64Url(ReadOnlySpan<byte> bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

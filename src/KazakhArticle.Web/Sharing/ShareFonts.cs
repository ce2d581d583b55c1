using System.Security.Cryptography;
using SkiaSharp;

namespace KazakhArticle.Web.Sharing;

/// <summary>
/// The faces share images are set in, read from the app's own assembly: Noto Naskh Arabic (the site's Arabic face) and
/// Noto Sans (its interface face), SIL OFL 1.1, cut down to the Arabic and Latin the titles use (docs/fonts.md).
/// </summary>
/// <remarks>
/// Nothing comes from the machine: no fontconfig, no system font, so a fresh CI machine, a developer's laptop and a
/// production image without fonts draw the same image. The site's own files are WOFF2, which Skia's FreeType cannot
/// read; these are TrueType. Read when an instance first draws an image, not at start-up.
/// </remarks>
public sealed class ShareFonts : IDisposable
{
    private static readonly string[] Files = ["NotoNaskhArabic-Bold.ttf", "NotoNaskhArabic-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Regular.ttf"];

    /// <summary>
    /// A hash of the fonts' bytes (<see cref="HashOfFiles"/>): part of every image's version, so new fonts make new URLs.
    /// Written here rather than computed, so that an article page, which names its image by that version, reads no font
    /// (reading and hashing them added about 10 ms to a new instance's first article page); a test fails, with the new
    /// value, when the files no longer hash to it.
    /// </summary>
    public const string Fingerprint = "f8c51577c1c358da";

    private readonly Lazy<SKTypeface[]> _faces = new(() => [.. Read().Select(Face)]);

    public SKTypeface ArabicBold => _faces.Value[0];

    public SKTypeface Arabic => _faces.Value[1];

    public SKTypeface LatinBold => _faces.Value[2];

    public SKTypeface Latin => _faces.Value[3];

    /// <summary>What <see cref="Fingerprint"/> must be: the first 16 hex digits of SHA-256 over the files, in order.</summary>
    internal static string HashOfFiles()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Read())
        {
            hash.AppendData(file);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    private static byte[][] Read() => [.. Files.Select(file =>
    {
        var name = $"{typeof(ShareFonts).Namespace}.Fonts.{file}";
        using var stream = typeof(ShareFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The font {name} is not in the assembly (see KazakhArticle.Web.csproj).");
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    })];

    private static SKTypeface Face(byte[] file)
    {
        using var data = SKData.CreateCopy(file);
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException("Skia could not read one of the share image's fonts.");
    }

    public void Dispose()
    {
        if (_faces.IsValueCreated)
        {
            foreach (var face in _faces.Value)
            {
                face.Dispose();
            }
        }
    }
}

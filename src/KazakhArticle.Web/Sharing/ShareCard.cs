using System.Security.Cryptography;
using System.Text;
using KazakhArticle.Core.Content;
using KazakhArticle.Core.Reading;

namespace KazakhArticle.Web.Sharing;

/// <summary>One edition's lines on a share image: its title, and who wrote it where.</summary>
public sealed record ShareCardText(string Language, string Title, string Byline)
{
    public bool RightToLeft => Languages.IsRightToLeft(Language);

    public static ShareCardText Of(EditionView edition) =>
        new(edition.Language, edition.Title, edition.Outlet is { } outlet ? $"{edition.Author} · {outlet}" : edition.Author);
}

/// <summary>
/// Everything a share image shows, and nothing else: the image is drawn from this alone, so its version (a hash of it)
/// names the image's bytes. An edit to a paragraph leaves it alone; a new title or author makes a new version.
/// </summary>
/// <param name="Title">The large title: the Arabic edition's, or the original's when there is none in Arabic.</param>
/// <param name="Other">The title under it: the English edition's, or the other edition's; none for an article in one language.</param>
public sealed record ShareCard(string Slug, string SiteName, ShareCardText Title, ShareCardText? Other)
{
    /// <summary>The language the large title is in when the article has it.</summary>
    public const string TitleLanguage = "ar";

    /// <summary>The language the title under it is in when the article has it.</summary>
    public const string OtherLanguage = "en";

    public static ShareCard Of(ArticleView article, string siteName)
    {
        var title = article.Editions.FirstOrDefault(e => e.Language == TitleLanguage) ?? article.Original;
        var other = article.Editions.Where(e => e != title).OrderBy(e => e.Language == OtherLanguage ? 0 : 1).FirstOrDefault();
        return new ShareCard(article.Slug, siteName, ShareCardText.Of(title), other is null ? null : ShareCardText.Of(other));
    }

    /// <summary>Whether <paramref name="text"/> has the form of a <see cref="Version"/>.</summary>
    public static bool IsVersion(string text) => text.Length == VersionLength && text.All(char.IsAsciiHexDigitLower);

    private const int VersionLength = 16;

    /// <summary>
    /// A hash of what the image shows and of how it is drawn (<paramref name="design"/>: the renderer's version and the
    /// fonts'), as 16 URL-safe characters: the same on every instance that runs the same build over the same content.
    /// </summary>
    public string Version(string design)
    {
        var text = new StringBuilder()
            .Append(design).Append('\n').Append(Slug).Append('\n').Append(SiteName).Append('\n');
        foreach (var part in new[] { Title, Other })
        {
            text.Append(part?.Language).Append('\n').Append(part?.Title).Append('\n').Append(part?.Byline).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..VersionLength];
    }
}

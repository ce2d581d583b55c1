using System.Security.Cryptography;
using System.Text;
using KazakhArticle.Core.Search;
using KazakhArticle.Core.Storage;

namespace KazakhArticle.Core.Tests.Storage;

/// <summary>
/// A cache keeps the index terms (and surfaces) it was written with: a build that analyses text differently must not read them. So the
/// terms of a fixed text are pinned to the cache version; a change to the analyzer fails here until the version is bumped.
/// </summary>
public sealed class CacheVersionTests
{
    // Prefixes, clitics, suffixes, marks, alef and ta marbuta forms, digits, and English for the porter side.
    private const string Sample = """
        وقالت كازاخستان إن الجمهوريات السوفياتية السابقة، بالإضافة إلى الصين وروسيا وإيران، للتعاون الاقتصادي في بكين
        والمدن الكبرى؛ وفي عام ١٩٩١ أعلنت استقلالها. الإسلامِيَّة والاسلامية، أَلماآتي، نورسلطان، ـــ لروسيا فالحزب كالعادة، والمدينة الرئيسية.
        Kazakhstan's Nazarbayev and Tokayev: the Collective Security Treaty Organisation, 1991, investments.
        """;

    [Fact]
    public void The_terms_of_a_fixed_text_are_those_of_this_cache_version()
    {
        var indexed = TextAnalyzer.IndexText(Sample) + "\n" + TextAnalyzer.SurfaceText(Sample);
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(indexed)))[..16];

        // After changing the analyzer on purpose: bump ReaderDatabase.CacheVersion, and put both new values here.
        Assert.Equal((11, "9297711CAC2C0A95"), (ReaderDatabase.CacheVersion, hash));
    }
}

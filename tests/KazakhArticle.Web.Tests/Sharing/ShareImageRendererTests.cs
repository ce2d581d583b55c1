using KazakhArticle.Web.Sharing;
using SkiaSharp;

namespace KazakhArticle.Web.Tests.Sharing;

/// <summary>
/// The share image as drawn: Arabic shaped (joined letters, right to left) by HarfBuzz, titles broken between words to
/// fit, and a PNG of the size link previews ask for. Each image drawn here is saved under
/// <c>TestResults/share-images/</c>, to be looked at.
/// </summary>
public sealed class ShareImageRendererTests : IDisposable
{
    private const string Kazakhstan = "كازاخستان";

    private static readonly string ArtifactsFolder = Path.Combine(RepositoryPaths.Root, "TestResults", "share-images");

    private readonly ShareFonts _fonts = new();
    private readonly TextShaper _shaper = new();

    private static readonly ShareCard ShippedCard = new(
        Shipped.Slug,
        "KazakhArticle",
        new ShareCardText("ar", "كازاخستان تختار الخط الأوراسي الحليف لروسيا والصين وإيران", "جورج حداد · موقع العهد الإخباري"),
        new ShareCardText("en", "Kazakhstan Chooses the Eurasian Line Allied with Russia, China and Iran", "George Haddad · al-Ahed News Website"));

    private TextStyle Arabic(float size = 64) => new(_fonts.ArabicBold, _fonts.LatinBold, size, RightToLeft: true, "ar");

    /// <summary>The glyphs shaped from each character of a one-run line, in the order of the text.</summary>
    private static ushort[][] GlyphsByLetter(ShapedLine line, string text)
    {
        var run = Assert.Single(line.Runs);
        return [.. Enumerable.Range(0, text.Length).Select(letter => run.Glyphs.Where((_, i) => run.Clusters[i] == letter).ToArray())];
    }

    [Fact]
    public void Arabic_letters_take_the_form_their_neighbours_ask_for()
    {
        var inWord = GlyphsByLetter(_shaper.Shape(Kazakhstan, Arabic()), Kazakhstan);
        // Each letter shaped alone: its isolated form (Naskh draws a dotted letter as its dotless body and its dots).
        var alone = Kazakhstan.Select(letter => GlyphsByLetter(_shaper.Shape(letter.ToString(), Arabic()), letter.ToString())[0]).ToArray();

        // ك joins ا (initial, final); ز and the ا after it join nothing on their left (isolated); خ س ت ا are joined on
        // both sides or on their right; ن follows an ا, which never joins forward (isolated).
        bool[] joined = [true, true, false, false, true, true, true, true, false];
        for (var letter = 0; letter < Kazakhstan.Length; letter++)
        {
            Assert.True(
                joined[letter] == !inWord[letter].SequenceEqual(alone[letter]),
                $"letter {letter} ({Kazakhstan[letter]}): in the word {string.Join(',', inWord[letter])}, alone {string.Join(',', alone[letter])}");
        }

        // Unshaped, each letter would be its one glyph from the font's character map.
        using var font = new SKFont(_fonts.ArabicBold, 64);
        Assert.NotEqual(font.GetGlyphs(Kazakhstan), inWord.Select(glyphs => glyphs[0]));
    }

    [Fact]
    public void Arabic_is_drawn_right_to_left()
    {
        var run = Assert.Single(_shaper.Shape(Kazakhstan, Arabic()).Runs);

        Assert.True(run.RightToLeft);
        // Drawn left to right, the glyphs start with the last letter and end with the first.
        Assert.Equal((uint)(Kazakhstan.Length - 1), run.Clusters[0]);
        Assert.Equal(0u, run.Clusters[^1]);
        Assert.True(run.Clusters.Zip(run.Clusters.Skip(1)).All(pair => pair.First >= pair.Second));
        Assert.True(run.Positions[^1].X > run.Positions[Array.IndexOf(run.Clusters, 1u)].X);
    }

    [Fact]
    public void A_year_in_an_arabic_title_is_set_left_to_right_inside_it()
    {
        const string Text = "احتجاجات 2022";
        var line = _shaper.Shape(Text, Arabic());

        Assert.Equal(2, line.Runs.Count);
        var year = line.Runs[0];
        Assert.False(year.RightToLeft);
        Assert.Equal([9u, 10u, 11u, 12u], year.Clusters);
        Assert.True(line.Runs[1].RightToLeft);
        Assert.True(line.Runs[1].Positions[0].X >= year.Positions[^1].X);
    }

    [Fact]
    public void A_line_is_as_wide_as_its_shaped_glyphs()
    {
        var line = _shaper.Shape(Kazakhstan, Arabic(64));
        var larger = _shaper.Shape(Kazakhstan, Arabic(128));

        Assert.InRange(line.Width, 150, 600);
        Assert.Equal(2 * line.Width, larger.Width, 1);
    }

    [Fact]
    public void A_long_title_is_broken_between_words_into_lines_that_fit()
    {
        var title = ShippedCard.Title.Title + " " + ShippedCard.Title.Title;

        var block = _shaper.Fit(title, Arabic(), 1056, 400, 3, 1.6f, 72, 40);

        Assert.InRange(block.Lines.Count, 2, 3);
        Assert.All(block.Lines, line => Assert.True(line.Width <= 1056, $"{line.Width}"));
        Assert.False(block.Truncated);
        Assert.Equal(title, string.Join(' ', block.Lines.Select(line => line.Text)));
    }

    [Fact]
    public void A_title_too_long_for_the_room_is_cut_at_a_word_with_an_ellipsis()
    {
        var title = string.Join(' ', Enumerable.Repeat(ShippedCard.Title.Title, 6));

        var block = _shaper.Fit(title, Arabic(), 1056, 200, 3, 1.6f, 72, 40);

        Assert.True(block.Truncated);
        Assert.Equal(40, block.Size);
        Assert.True(block.Lines.Count * 40 * 1.6f <= 200);
        Assert.EndsWith("…", block.Lines[^1].Text, StringComparison.Ordinal);
        Assert.All(block.Lines, line => Assert.True(line.Width <= 1056));
    }

    [Fact]
    public void The_image_is_a_1200_by_630_png()
    {
        var png = new ShareImageRenderer(_fonts).Render(ShippedCard);
        Save("shipped-article.png", png);

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal(1200, bitmap.Width);
        Assert.Equal(630, bitmap.Height);
        // The site's accent along the top, its background behind the text.
        Assert.Equal(SKColor.Parse("#0b5c8a"), bitmap.GetPixel(600, 4));
        Assert.Equal(SKColor.Parse("#fdfdfb"), bitmap.GetPixel(8, 300));
    }

    [Fact]
    public void The_same_card_draws_the_same_bytes()
    {
        var renderer = new ShareImageRenderer(_fonts);

        Assert.Equal(renderer.Render(ShippedCard), renderer.Render(ShippedCard));
    }

    [Fact]
    public void Titles_of_every_length_and_script_are_drawn()
    {
        var renderer = new ShareImageRenderer(_fonts);
        ShareCard[] cards =
        [
            ShippedCard with { Other = null },
            ShippedCard with
            {
                Title = ShippedCard.Title with { Title = "في عام 2022، اندلعت احتجاجات واسعة في ألماتي (CSTO) وقُتل 225 شخصًا بينما أعلنت الحكومة حالة الطوارئ لمدة أسبوعين في كامل أراضي الجمهورية" },
                Other = ShippedCard.Other! with { Title = "In 2022 wide protests broke out in Almaty (طريق الحرير) and 225 people were killed while the government declared a state of emergency for two weeks" },
            },
            new ShareCard("english-only", "KazakhArticle", ShippedCard.Other!, null),
        ];

        for (var i = 0; i < cards.Length; i++)
        {
            var png = renderer.Render(cards[i]);
            Save($"card-{i}.png", png);
            using var bitmap = SKBitmap.Decode(png);
            Assert.Equal((1200, 630), (bitmap.Width, bitmap.Height));
        }
    }

    [Fact]
    public void The_version_changes_with_what_the_image_shows_and_how_it_is_drawn()
    {
        var version = ShippedCard.Version("1:fonts");

        Assert.True(ShareCard.IsVersion(version));
        Assert.Equal(version, ShippedCard.Version("1:fonts"));
        Assert.NotEqual(version, (ShippedCard with { Title = ShippedCard.Title with { Title = "عنوان آخر" } }).Version("1:fonts"));
        Assert.NotEqual(version, (ShippedCard with { Other = ShippedCard.Other! with { Byline = "Someone else" } }).Version("1:fonts"));
        Assert.NotEqual(version, ShippedCard.Version("2:fonts"));
        Assert.False(ShareCard.IsVersion("7F574D7C72571857"));
        Assert.False(ShareCard.IsVersion("7f574d7c7257185"));
    }

    [Fact]
    public void The_fonts_fingerprint_is_the_hash_of_the_embedded_files()
    {
        // When the fonts change, write the new value in ShareFonts.Fingerprint: images drawn with them get new URLs.
        Assert.Equal(ShareFonts.Fingerprint, ShareFonts.HashOfFiles());
    }

    private static void Save(string name, byte[] png)
    {
        Directory.CreateDirectory(ArtifactsFolder);
        File.WriteAllBytes(Path.Combine(ArtifactsFolder, name), png);
    }

    public void Dispose()
    {
        _shaper.Dispose();
        _fonts.Dispose();
    }
}

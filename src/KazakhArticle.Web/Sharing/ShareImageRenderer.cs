using SkiaSharp;

namespace KazakhArticle.Web.Sharing;

/// <summary>
/// Draws an article's share image: 1200 × 630 PNG (the size Open Graph and X's large card ask for), the site's name,
/// the title in Arabic set large and right to left, the English title under it, and the bylines, in the site's light
/// palette (<c>wwwroot/app.css</c>).
/// </summary>
public sealed class ShareImageRenderer(ShareFonts fonts)
{
    public const int Width = 1200;
    public const int Height = 630;
    public const string ContentType = "image/png";

    /// <summary>
    /// The drawing's version, part of every image's (<see cref="ShareCard.Version"/>): change it with anything that
    /// changes the pixels (layout, sizes, colours), so that caches told the image never changes get a new URL.
    /// </summary>
    public const string DesignVersion = "1";

    // The light theme's tokens (app.css: --background, --text, --muted, --rule, --accent).
    private static readonly SKColor Background = SKColor.Parse("#fdfdfb");
    private static readonly SKColor Text = SKColor.Parse("#1d1d1f");
    private static readonly SKColor Muted = SKColor.Parse("#55555b");
    private static readonly SKColor Rule = SKColor.Parse("#d4d2ca");
    private static readonly SKColor Accent = SKColor.Parse("#0b5c8a");

    private const float Margin = 72;
    private const float Right = Width - Margin;
    private const float Measure = Width - (2 * Margin);
    private const float HeaderRule = 118;
    private const float FooterRule = 526;
    private const float Gap = 34;

    /// <summary>What the version of an image depends on besides its card: this drawing and its fonts.</summary>
    public const string Design = DesignVersion + ":" + ShareFonts.Fingerprint;

    public byte[] Render(ShareCard card)
    {
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Opaque))
            ?? throw new InvalidOperationException("Skia could not make a surface to draw on.");
        var canvas = surface.Canvas;
        canvas.Clear(Background);
        using var shaper = new TextShaper();
        using var fill = new SKPaint { IsAntialias = true };

        fill.Color = Accent;
        canvas.DrawRect(0, 0, Width, 12, fill);
        fill.Color = Rule;
        canvas.DrawRect(Margin, HeaderRule, Measure, 2, fill);
        canvas.DrawRect(Margin, FooterRule, Measure, 2, fill);

        // The site's name, as its header writes it.
        var name = shaper.Fit(card.SiteName, Style(fonts.LatinBold, rightToLeft: false, "en"), Measure / 2, 40, 1, 1.2f, 30, 20);
        DrawBlock(canvas, name, Margin, 58, 1.2f, rightToLeft: false, Accent);

        // The bylines along the foot, each on its title's side.
        var half = (Measure / 2) - 24;
        foreach (var text in new[] { card.Title, card.Other })
        {
            if (text is not null)
            {
                var byline = shaper.Fit(text.Byline, Style(text, bold: false), half, 44, 1, 1.3f, 26, 18);
                DrawBlock(canvas, byline, StartOf(text.RightToLeft), FooterRule + 22, 1.3f, text.RightToLeft, Muted);
            }
        }

        // The titles between the rules, centred in the room there: the English first, so the Arabic gets what is left.
        var room = FooterRule - HeaderRule - 56;
        var other = card.Other is { } o ? shaper.Fit(o.Title, Style(o, bold: true), Measure, 2 * 40 * OtherLeading, 2, OtherLeading, 40, 28) : null;
        var otherHeight = other is null ? 0 : BlockHeight(other, OtherLeading) + Gap;
        var title = shaper.Fit(card.Title.Title, Style(card.Title, bold: true), Measure, room - otherHeight, 3, TitleLeading(card.Title), 72, 40);
        var top = HeaderRule + 2 + ((FooterRule - HeaderRule - (BlockHeight(title, TitleLeading(card.Title)) + otherHeight)) / 2);
        DrawBlock(canvas, title, StartOf(card.Title.RightToLeft), top, TitleLeading(card.Title), card.Title.RightToLeft, Text);
        if (other is not null)
        {
            var ruleTop = top + BlockHeight(title, TitleLeading(card.Title)) + ((Gap - 4) / 2);
            fill.Color = Accent;
            canvas.DrawRect(card.Other!.RightToLeft ? Right - 72 : Margin, ruleTop, 72, 4, fill);
            DrawBlock(canvas, other, StartOf(card.Other.RightToLeft), top + BlockHeight(title, TitleLeading(card.Title)) + Gap, OtherLeading, card.Other.RightToLeft, Text);
        }

        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100)
            ?? throw new InvalidOperationException("Skia could not encode the share image.");
        return png.ToArray();
    }

    private const float OtherLeading = 1.25f;

    // Naskh's letters reach far above and below the line (marks, descending tails): its lines need more room than Latin's.
    private static float TitleLeading(ShareCardText text) => text.RightToLeft ? 1.6f : 1.2f;

    private static float BlockHeight(ShapedBlock block, float leading) => block.Lines.Count * block.Size * leading;

    private static float StartOf(bool rightToLeft) => rightToLeft ? Right : Margin;

    private TextStyle Style(ShareCardText text, bool bold) => text.RightToLeft
        ? new TextStyle(bold ? fonts.ArabicBold : fonts.Arabic, bold ? fonts.LatinBold : fonts.Latin, 0, true, text.Language)
        : new TextStyle(bold ? fonts.LatinBold : fonts.Latin, bold ? fonts.ArabicBold : fonts.Arabic, 0, false, text.Language);

    private TextStyle Style(SKTypeface face, bool rightToLeft, string language) =>
        new(face, face == fonts.LatinBold ? fonts.ArabicBold : fonts.Arabic, 0, rightToLeft, language);

    /// <summary>
    /// Draws the lines of a block from <paramref name="top"/>, each line's box <paramref name="leading"/> times the size
    /// tall with the text centred in it, starting at <paramref name="start"/>: its right edge for right-to-left text.
    /// </summary>
    private static void DrawBlock(SKCanvas canvas, ShapedBlock block, float start, float top, float leading, bool rightToLeft, SKColor color)
    {
        using var paint = new SKPaint { Color = color, IsAntialias = true };
        var lineHeight = block.Size * leading;
        for (var i = 0; i < block.Lines.Count; i++)
        {
            var line = block.Lines[i];
            if (line.Runs.Count == 0)
            {
                continue;
            }

            using var builder = new SKTextBlobBuilder();
            var fonts = new List<SKFont>();
            try
            {
                foreach (var run in line.Runs)
                {
                    var font = Font(run.Face, block.Size);
                    fonts.Add(font);
                    builder.AddPositionedRun(run.Glyphs, font, run.Positions);
                }

                using var blob = builder.Build();
                if (blob is null)
                {
                    continue;
                }

                // The baseline that centres the first face's ascent and descent in the line's box.
                var metrics = fonts[0].Metrics;
                var baseline = top + (i * lineHeight) + ((lineHeight - (metrics.Descent - metrics.Ascent)) / 2) - metrics.Ascent;
                var x = rightToLeft ? start - line.Width : start;
                canvas.DrawText(blob, x, baseline, paint);
            }
            finally
            {
                foreach (var font in fonts)
                {
                    font.Dispose();
                }
            }
        }
    }

    // Outlines as designed (no hinting), smoothed without colour fringes: the image is scaled by whoever shows it.
    private static SKFont Font(SKTypeface face, float size) =>
        new(face, size) { Edging = SKFontEdging.Antialias, Hinting = SKFontHinting.None, Subpixel = true };
}

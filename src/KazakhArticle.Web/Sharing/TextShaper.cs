using System.Text;
using HarfBuzzSharp;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace KazakhArticle.Web.Sharing;

/// <summary>How a block of text is set: its face (and the one for characters the face lacks), size, direction and language.</summary>
internal sealed record TextStyle(SKTypeface Face, SKTypeface Fallback, float Size, bool RightToLeft, string Language)
{
    public TextStyle WithSize(float size) => this with { Size = size };
}

/// <summary>
/// Shaped glyphs in one face and one direction, positioned from the start of their line, in the order they are drawn
/// (left to right); each glyph's cluster is the index in the line's text of the character it was shaped from.
/// </summary>
internal sealed record GlyphRun(SKTypeface Face, ushort[] Glyphs, SKPoint[] Positions, uint[] Clusters, bool RightToLeft, int Start, int Length);

/// <summary>One line of text as drawn: its runs in visual order (left to right) and its width.</summary>
internal sealed record ShapedLine(string Text, IReadOnlyList<GlyphRun> Runs, float Width);

/// <summary>A block of lines set at one size, and whether the text had to be cut to fit.</summary>
internal sealed record ShapedBlock(IReadOnlyList<ShapedLine> Lines, float Size, bool Truncated);

/// <summary>
/// Sets text with HarfBuzz: Arabic letters take their joined forms and ligatures, marks sit on their letters, each
/// direction is shaped on its own and the runs are ordered by <see cref="BidiText"/>; lines are broken between words,
/// measured as shaped. One per image: it holds a HarfBuzz font per face, which it frees when disposed.
/// </summary>
internal sealed class TextShaper : IDisposable
{
    private const string Ellipsis = "…";

    private readonly Dictionary<SKTypeface, SKShaper> _shapers = [];

    public ShapedLine Shape(string text, TextStyle style)
    {
        var pieces = new List<(BidiRun Run, SKTypeface Face)>();
        foreach (var run in BidiText.Runs(text, style.RightToLeft))
        {
            pieces.AddRange(ByFace(text, run, style));
        }

        var runs = new List<GlyphRun>();
        var x = 0f;
        foreach (var (run, face) in BidiText.Visual(pieces, p => p.Run.Level))
        {
            var shaped = ShapeRun(text, run, face, style);
            runs.Add(new GlyphRun(
                face,
                [.. shaped.Codepoints.Select(glyph => (ushort)glyph)],
                [.. shaped.Points.Select(point => new SKPoint(point.X + x, point.Y))],
                shaped.Clusters,
                run.IsRightToLeft,
                run.Start,
                run.Length));
            x += shaped.Width;
        }

        return new ShapedLine(text, runs, x);
    }

    /// <summary>
    /// The text at the largest size from <paramref name="largest"/> down to <paramref name="smallest"/> (in steps of 2)
    /// at which it fits: broken between words into lines of <paramref name="width"/>, at most <paramref name="maxLines"/>
    /// of them and, <paramref name="leading"/> times the size apart, no taller than <paramref name="height"/>. When it
    /// does not fit even at the smallest, the words that do not are cut and an ellipsis ends the last line.
    /// </summary>
    public ShapedBlock Fit(string text, TextStyle style, float width, float height, int maxLines, float leading, float largest, float smallest)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var size = largest; ; size = Math.Max(smallest, size - 2))
        {
            var sized = style.WithSize(size);
            var lines = Wrap(words, sized, width);
            var room = Math.Max(1, Math.Min(maxLines, (int)(height / (size * leading))));
            if (lines.Count <= room && lines.All(line => line.Width <= width))
            {
                return new ShapedBlock(lines, size, Truncated: false);
            }

            if (size <= smallest)
            {
                return new ShapedBlock(Truncate(words, lines, sized, width, room), size, Truncated: true);
            }
        }
    }

    private List<ShapedLine> Wrap(string[] words, TextStyle style, float width)
    {
        var lines = new List<ShapedLine>();
        ShapedLine? current = null;
        foreach (var word in words)
        {
            if (current is null)
            {
                current = Shape(word, style);
                continue;
            }

            var longer = Shape($"{current.Text} {word}", style);
            if (longer.Width <= width)
            {
                current = longer;
            }
            else
            {
                lines.Add(current);
                current = Shape(word, style);
            }
        }

        if (current is not null)
        {
            lines.Add(current);
        }

        return lines;
    }

    private List<ShapedLine> Truncate(string[] words, List<ShapedLine> lines, TextStyle style, float width, int maxLines)
    {
        var kept = lines.Take(maxLines - 1).ToList();
        var used = kept.Sum(line => line.Text.Split(' ').Length);
        var rest = words.Skip(used).ToList();
        var last = Shape(string.Join(' ', rest) + Ellipsis, style);
        while (rest.Count > 1 && last.Width > width)
        {
            rest.RemoveAt(rest.Count - 1);
            last = Shape(string.Join(' ', rest) + Ellipsis, style);
        }

        kept.Add(last);
        return kept;
    }

    /// <summary>
    /// A run split where its face lacks a character the fallback has (a Latin letter with a rare accent in an Arabic title,
    /// say). Spaces, marks and joiners stay with the text around them, so a word is never split between faces.
    /// </summary>
    private static IEnumerable<(BidiRun Run, SKTypeface Face)> ByFace(string text, BidiRun run, TextStyle style)
    {
        using var face = new SKFont(style.Face);
        using var fallback = new SKFont(style.Fallback);
        var start = run.Start;
        SKTypeface? current = null;
        for (var i = run.Start; i < run.End;)
        {
            var rune = Rune.GetRuneAt(text, i);
            var category = Rune.GetUnicodeCategory(rune);
            var sticks = Rune.IsWhiteSpace(rune) || category is System.Globalization.UnicodeCategory.NonSpacingMark
                or System.Globalization.UnicodeCategory.EnclosingMark or System.Globalization.UnicodeCategory.Format;
            if (!sticks)
            {
                var chosen = face.ContainsGlyph(rune.Value) || !fallback.ContainsGlyph(rune.Value) ? style.Face : style.Fallback;
                if (current is not null && chosen != current)
                {
                    yield return (run with { Start = start, Length = i - start }, current);
                    start = i;
                }

                current = chosen;
            }

            i += rune.Utf16SequenceLength;
        }

        yield return (run with { Start = start, Length = run.End - start }, current ?? style.Face);
    }

    private SKShaper.Result ShapeRun(string text, BidiRun run, SKTypeface face, TextStyle style)
    {
        if (!_shapers.TryGetValue(face, out var shaper))
        {
            _shapers[face] = shaper = new SKShaper(face);
        }

        using var buffer = new HarfBuzzSharp.Buffer();
        // The whole line goes in, the run marked as the item: HarfBuzz then joins a letter to its neighbour across the
        // edge of a run (an Arabic word split between faces still joins).
        buffer.AddUtf16(text, run.Start, run.Length);
        buffer.Direction = run.IsRightToLeft ? Direction.RightToLeft : Direction.LeftToRight;
        buffer.Language = new Language(style.Language);
        buffer.GuessSegmentProperties();
        using var font = new SKFont(face, style.Size);
        return shaper.Shape(buffer, font);
    }

    public void Dispose()
    {
        foreach (var shaper in _shapers.Values)
        {
            shaper.Dispose();
        }

        _shapers.Clear();
    }
}

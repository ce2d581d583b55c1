using System.Globalization;
using System.Text;

namespace KazakhArticle.Web.Sharing;

/// <summary>A stretch of a line in one direction: <see cref="Level"/> is its bidi embedding level (odd is right to left).</summary>
internal readonly record struct BidiRun(int Start, int Length, int Level)
{
    public bool IsRightToLeft => (Level & 1) == 1;

    public int End => Start + Length;
}

/// <summary>
/// The part of the Unicode bidirectional algorithm (UAX #9) that one line of a title needs: the levels of its characters
/// and the order its runs are drawn in. HarfBuzz shapes one direction at a time and never reorders, so without this a
/// year in an Arabic title ("عام 2022") would be drawn "2202", and an Arabic name in an English title backwards.
/// </summary>
/// <remarks>
/// A title is one paragraph without explicit embeddings, isolates or overrides, so the rules that matter are W1–W7
/// (marks, numbers and their separators), N1–N2 (neutrals) and I1–I2 (levels), then L2 to order the runs; the classes
/// are worked out from the Unicode blocks of the scripts the reader serves (Arabic, Hebrew) and .NET's categories.
/// </remarks>
internal static class BidiText
{
    private enum Kind : byte
    {
        L,
        R,
        AL,
        EN,
        AN,
        ES,
        CS,
        ET,
        NSM,
        N,
    }

    /// <summary>The runs of <paramref name="text"/> in logical order, each with its level, in a paragraph of the given direction.</summary>
    public static IReadOnlyList<BidiRun> Runs(string text, bool rightToLeft)
    {
        var levels = Levels(text, rightToLeft);
        var runs = new List<BidiRun>();
        var start = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i == text.Length || levels[i] != levels[start])
            {
                if (i > start)
                {
                    runs.Add(new BidiRun(start, i - start, levels[start]));
                }

                start = i;
            }
        }

        return runs;
    }

    /// <summary>Rule L2: the runs in the order they are drawn, left to right.</summary>
    public static IReadOnlyList<T> Visual<T>(IReadOnlyList<T> logical, Func<T, int> level)
    {
        var order = logical.ToArray();
        if (order.Length == 0)
        {
            return order;
        }

        var highest = order.Max(level);
        var lowestOdd = order.Select(level).Where(l => (l & 1) == 1).DefaultIfEmpty(highest + 1).Min();
        // From the highest level down to the lowest odd one, reverse every sequence of runs at that level or above.
        for (var current = highest; current >= lowestOdd; current--)
        {
            for (var i = 0; i < order.Length;)
            {
                if (level(order[i]) < current)
                {
                    i++;
                    continue;
                }

                var end = i;
                while (end < order.Length && level(order[end]) >= current)
                {
                    end++;
                }

                Array.Reverse(order, i, end - i);
                i = end;
            }
        }

        return order;
    }

    /// <summary>The embedding level of every UTF-16 unit of <paramref name="text"/>.</summary>
    internal static int[] Levels(string text, bool rightToLeft)
    {
        var kinds = Classify(text);
        var paragraph = rightToLeft ? Kind.R : Kind.L;

        // W1: a mark takes the class of what it marks.
        for (var i = 0; i < kinds.Length; i++)
        {
            if (kinds[i] == Kind.NSM)
            {
                kinds[i] = i == 0 ? paragraph : kinds[i - 1];
            }
        }

        // W2: European digits after Arabic letters are Arabic numbers; W3: Arabic letters are then plain right to left.
        var lastStrong = paragraph;
        for (var i = 0; i < kinds.Length; i++)
        {
            switch (kinds[i])
            {
                case Kind.L or Kind.R or Kind.AL:
                    lastStrong = kinds[i];
                    break;
                case Kind.EN when lastStrong == Kind.AL:
                    kinds[i] = Kind.AN;
                    break;
            }
        }

        for (var i = 0; i < kinds.Length; i++)
        {
            if (kinds[i] == Kind.AL)
            {
                kinds[i] = Kind.R;
            }
        }

        // W4: one separator between two numbers of a kind belongs to them (2,700,025; 12:30; 1991-2022).
        for (var i = 1; i < kinds.Length - 1; i++)
        {
            if (kinds[i - 1] == kinds[i + 1]
                && ((kinds[i] == Kind.CS && kinds[i - 1] is Kind.EN or Kind.AN) || (kinds[i] == Kind.ES && kinds[i - 1] == Kind.EN)))
            {
                kinds[i] = kinds[i - 1];
            }
        }

        // W5: a currency or percent sign next to European digits goes with them; W6: other separators are neutral.
        for (var i = 0; i < kinds.Length; i++)
        {
            if (kinds[i] != Kind.ET)
            {
                continue;
            }

            var end = i;
            while (end < kinds.Length && kinds[end] == Kind.ET)
            {
                end++;
            }

            var touchesNumber = (i > 0 && kinds[i - 1] == Kind.EN) || (end < kinds.Length && kinds[end] == Kind.EN);
            for (var j = i; j < end; j++)
            {
                kinds[j] = touchesNumber ? Kind.EN : Kind.N;
            }

            i = end - 1;
        }

        for (var i = 0; i < kinds.Length; i++)
        {
            if (kinds[i] is Kind.CS or Kind.ES)
            {
                kinds[i] = Kind.N;
            }
        }

        // W7: European digits after left-to-right text (or at the start of a left-to-right line) are left to right.
        lastStrong = paragraph;
        for (var i = 0; i < kinds.Length; i++)
        {
            if (kinds[i] is Kind.L or Kind.R)
            {
                lastStrong = kinds[i];
            }
            else if (kinds[i] == Kind.EN && lastStrong == Kind.L)
            {
                kinds[i] = Kind.L;
            }
        }

        // N1, N2: neutrals between text of one direction take it (numbers count as right to left); otherwise the line's.
        for (var i = 0; i < kinds.Length; i++)
        {
            if (kinds[i] != Kind.N)
            {
                continue;
            }

            var end = i;
            while (end < kinds.Length && kinds[end] == Kind.N)
            {
                end++;
            }

            var before = i == 0 ? paragraph : Direction(kinds[i - 1]);
            var after = end == kinds.Length ? paragraph : Direction(kinds[end]);
            var resolved = before == after ? before : paragraph;
            for (var j = i; j < end; j++)
            {
                kinds[j] = resolved;
            }

            i = end - 1;
        }

        // I1, I2: the levels.
        var baseLevel = rightToLeft ? 1 : 0;
        var levels = new int[kinds.Length];
        for (var i = 0; i < kinds.Length; i++)
        {
            levels[i] = (rightToLeft, kinds[i]) switch
            {
                (false, Kind.R) => 1,
                (false, Kind.AN or Kind.EN) => 2,
                (true, Kind.L or Kind.EN or Kind.AN) => 2,
                _ => baseLevel,
            };
        }

        return levels;
    }

    private static Kind Direction(Kind kind) => kind is Kind.L ? Kind.L : Kind.R;

    private static Kind[] Classify(string text)
    {
        var kinds = new Kind[text.Length];
        for (var i = 0; i < text.Length;)
        {
            var rune = Rune.GetRuneAt(text, i);
            var kind = KindOf(rune);
            for (var j = 0; j < rune.Utf16SequenceLength; j++)
            {
                kinds[i + j] = kind;
            }

            i += rune.Utf16SequenceLength;
        }

        return kinds;
    }

    private static Kind KindOf(Rune rune)
    {
        var value = rune.Value;
        switch (value)
        {
            case >= '0' and <= '9' or >= 0x06F0 and <= 0x06F9:
                return Kind.EN;
            case >= 0x0660 and <= 0x0669 or 0x066B or 0x066C or >= 0x0600 and <= 0x0605:
                return Kind.AN;
            case ',' or '.' or '/' or ':' or '\u00A0' or '\u060C' or '\u202F':
                return Kind.CS;
            case '+' or '-' or '\u2212':
                return Kind.ES;
            case '#' or '%' or '\u00B0' or '\u2030' or '\u066A':
                return Kind.ET;
            case '\u200F':
                return Kind.R;
            case '\u200E':
                return Kind.L;
        }

        var category = Rune.GetUnicodeCategory(rune);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark)
        {
            return Kind.NSM;
        }

        if (category == UnicodeCategory.CurrencySymbol)
        {
            return Kind.ET;
        }

        return value switch
        {
            >= 0x0590 and <= 0x05FF or >= 0x07C0 and <= 0x085F or >= 0xFB1D and <= 0xFB4F => Kind.R,
            >= 0x0600 and <= 0x07BF or >= 0x0860 and <= 0x08FF or >= 0xFB50 and <= 0xFDFF or >= 0xFE70 and <= 0xFEFF => Kind.AL,
            _ when Rune.IsLetter(rune) || category == UnicodeCategory.SpacingCombiningMark => Kind.L,
            _ => Kind.N,
        };
    }
}

using BenchmarkDotNet.Attributes;
using KazakhArticle.Web.Sharing;

namespace KazakhArticle.Benchmarks;

/// <summary>
/// Drawing the shipped article's share image once the process is warm (fonts loaded, code jitted): what each new version
/// of an image costs after the first. The first, cold, is measured against the running app by <c>perf/share-image.sh</c>.
/// </summary>
[MemoryDiagnoser]
public class ShareImageBenchmarks : IDisposable
{
    private readonly ShareFonts _fonts = new();
    private ShareImageRenderer _renderer = null!;

    private static readonly ShareCard Card = new(
        "kazakhstan-eurasian-line",
        "KazakhArticle",
        new ShareCardText("ar", "كازاخستان تختار الخط الأوراسي الحليف لروسيا والصين وإيران", "جورج حداد · موقع العهد الإخباري"),
        new ShareCardText("en", "Kazakhstan Chooses the Eurasian Line Allied with Russia, China and Iran", "George Haddad · al-Ahed News Website"));

    [GlobalSetup]
    public void Setup()
    {
        _renderer = new ShareImageRenderer(_fonts);
        // A render that drew nothing would look fast: the PNG must be there.
        if (_renderer.Render(Card).Length < 10_000)
        {
            throw new InvalidOperationException("The share image came out nearly empty.");
        }
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _fonts.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark]
    public byte[] Shipped_article() => _renderer.Render(Card);
}

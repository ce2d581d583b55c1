using System.Collections.Concurrent;
using System.Globalization;
using KazakhArticle.Web.Localization;
using KazakhArticle.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace KazakhArticle.Web.Tests.Localization;

/// <summary>
/// Every page in both interface languages, rendered through a localizer that notes each key it is asked for and does
/// not have: keys built at run time (<c>Theme_{value}</c>, <c>LanguageName_{code}</c>…) are checked where a scan of
/// the components' literals cannot see them.
/// </summary>
public sealed class RenderedTextTests(RenderedTextTests.RecordingAppFactory app) : IClassFixture<RenderedTextTests.RecordingAppFactory>
{
    public sealed class RecordingAppFactory : ReaderAppFactory
    {
        public ConcurrentDictionary<string, string> Missing { get; } = new();

        public ConcurrentDictionary<string, int> Asked { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddTransient<IStringLocalizer<UiText>>(provider =>
                new RecordingLocalizer(new StringLocalizer<UiText>(provider.GetRequiredService<IStringLocalizerFactory>()), this)));
        }
    }

    private sealed class RecordingLocalizer(IStringLocalizer inner, RecordingAppFactory app) : IStringLocalizer<UiText>
    {
        public LocalizedString this[string name] => Note(inner[name]);

        public LocalizedString this[string name, params object[] arguments] => Note(inner[name, arguments]);

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);

        private LocalizedString Note(LocalizedString text)
        {
            var key = $"{CultureInfo.CurrentUICulture.Name}:{text.Name}";
            app.Asked.AddOrUpdate(key, 1, (_, n) => n + 1);
            if (text.ResourceNotFound)
            {
                app.Missing.TryAdd(key, text.SearchedLocation ?? "");
            }

            return text;
        }
    }

    private const string Article = "/articles/" + Shipped.Slug;

    public static TheoryData<string> Pages => new()
    {
        "", Article, Article + "?view=ar", Article + "?view=en", Article + "?view=parallel", Article + "?q=%D8%A8%D8%A7%D9%8A%D9%83%D9%88%D9%86%D9%88%D8%B1",
        "/search", "/search?q=%D8%A8%D8%A7%D9%8A%D9%83%D9%88%D9%86%D9%88%D8%B1", "/search?q=Kazakstan", "/search?q=zzqxw", "/search?q=Russia&lang=en&offset=10",
        "/articles/no-such-article", "/no/such/page",
        Article + "/names", Article + "/names/tokayev", Article + "/names/tokayev?view=ar&at=overview-p18", Article + "/names/baikonur", Article + "/names/nobody", Article + "/timeline", Article + "/figures",
        Article + "/map", "/articles/no-such-article/map",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_text_a_page_asks_for_exists_in_both_languages(string page)
    {
        using var client = app.CreateClient();
        foreach (var language in InterfaceLanguages.Codes)
        {
            using var response = await client.GetAsync($"/{language}{page}");
            Assert.True((int)response.StatusCode is 200 or 404, $"/{language}{page}: {(int)response.StatusCode}");
            Assert.NotEmpty(await response.Content.ReadAsStringAsync());
        }

        Assert.True(app.Asked.Keys.Any(key => key.StartsWith("ar:", StringComparison.Ordinal)) && app.Asked.Keys.Any(key => key.StartsWith("en:", StringComparison.Ordinal)), "the pages asked the recording localizer for nothing");
        Assert.Empty(app.Missing.Keys);
    }
}

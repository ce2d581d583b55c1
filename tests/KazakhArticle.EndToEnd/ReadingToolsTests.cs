using System.Text.RegularExpressions;
using KazakhArticle.EndToEnd.Support;
using KazakhArticle.Web.Components.Reading;
using Microsoft.Playwright;

namespace KazakhArticle.EndToEnd;

[Collection(ReaderServerGroup.Name)]
public sealed class ReadingToolsTests(ReaderServer server) : BrowserTests(server)
{
    private const string Article = Shipped.ArabicArticle;

    /// <summary>What a reader shares: the article without an interface language, so it opens in the follower's.</summary>
    private const string SharedArticle = Shipped.Article;

    [BrowserFact]
    public async Task Settings_are_kept_across_reloads_and_applied_before_the_first_paint()
    {
        var page = await Server.NewPageAsync();
        await page.OpenAsync(Article);
        var fontSize = () => page.EvaluateAsync<double>("parseFloat(getComputedStyle(document.querySelector('article')).fontSize)");
        var before = await fontSize();

        await page.ClickAsync(".reading-settings summary");
        await page.CheckAsync(".reading-settings input[name=size][value='4']");
        await page.CheckAsync(".reading-settings input[name=theme][value=sepia]");
        await page.CheckAsync(".reading-settings input[name=width][value=wide]");
        Assert.True(await fontSize() > before);

        // What the server sends has no settings; the head script must set them before anything is laid out.
        await page.AddInitScriptAsync("""
            document.addEventListener('readystatechange', () => {
              if (document.readyState === 'interactive') window.__themeAtParse = document.documentElement.dataset.theme;
            });
            """);
        await page.ReloadAsync();
        // The form shows the stored choices once its module is in (after the first paint).
        await page.WaitForModulesAsync();

        Assert.Equal("sepia", await page.EvaluateAsync<string>("window.__themeAtParse"));
        Assert.Equal("4", await page.EvaluateAsync<string>("document.documentElement.dataset.size"));
        Assert.True(await fontSize() > before);
        await page.ClickAsync(".reading-settings summary");
        Assert.True(await page.IsCheckedAsync(".reading-settings input[name=theme][value=sepia]"));
        var background = await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");
        Assert.Equal("rgb(245, 237, 218)", background);
    }

    [BrowserFact]
    public async Task The_theme_follows_the_device_until_the_reader_chooses()
    {
        var page = await Server.NewPageAsync(colorScheme: ColorScheme.Dark);
        await page.OpenAsync(Article);

        Assert.Equal("rgb(21, 23, 27)", await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor"));
        await page.ClickAsync(".reading-settings summary");
        await page.CheckAsync(".reading-settings input[name=theme][value=light]");
        Assert.Equal("rgb(253, 253, 251)", await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor"));
    }

    [BrowserFact]
    public async Task The_progress_bar_follows_the_reader_through_the_article()
    {
        var page = await Server.NewPageAsync();
        await page.OpenAsync(Article);

        // Jumps, not smooth scrolls, so each position is final; the bar is drawn on the scroll event after each, and the
        // waits are for that draw.
        const string Bar = "document.querySelector('.reading-progress-bar').getBoundingClientRect().width / innerWidth";
        var progress = () => page.EvaluateAsync<double>(Bar);
        var atStart = await progress();
        await page.EvaluateAsync("document.getElementById('nazarbayev-line-p1').scrollIntoView({ behavior: 'instant' })");
        await page.WaitForFunctionAsync($"() => {Bar} > 0.02");
        var midway = await progress();
        await page.EvaluateAsync("scrollTo({ top: document.body.scrollHeight, behavior: 'instant' })");
        await page.WaitForFunctionAsync($"() => {Bar} > {midway.ToString(System.Globalization.CultureInfo.InvariantCulture)}");

        Assert.InRange(atStart, 0, 0.02);
        Assert.InRange(midway, 0.4, 0.9);
        Assert.InRange(await progress(), 0.98, 1.0);
    }

    [BrowserFact]
    public async Task Printing_shows_the_text_and_headings_without_chrome()
    {
        var page = await Server.NewPageAsync();
        await page.OpenAsync($"{Article}?view=parallel");

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        foreach (var chrome in new[] { ".site-header", "nav.toc", ".reader-tools", ".section-pager", ".paragraph-tools", ".reading-progress" })
        {
            Assert.Equal("none", await page.Locator(chrome).First.EvaluateAsync<string>("e => getComputedStyle(e).display"));
        }

        await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#put-to-the-test-p6 .cell[lang=ar]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#put-to-the-test-p6 .cell[lang=en]")).ToBeVisibleAsync();
        var pdf = await page.PdfAsync();
        Assert.True(pdf.Length > 10_000);
    }

    [BrowserFact]
    public async Task The_skip_link_is_the_first_stop_and_moves_focus_to_the_text()
    {
        var page = await Server.NewPageAsync();
        await page.OpenAsync(Article);

        await page.Keyboard.PressAsync("Tab");
        var skip = page.Locator("a.skip-link");
        await Assertions.Expect(skip).ToBeFocusedAsync();
        Assert.NotEqual("none", await skip.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle"));
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("#main$"));

        // The next Tab goes on from the text, past the header and its search.
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("document.querySelector('main').contains(document.activeElement)"));
    }

    [BrowserFact]
    public async Task Keyboard_shortcuts_move_search_and_open_things_but_never_while_typing()
    {
        var page = await Server.NewPageAsync();
        await page.OpenAsync(Article);

        // A key's navigation is looked for by polling the URL: a wait armed after the key can miss it (see
        // NavigationTests.Switching_view_keeps_the_readers_place).
        await page.Keyboard.PressAsync("j");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("#kazakhs-and-arabs$"));
        await page.Keyboard.PressAsync("j");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("#overview$"));
        await page.Keyboard.PressAsync("k");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("#kazakhs-and-arabs$"));

        await page.Keyboard.PressAsync("?");
        await Assertions.Expect(page.Locator("dialog#shortcuts")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Locator("dialog#shortcuts")).ToBeHiddenAsync();

        await page.Keyboard.PressAsync("/");
        await Assertions.Expect(page.Locator("#header-search-q")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("jk?");
        Assert.EndsWith("#kazakhs-and-arabs", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("dialog#shortcuts")).ToBeHiddenAsync();
        Assert.Equal("jk?", await page.InputValueAsync("#header-search-q"));
    }

    [BrowserFact]
    public async Task The_contents_shortcut_opens_the_drawer_on_a_narrow_screen()
    {
        var page = await Server.NewPageAsync(width: 400, height: 800);
        await page.OpenAsync(Article);

        await page.Keyboard.PressAsync("t");

        Assert.True(await page.EvaluateAsync<bool>("document.querySelector('.toc-drawer').open"));
        await Assertions.Expect(page.Locator("nav.toc a").First).ToBeFocusedAsync();
    }

    [BrowserFact]
    public async Task Copying_a_paragraph_link_says_so_and_puts_the_link_on_the_clipboard()
    {
        var page = await Server.NewPageAsync();
        await page.OpenAsync(Article);

        await page.HoverAsync("#overview-p2");
        await page.ClickAsync("#overview-p2 a.paragraph-link");

        await Assertions.Expect(page.Locator("#copy-status")).ToHaveTextAsync("نُسخ الرابط");
        var copied = await page.EvaluateAsync<string>("navigator.clipboard.readText()");
        Assert.Equal($"{Server.BaseAddress.ToString().TrimEnd('/')}{SharedArticle}#overview-p2", copied);
        await page.WaitForURLAsync("**#overview-p2");
    }

    [BrowserFact]
    public async Task Citing_a_paragraph_copies_author_title_outlet_section_and_link()
    {
        var page = await Server.NewPageAsync();
        await page.OpenAsync(Article);

        await page.HoverAsync("#overview-p2");
        await page.ClickAsync("#overview-p2 .cite-button");

        await Assertions.Expect(page.Locator("#copy-status")).ToHaveTextAsync("نُسخ الاقتباس");
        var citation = await page.EvaluateAsync<string>("navigator.clipboard.readText()");
        Assert.Equal(
            $"جورج حداد، «كازاخستان تختار الخط الأوراسي الحليف لروسيا والصين وإيران»، موقع العهد الإخباري، قسم «لمحة عامة». {Server.BaseAddress.ToString().TrimEnd('/')}{SharedArticle}#overview-p2",
            citation);
    }

    [BrowserFact]
    public async Task A_returning_reader_is_offered_the_place_they_left()
    {
        var page = await Server.NewPageAsync();
        await page.OpenAsync(Article);
        await page.EvaluateAsync("document.getElementById('nazarbayev-line-p2').scrollIntoView()");
        // The place is kept once scrolling has settled (the page may still be laying out paragraphs above it).
        await page.WaitForFunctionAsync($"() => localStorage.getItem('{ReaderStorage.PlaceKey}{Shipped.Slug}') === 'nazarbayev-line-p2'");

        await page.OpenAsync(Article);

        var resume = page.Locator(".resume a");
        await Assertions.Expect(resume).ToBeVisibleAsync();
        await resume.ClickAsync();
        await page.WaitForURLAsync("**#nazarbayev-line-p2");
    }

    [BrowserFact]
    public async Task Search_as_you_type_then_land_on_the_hit_and_step_between_marks()
    {
        var page = await Server.NewPageAsync();
        await page.OpenAsync("/");

        // The header search goes live as the reader types.
        await page.FillAsync("#header-search-q", "بايكونور");
        var hits = page.Locator("#header-search-panel .search-results li");
        await Assertions.Expect(hits).ToHaveCountAsync(3);
        await hits.First.Locator("a.hit-link").ClickAsync();

        await page.WaitForURLAsync("**#overview-p*");
        await page.WaitForModulesAsync();
        var marks = page.Locator("article mark.hit");
        await Assertions.Expect(marks).ToHaveCountAsync(4);
        var next = page.Locator(".hit-navigator [data-hit-step='1']");
        await next.ClickAsync();
        var first = await page.Locator(".hit-navigator .hit-count").TextContentAsync();
        await next.ClickAsync();
        var second = await page.Locator(".hit-navigator .hit-count").TextContentAsync();
        await page.Locator(".hit-navigator [data-hit-step='-1']").ClickAsync();

        Assert.NotEqual(first, second);
        await Assertions.Expect(page.Locator(".hit-navigator .hit-count")).ToHaveTextAsync(first!);
        Assert.Equal(1, await page.Locator("article mark.hit.current").CountAsync());
    }

    [BrowserFact]
    public async Task Search_as_you_type_finds_an_arabic_word_for_an_english_reader_and_shows_both_editions()
    {
        var page = await Server.NewPageAsync(locale: "en");
        await page.OpenAsync("/en");

        await page.FillAsync("#header-search-q", "بايكونور");
        var hits = page.Locator("#header-search-panel .search-results li");
        await Assertions.Expect(hits).ToHaveCountAsync(3);
        await Assertions.Expect(hits.First).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(hits.First.Locator(".hit-pair[lang=ar][dir=rtl] mark").First).ToHaveTextAsync("بايكونور");
        await hits.First.Locator("a.hit-link").ClickAsync();

        await page.WaitForURLAsync("**/en/articles/*view=en*#overview-p*");
    }

    [BrowserFact]
    public async Task Search_as_you_type_says_when_it_shows_the_text_s_spelling_of_a_word()
    {
        var page = await Server.NewPageAsync(locale: "en");
        await page.OpenAsync("/en");

        await page.FillAsync("#header-search-q", "Nazarbaiev");

        await Assertions.Expect(page.Locator("#header-search-panel .search-correction")).ToContainTextAsync("Nazarbayev");
        await Assertions.Expect(page.Locator("#header-search-panel .search-results li").First).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task Words_typed_in_the_header_before_its_script_arrives_are_searched_live()
    {
        var page = await Server.NewPageAsync();
        // The header search's module is imported after the first paint: held back here until the words are typed.
        var module = new TaskCompletionSource();
        await page.RouteAsync("**/HeaderSearch.razor*.js", async route =>
        {
            await module.Task;
            await route.ContinueAsync();
        });
        try
        {
            await page.GotoAsync(Shipped.ArabicArticle, new() { WaitUntil = WaitUntilState.DOMContentLoaded });
            await page.FillAsync("#header-search-q", "بايكونور");
            module.SetResult();

            await Assertions.Expect(page.Locator("#header-search-panel .search-results li")).ToHaveCountAsync(3);
        }
        finally
        {
            module.TrySetResult();
        }
    }

    [BrowserFact]
    public async Task The_search_page_shows_results_as_the_reader_types()
    {
        var page = await Server.NewPageAsync(locale: "en");
        await page.OpenAsync("/search");
        await page.WaitForSelectorAsync("form.search-form[data-interactive]");

        await page.FillAsync("#search-page-q", "نزارباي*");

        await Assertions.Expect(page.Locator("main .search-results li").First).ToBeVisibleAsync();
        Assert.EndsWith("/search", page.Url, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task The_search_page_goes_live_and_searches_what_was_typed_before_the_components_scripts_arrive()
    {
        var page = await Server.NewPageAsync();
        // What is typed while the page is static is searched once the panel is live, though Blazor renders the live
        // panel afresh over the static box. blazor.web.js is held back until the words are typed, so they are typed
        // while the page is static, as on a slow connection. The components' own modules (the header search's among
        // them) are imported after the first paint and the panel may go live first: here it always does, as they are
        // held back to the end (and counted, so that a renamed script cannot make the hold a no-op). The search page's
        // module is not held: it starts Blazor.
        var blazorScript = new TaskCompletionSource();
        var componentScripts = new TaskCompletionSource();
        var held = 0;
        await page.RouteAsync("**/_framework/blazor.web*.js", async route =>
        {
            await blazorScript.Task;
            await route.ContinueAsync();
        });
        await page.RouteAsync(url => url.EndsWith(".razor.js", StringComparison.Ordinal) && !url.Contains("/SearchPage.", StringComparison.Ordinal), async route =>
        {
            Interlocked.Increment(ref held);
            await componentScripts.Task;
            await route.ContinueAsync();
        });
        try
        {
            // Not to the load event: it waits for blazor.web.js, held back.
            await page.GotoAsync("/ar/search", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
            await page.FillAsync("#search-page-q", "بايكونور");
            blazorScript.SetResult();

            // Whichever comes first: the panel live, or Blazor's error bar.
            await Assertions.Expect(page.Locator("form.search-form[data-interactive], #blazor-error-ui:visible").First).ToBeVisibleAsync();
            await page.ExpectNoErrorBarAsync(Server);
            await Assertions.Expect(page.Locator("main .search-results li")).ToHaveCountAsync(3);
            await Assertions.Expect(page.Locator("#search-page-q")).ToHaveValueAsync("بايكونور");
            Assert.True(Volatile.Read(ref held) > 0, "no component script was held back");
        }
        finally
        {
            blazorScript.TrySetResult();
            componentScripts.TrySetResult();
        }
    }

    [BrowserFact]
    public async Task Reading_contents_anchors_and_search_work_with_javascript_off()
    {
        var page = await Server.NewPageAsync(javaScript: false);
        await page.GotoAsync(Article);

        await Assertions.Expect(page.Locator("#put-to-the-test-p6")).ToBeVisibleAsync();
        await page.ClickAsync("nav.toc a[data-section='put-to-the-test']");
        await page.WaitForURLAsync("**#put-to-the-test");
        Assert.InRange(await page.EvaluateAsync<double>("document.getElementById('put-to-the-test').getBoundingClientRect().top"), 40, 100);

        await page.FillAsync("#header-search-q", "بايكونور");
        var searched = page.WaitForURLAsync("**/search?q=*");
        await page.PressAsync("#header-search-q", "Enter");
        await searched;
        await Assertions.Expect(page.Locator("main .search-results li")).ToHaveCountAsync(3);
    }

    [BrowserFact]
    public async Task When_the_connection_drops_reading_goes_on_and_the_notice_speaks_the_interface_language()
    {
        var page = await Server.NewPageAsync();
        var sockets = new List<IWebSocketRoute>();
        var cut = false;
        await page.RouteWebSocketAsync("**/_blazor**", socket =>
        {
            if (cut)
            {
                // Reconnection attempts are refused while the connection is "down".
                _ = socket.CloseAsync();
                return;
            }

            socket.ConnectToServer();
            sockets.Add(socket);
        });
        await page.OpenAsync(Article);
        await page.FillAsync("#header-search-q", "روسيا");
        await page.WaitForFunctionAsync("() => document.documentElement.dataset.liveSearch === 'live'");

        cut = true;
        foreach (var socket in sockets)
        {
            await socket.CloseAsync();
        }

        var notice = page.Locator("#components-reconnect-modal");
        await Assertions.Expect(notice).ToBeVisibleAsync(new() { Timeout = 15_000 });
        Assert.Equal("ar", await notice.GetAttributeAsync("lang"));
        // The dialog may show before its text is in: the assertion waits for the text, as a reader's eyes would.
        await Assertions.Expect(notice).ToContainTextAsync("الاتصال");

        // The text is still there to read, and its links still work.
        await page.ClickAsync("nav.toc a[data-section='put-to-the-test']");
        await page.WaitForURLAsync("**#put-to-the-test");
        Assert.True(await page.Locator("#put-to-the-test-p1").IsVisibleAsync());
    }
}

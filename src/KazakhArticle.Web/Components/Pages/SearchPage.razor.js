// For the search panel, once live: what was typed while the page was still static. Blazor renders the live panel
// afresh over the static one, so its box may come back empty: the text is kept here as it is typed, and put back.
// Defined before Blazor starts; the components' modules are imported after the first paint, which may come after the
// panel is live.
let typedWhileStatic = null;
document.addEventListener("input", (event) => {
    if (event.target instanceof HTMLInputElement && event.target.type === "search" && event.target.closest("form.search-form")) {
        typedWhileStatic = event.target.value;
    }
}, true);

window.kazakhArticleSearchPage = {
    typed: (id) => {
        const box = document.getElementById(id);
        if (box && typedWhileStatic !== null && box.value !== typedWhileStatic) {
            box.value = typedWhileStatic;
        }
        return box?.value ?? typedWhileStatic ?? "";
    },
};

// The search page is live from the start: it exists to search.
// The shared start of Blazor, by its fingerprinted URL (the markup's: a relative path is not fingerprinted), imported
// after the listener above is in place, so nothing typed while it loads is missed.
const urls = document.querySelector("script[data-live-connection]").dataset;
const { startBlazor } = await import(new URL(urls.liveConnection, document.baseURI).href);
await startBlazor(urls.blazor);

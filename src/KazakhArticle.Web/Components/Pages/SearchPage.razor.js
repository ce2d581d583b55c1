import { startBlazor } from "../../js/live-connection.js";

// For the search panel, once live: what was typed while the page was still static. Defined here, before Blazor starts:
// reader.js is imported after the first paint, which may come after the panel is live.
window.kazakhArticleSearchPage = {
    typed: (id) => document.getElementById(id)?.value ?? "",
};

// The search page is live from the start: it exists to search.
await startBlazor(document.querySelector("script[data-blazor]").dataset.blazor);

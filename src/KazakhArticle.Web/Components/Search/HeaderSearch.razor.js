// The header search goes live only for a reader who types in it: until then the page loads no Blazor script and
// opens no connection. Then it fetches the live panel, starts Blazor for it, and passes on what is typed.
// When the server lets an idle search go, the connection is paused and resumed at the next keystroke.

const form = document.querySelector("form.header-search[data-live]");
const input = form?.querySelector("input[name=q]");
const host = form?.querySelector(".header-search-live");

// static → loading → live ⇄ paused. A failure to load leaves the plain form, which still searches.
let state = "static";
let live = null;

// The page's own search panel (the search page) is already live: the header box stays a plain form there.
const pageHasLiveSearch = () => document.querySelector("form.search-form") !== null;

input?.addEventListener("input", async () => {
    if (state === "live") {
        live?.invokeMethodAsync("SearchAsync", input.value);
    } else if (state === "static" && !pageHasLiveSearch()) {
        state = "loading";
        await goLive().catch(() => { state = "static"; });
    } else if (state === "paused") {
        state = "loading";
        // The panel attaches again when its new circuit renders it, and is then given the box's text.
        if (!await window.Blazor.resumeCircuit()) {
            state = "paused";
        }
    }
});

form?.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && state === "live") {
        live?.invokeMethodAsync("Close");
    }
});

async function goLive() {
    // Imported here, not at the top: a page that nobody searches from does not download it, and its first view has
    // one request fewer, at the end of a chain (page → this module → that one) that a phone waits on round trip by round trip.
    const { prepareConnection, startBlazor } = await import("../../js/live-connection.js");
    prepareConnection();
    const response = await fetch(form.dataset.live, { headers: { Accept: "text/html" } });
    if (!response.ok) {
        throw new Error(`live search: ${response.status}`);
    }
    const fragment = document.createElement("template");
    fragment.innerHTML = await response.text();
    host.append(fragment.content);
    await startBlazor(form.dataset.blazor);
}

// The input tells assistive technology whether the panel is open.
const panelObserver = new MutationObserver(() => {
    const panel = document.getElementById("header-search-panel");
    input.setAttribute("aria-expanded", panel && !panel.hidden ? "true" : "false");
});

// The state is also on <html data-live-search> and told as a "live-search-state" event, for styles and tests: "live" or "paused".
const show = (value) => {
    state = value;
    document.documentElement.dataset.liveSearch = value;
    document.dispatchEvent(new CustomEvent("live-search-state", { detail: value }));
};

window.kazakhArticleLiveSearch = {
    /** Called by the live panel once it has rendered: it replaces the page's placeholder and searches what is typed. */
    attach(reference) {
        live = reference;
        show("live");
        host.querySelector(":scope > .header-search-panel:not([lang])")?.remove();
        panelObserver.observe(host, { subtree: true, childList: true, attributes: true, attributeFilter: ["hidden"] });
        if (input.value !== "") {
            live.invokeMethodAsync("SearchAsync", input.value);
        }
    },
    /** Called by the server when the search has sat idle: its circuit is let go, not kept for a reader who left. */
    async release() {
        live = null;
        show("paused");
        await window.Blazor.pauseCircuit();
    },
    /** While the page itself has paused the connection nothing went wrong, so the reconnection notice stays hidden. */
    get released() {
        return document.documentElement.dataset.liveSearch === "paused";
    },
};

// This module arrives after the first paint: words a reader typed in the box before it did are searched now.
if (input && input.value !== "" && document.activeElement === input && !pageHasLiveSearch()) {
    input.dispatchEvent(new Event("input"));
}

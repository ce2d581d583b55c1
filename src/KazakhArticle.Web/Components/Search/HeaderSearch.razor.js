// <header-search>: the header's search box goes live only for a reader who types in it: until then the page loads no
// Blazor script and opens no connection. Then it fetches the live panel (LiveSearch), starts Blazor for it, and passes
// on what is typed. When the server lets an idle search go, the connection is paused and resumed at the next keystroke.
// The live panel calls back through window.kazakhArticleLiveSearch (attach, release), which this element provides.

// The page's own search panel (the search page) is already live: the header box stays a plain form there.
const pageHasLiveSearch = () => document.querySelector("form.search-form") !== null;

class HeaderSearch extends HTMLElement {
    // static → loading → live ⇄ paused. A failure to load leaves the plain form, which still searches.
    #state = "static";
    #live = null;
    #abort = null;

    // The input tells assistive technology whether the panel is open.
    #panelObserver = new MutationObserver(() => {
        const panel = this.querySelector("#header-search-panel");
        this.#input.setAttribute("aria-expanded", panel && !panel.hidden ? "true" : "false");
    });

    get #input() {
        return this.querySelector("input[name=q]");
    }

    get #host() {
        return this.querySelector(".header-search-live");
    }

    connectedCallback() {
        this.#abort = new AbortController();
        const { signal } = this.#abort;
        this.#input.addEventListener("input", () => this.#typed(), { signal });
        this.addEventListener("keydown", (event) => {
            if (event.key === "Escape" && this.#state === "live") {
                this.#live?.invokeMethodAsync("Close");
            }
        }, { signal });
        window.kazakhArticleLiveSearch = this.#callbacks;

        // This module arrives after the first paint: words a reader typed in the box before it did are searched now.
        if (this.#input.value !== "" && document.activeElement === this.#input && !pageHasLiveSearch()) {
            this.#typed();
        }
    }

    disconnectedCallback() {
        this.#abort?.abort();
        this.#panelObserver.disconnect();
        if (window.kazakhArticleLiveSearch === this.#callbacks) {
            delete window.kazakhArticleLiveSearch;
        }
    }

    async #typed() {
        if (this.#state === "live") {
            this.#live?.invokeMethodAsync("SearchAsync", this.#input.value);
        } else if (this.#state === "static" && !pageHasLiveSearch()) {
            this.#state = "loading";
            await this.#goLive().catch(() => { this.#state = "static"; });
        } else if (this.#state === "paused") {
            this.#state = "loading";
            // The panel attaches again when its new circuit renders it, and is then given the box's text.
            if (!await window.Blazor.resumeCircuit()) {
                this.#state = "paused";
            }
        }
    }

    async #goLive() {
        // Imported here, not at the top: a page that nobody searches from does not download it, and its first view has
        // one request fewer, at the end of a chain (page → this module → that one) that a phone waits on round trip by round trip.
        // Its fingerprinted URL is the markup's, so it is cached for good like the rest (a relative path is not fingerprinted).
        const { prepareConnection, startBlazor } = await import(new URL(this.dataset.liveConnection, document.baseURI).href);
        prepareConnection();
        const response = await fetch(this.dataset.live, { headers: { Accept: "text/html" } });
        if (!response.ok) {
            throw new Error(`live search: ${response.status}`);
        }
        const fragment = document.createElement("template");
        fragment.innerHTML = await response.text();
        this.#host.append(fragment.content);
        await startBlazor(this.dataset.blazor);
    }

    // The state is also on <html data-live-search> and told as a "live-search-state" event, for styles and tests: "live" or "paused".
    #show(value) {
        this.#state = value;
        document.documentElement.dataset.liveSearch = value;
        document.dispatchEvent(new CustomEvent("live-search-state", { detail: value }));
    }

    #callbacks = {
        /** Called by the live panel once it has rendered: it replaces the page's placeholder and searches what is typed. */
        attach: (reference) => {
            this.#live = reference;
            this.#show("live");
            this.#host.querySelector(":scope > .header-search-panel:not([lang])")?.remove();
            this.#panelObserver.observe(this.#host, { subtree: true, childList: true, attributes: true, attributeFilter: ["hidden"] });
            if (this.#input.value !== "") {
                reference.invokeMethodAsync("SearchAsync", this.#input.value);
            }
        },
        /** Called by the server when the search has sat idle: its circuit is let go, not kept for a reader who left. */
        release: async () => {
            this.#live = null;
            this.#show("paused");
            await window.Blazor.pauseCircuit();
        },
        /** While the page itself has paused the connection nothing went wrong, so the reconnection notice stays hidden. */
        get released() {
            return document.documentElement.dataset.liveSearch === "paused";
        },
    };
}

customElements.define("header-search", HeaderSearch);

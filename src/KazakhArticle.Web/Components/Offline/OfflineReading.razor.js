// <offline-reading>: registers the service worker that keeps the pages a reader opens (wwwroot/sw.js), hands it what
// this page was made of, and shows the notice, and turns search off, while the connection is gone.
const root = document.documentElement;

// The page's own scripts are imported after its first paint; the worker is told what the page used once they are in.
const modulesLoaded = () => new Promise((resolve) => {
    if (root.dataset.modules === "loaded") {
        resolve();
        return;
    }
    new MutationObserver((_, observer) => {
        if (root.dataset.modules === "loaded") {
            observer.disconnect();
            resolve();
        }
    }).observe(root, { attributes: true, attributeFilter: ["data-modules"] });
});

class OfflineReading extends HTMLElement {
    #update = () => {
        const offline = !navigator.onLine;
        this.hidden = !offline;
        root.classList.toggle("offline", offline);
        // Search asks the server: offline it cannot answer, so it is not offered.
        for (const control of document.querySelectorAll("form[role='search'] input, form[role='search'] button")) {
            control.disabled = offline;
        }
    };

    connectedCallback() {
        window.addEventListener("online", this.#update);
        window.addEventListener("offline", this.#update);
        this.#update();
        if ("serviceWorker" in navigator) {
            this.#keep().catch(() => {
                // No worker (a private window, storage refused): the page still works online.
            });
        }
    }

    disconnectedCallback() {
        window.removeEventListener("online", this.#update);
        window.removeEventListener("offline", this.#update);
    }

    async #keep() {
        await navigator.serviceWorker.register(new URL(this.dataset.worker, document.baseURI).href, { scope: document.baseURI });
        const { active } = await navigator.serviceWorker.ready;
        await modulesLoaded();
        const files = performance.getEntriesByType("resource")
            .map((entry) => entry.name)
            .filter((url) => new URL(url).origin === location.origin);
        // The page is also kept as the link a reader shares (without a language, the page's x-default), which online
        // redirects to their language: offline, a shared link they followed before opens too.
        const shared = document.querySelector("link[rel='alternate'][hreflang='x-default']")?.href;
        const urls = [{ url: location.href, page: true, as: shared }, ...files.map((url) => ({ url, page: false }))];
        const channel = new MessageChannel();
        const kept = new Promise((resolve) => { channel.port1.onmessage = resolve; });
        active.postMessage({ type: "keep", urls }, [channel.port2]);
        await kept;
        // For the tests, and for anyone curious: this page can now be read offline.
        root.dataset.offline = "kept";
    }
}

customElements.define("offline-reading", OfflineReading);

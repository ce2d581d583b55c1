// <resume-reading>: remembers the block in view as the reader scrolls (once scrolling settles), and when they come
// back to the article without a fragment of their own, offers a link to it.

class ResumeReading extends HTMLElement {
    #timer;

    get #key() {
        // The prefix is the page's (ReaderStorage).
        return `${document.documentElement.dataset.placeKey}${this.dataset.slug}`;
    }

    #onScroll = () => {
        clearTimeout(this.#timer);
        this.#timer = setTimeout(() => {
            const block = this.closest("reader-page")?.blockInView?.();
            try {
                if (block) {
                    localStorage.setItem(this.#key, block.id);
                }
            } catch {
                // Storage refused.
            }
        }, 400);
    };

    connectedCallback() {
        addEventListener("scroll", this.#onScroll, { passive: true });
        if (location.hash.length > 1) {
            return;
        }
        let id = null;
        try {
            id = localStorage.getItem(this.#key);
        } catch {
            // Storage refused.
        }
        if (id && /^[a-z0-9-]+$/.test(id) && document.getElementById(id)) {
            const link = this.querySelector("a");
            link.href = `${link.getAttribute("href").split("#")[0]}#${id}`;
            this.hidden = false;
        }
    }

    disconnectedCallback() {
        removeEventListener("scroll", this.#onScroll);
        clearTimeout(this.#timer);
    }
}

customElements.define("resume-reading", ResumeReading);

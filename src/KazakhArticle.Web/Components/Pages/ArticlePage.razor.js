// <reader-page>: what the article's text needs once it is on screen.
// - Paragraphs off screen were skipped for the first paint (content-visibility in app.css). Once the page is idle
//   they are laid out, a few at a time within each idle period, so no long task: then every position is exact, and
//   an anchor or Back after a jump lands where it did. A jump before that is done lays out the rest at once, first.
// - A deep link is followed before the web fonts arrive; when they reflow the text it is followed again, unless the
//   reader has already moved.
// - A translator's note shown on the page is reached in place, without leaving the view.
// - It knows the reader's place (blockInView), which the view switcher and continue reading keep.

const notLaidOut = () => [...document.querySelectorAll(".article .paragraph:not(.laid-out)")];

// Where there is no requestIdleCallback (Safari): a task at a time, with 8 ms of budget each.
const idle = (work) => (window.requestIdleCallback ?? ((callback) => setTimeout(() => {
    const end = performance.now() + 8;
    callback({ timeRemaining: () => end - performance.now() });
}, 1)))(work);

class ReaderPage extends HTMLElement {
    #pass = 0;
    #abort = null;

    connectedCallback() {
        this.#abort = new AbortController();
        const { signal } = this.#abort;
        this.#layOutTheRest();
        this.#landAfterFonts(signal);

        // The Navigation API tells of every same-document jump, scripted ones too; where it is missing, a click on an
        // in-page link does (captured, so before the browser scrolls).
        if (window.navigation) {
            navigation.addEventListener("navigate", (event) => {
                if (event.hashChange) {
                    this.#layOutNow();
                }
            }, { signal });
        } else {
            document.addEventListener("click", (event) => {
                if (event.target instanceof Element && event.target.closest("a[href*='#']")) {
                    this.#layOutNow();
                }
            }, { capture: true, signal });
        }

        this.addEventListener("click", (event) => {
            const link = event.target instanceof Element ? event.target.closest("a.note-ref, a.note-back") : null;
            const id = link ? new URL(link.href).hash.slice(1) : "";
            if (id && document.getElementById(id)) {
                event.preventDefault();
                location.hash = id;
            }
        }, { signal });
    }

    disconnectedCallback() {
        this.#abort?.abort();
        this.#pass++;
    }

    /**
     * The block the reader is at: the first heading or paragraph below the sticky toolbar; null at the top of the
     * article. Ids are shared by every view, so the block's id finds the same place in another.
     */
    blockInView() {
        const top = this.querySelector(".reader-tools")?.getBoundingClientRect().bottom ?? 0;
        const header = this.querySelector(".article-header");
        if (header && header.getBoundingClientRect().bottom > top) {
            return null;
        }
        return [...this.querySelectorAll(".article .section-heading[id], .article .paragraph[id]")]
            .find((block) => block.getBoundingClientRect().bottom > top + 32) ?? null;
    }

    #layOutTheRest() {
        const pass = ++this.#pass;
        const pending = notLaidOut();
        const step = (deadline) => {
            while (pass === this.#pass && pending.length > 0 && deadline.timeRemaining() > 2) {
                const paragraph = pending.shift();
                paragraph.classList.add("laid-out");
                // Laid out here, inside the idle time, rather than left to the next frame.
                paragraph.getBoundingClientRect();
            }
            if (pass === this.#pass && pending.length > 0) {
                idle(step);
            }
        };
        idle(step);
    }

    #layOutNow() {
        const pending = notLaidOut();
        if (pending.length > 0) {
            this.#pass++;
            pending.forEach((paragraph) => paragraph.classList.add("laid-out"));
            this.querySelector("article.article")?.getBoundingClientRect();
        }
    }

    #landAfterFonts(signal) {
        if (location.hash.length <= 1) {
            return;
        }
        let moved = false;
        for (const type of ["wheel", "touchmove", "keydown", "pointerdown"]) {
            addEventListener(type, () => { moved = true; }, { once: true, passive: true, signal });
        }
        document.fonts.ready.then(() => {
            const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
            if (target && !moved && !signal.aborted) {
                target.scrollIntoView({ block: "start", behavior: "instant" });
            }
        });
    }
}

customElements.define("reader-page", ReaderPage);

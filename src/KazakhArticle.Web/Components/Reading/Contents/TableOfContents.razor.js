// <reader-contents>: the article's contents. Marks the section being read (scroll-spy); keeps the drawer open where
// the contents stand beside the text, and folds it on a narrow screen once a link is followed; takes the keyboard
// shortcuts for the contents and for the next and previous section (ShortcutsDialog.razor.js hands them over).

class ReaderContents extends HTMLElement {
    #spy = null;
    #onClick = (event) => {
        if (event.target instanceof Element && event.target.closest("a") && !this.#besideText()) {
            this.#drawer.open = false;
        }
    };

    get #drawer() {
        return this.querySelector(".toc-drawer");
    }

    /** Whether the contents stand beside the text: the stylesheet says so (--beside-text), with its breakpoint. */
    #besideText() {
        return getComputedStyle(this).getPropertyValue("--beside-text").trim() === "1";
    }

    /** The sections the contents link to, in order, each with its heading's id and its section element. */
    #sections() {
        return [...this.querySelectorAll("a[data-section]")]
            .map((link) => ({ link, id: link.dataset.section, section: document.getElementById(link.dataset.section)?.parentElement }))
            .filter(({ section }) => section);
    }

    connectedCallback() {
        if (this.#besideText()) {
            // CSS already shows it here; open says so to assistive technology too.
            this.#drawer.open = true;
        }
        this.addEventListener("click", this.#onClick);
        const sections = this.#sections();
        if (sections.length === 0) {
            return;
        }
        const mark = () => {
            const current = sections[Math.max(0, sectionBeingRead(sections))];
            for (const { link } of sections) {
                if (link === current.link) {
                    link.setAttribute("aria-current", "location");
                } else {
                    link.removeAttribute("aria-current");
                }
            }
        };
        // The observer's first call comes once the page is laid out: no layout forced while the page loads.
        this.#spy = new IntersectionObserver(mark, { rootMargin: "0px 0px -66% 0px" });
        sections.forEach(({ section }) => this.#spy.observe(section));
    }

    disconnectedCallback() {
        this.#spy?.disconnect();
        this.#spy = null;
        this.removeEventListener("click", this.#onClick);
    }

    shortcut(action) {
        if (action === "toggle") {
            this.#drawer.open = !this.#drawer.open || this.#besideText();
            this.#drawer.querySelector("a")?.focus();
        } else if (action === "next" || action === "previous") {
            const sections = this.#sections();
            if (sections.length > 0) {
                const step = action === "next" ? 1 : -1;
                location.hash = sections[Math.min(sections.length - 1, Math.max(0, sectionBeingRead(sections) + step))].id;
            }
        }
    }
}

/**
 * The index of the section being read: the last one that starts above the upper third of the window (-1 above the
 * first). The sections' own boxes are read, never their contents': a section off screen is not laid out
 * (content-visibility in app.css), and reading a box inside it would lay it out.
 */
function sectionBeingRead(sections) {
    let current = -1;
    sections.forEach(({ section }, i) => {
        if (section.getBoundingClientRect().top < innerHeight / 3) {
            current = i;
        }
    });
    return current;
}

customElements.define("reader-contents", ReaderContents);

// <view-switcher>: following a view's link keeps the reader's place (the link gets the id of the block in view; ids
// are shared by every view), and the next-view key follows the link after the current one.

class ViewSwitcher extends HTMLElement {
    #onClick = (event) => {
        const link = event.target instanceof Element ? event.target.closest("a[data-keep-place]") : null;
        const block = link ? this.closest("reader-page")?.blockInView?.() : null;
        if (block) {
            link.href = `${link.href.split("#")[0]}#${block.id}`;
        }
    };

    connectedCallback() {
        this.addEventListener("click", this.#onClick);
    }

    disconnectedCallback() {
        this.removeEventListener("click", this.#onClick);
    }

    shortcut(action) {
        if (action === "next") {
            const links = [...this.querySelectorAll("a")];
            const current = links.findIndex((a) => a.getAttribute("aria-current") === "page");
            links[(current + 1) % links.length]?.click();
        }
    }
}

customElements.define("view-switcher", ViewSwitcher);

// <hit-navigator>: counts the words a search marked in the article (mark.hit) and steps between them, starting from
// the first one at or after the paragraph the reader's link landed on.

const marks = () => [...document.querySelectorAll("article mark.hit")];

class HitNavigator extends HTMLElement {
    #current = -1;

    #onClick = (event) => {
        const button = event.target instanceof Element ? event.target.closest("[data-hit-step]") : null;
        if (button) {
            this.#step(Number(button.dataset.hitStep));
        }
    };

    #step(step) {
        const all = marks();
        if (all.length === 0) {
            return;
        }
        all[this.#current]?.classList.remove("current");
        this.#current = (this.#current + step + all.length) % all.length;
        const mark = all[this.#current];
        mark.classList.add("current");
        mark.scrollIntoView({ block: "center" });
        this.querySelector(".hit-count").textContent = `${this.#current + 1} / ${all.length}`;
    }

    connectedCallback() {
        const all = marks();
        this.querySelector(".hit-count").textContent = `${all.length}`;
        for (const button of this.querySelectorAll("[data-hit-step]")) {
            button.hidden = all.length === 0;
        }
        const target = location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
        const index = target ? all.findIndex((mark) => target.contains(mark) || (target.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_FOLLOWING)) : 0;
        this.#current = index > 0 ? index - 1 : -1;
        this.addEventListener("click", this.#onClick);
    }

    disconnectedCallback() {
        this.removeEventListener("click", this.#onClick);
    }
}

customElements.define("hit-navigator", HitNavigator);

// <reading-progress>: fills its bar with how far through the article the reader has scrolled.

class ReadingProgress extends HTMLElement {
    #update = () => {
        const bar = this.querySelector(".reading-progress-bar");
        const article = document.querySelector("article.article");
        if (!bar || !article) {
            return;
        }
        const box = article.getBoundingClientRect();
        const total = box.height - innerHeight;
        const done = total > 0 ? Math.min(1, Math.max(0, -box.top / total)) : 1;
        bar.style.transform = `scaleX(${done})`;
    };

    connectedCallback() {
        addEventListener("scroll", this.#update, { passive: true });
        addEventListener("resize", this.#update, { passive: true });
        this.#update();
    }

    disconnectedCallback() {
        removeEventListener("scroll", this.#update);
        removeEventListener("resize", this.#update);
    }
}

customElements.define("reading-progress", ReadingProgress);

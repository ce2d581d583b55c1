// <mention-cards>: a mention (a.mention, written into the article's HTML at import) opens its entity's card in a
// popover beside it. The card is the one its own page shows, fetched from that page; if the fetch fails (offline and
// never opened, say), the link is followed as a plain link.
const cards = new Map();

async function cardFor(url) {
    if (!cards.has(url)) {
        cards.set(url, fetch(url, { credentials: "same-origin" }).then(async (response) => {
            if (!response.ok) {
                throw new Error(`${response.status}`);
            }
            const page = new DOMParser().parseFromString(await response.text(), "text/html");
            const card = page.querySelector(".entity-card");
            if (!card) {
                throw new Error("no card");
            }
            // A section of this page, not a page of its own: its name is not the page's heading.
            const heading = card.querySelector("h1");
            if (heading) {
                const name = document.createElement("h2");
                for (const attribute of heading.attributes) {
                    name.setAttribute(attribute.name, attribute.value);
                }
                name.append(...heading.childNodes);
                heading.replaceWith(name);
            }
            return card;
        }).catch((error) => {
            cards.delete(url);
            throw error;
        }));
    }
    return (await cards.get(url)).cloneNode(true);
}

class MentionCards extends HTMLElement {
    #popover;
    #opener = null;

    #click = async (event) => {
        const mention = event.target.closest?.("a.mention");
        if (!mention || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
            return;
        }
        event.preventDefault();
        try {
            const card = await cardFor(mention.href);
            this.#show(card, mention);
        } catch {
            location.assign(mention.href);
        }
    };

    #toggle = (event) => {
        if (event.newState === "closed" && this.#opener?.isConnected) {
            // Back to the mention it was opened from, as a dialog returns focus.
            this.#opener.focus({ preventScroll: true });
        }
    };

    connectedCallback() {
        this.#popover = this.querySelector(".mention-popover");
        if (!this.#popover || typeof this.#popover.showPopover !== "function") {
            return;
        }
        document.addEventListener("click", this.#click);
        this.#popover.addEventListener("toggle", this.#toggle);
    }

    disconnectedCallback() {
        document.removeEventListener("click", this.#click);
        this.#popover?.removeEventListener("toggle", this.#toggle);
    }

    #show(card, mention) {
        const popover = this.#popover;
        this.#opener = mention;
        popover.replaceChildren(card);
        if (popover.matches(":popover-open")) {
            popover.hidePopover();
        }
        popover.showPopover();
        // Below the mention, kept inside the window; the popover sits in the top layer, so positions are the viewport's.
        const place = mention.getBoundingClientRect();
        const box = popover.getBoundingClientRect();
        const margin = 8;
        const inline = Math.min(Math.max(margin, place.left + (place.width / 2) - (box.width / 2)), window.innerWidth - box.width - margin);
        const below = place.bottom + margin;
        const block = below + box.height + margin <= window.innerHeight ? below : Math.max(margin, place.top - box.height - margin);
        popover.style.left = `${inline}px`;
        popover.style.top = `${block}px`;
        (card.querySelector(".entity-name") ?? card).setAttribute("tabindex", "-1");
        (card.querySelector(".entity-name") ?? card).focus({ preventScroll: true });
    }
}

customElements.define("mention-cards", MentionCards);

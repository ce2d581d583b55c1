// <share-tools>: around the article's text. A click on a [data-copy-link] link puts this page's shareable URL with the
// link's fragment on the clipboard (the link still goes on to its fragment, so the address bar shows it); a click on
// a [data-copy] button puts its text there. Either is announced (data-copied) in the page's status (CopyStatus).

let hideTimer;

function announce(text) {
    const status = document.getElementById("copy-status");
    if (!status) {
        return;
    }
    status.textContent = text;
    status.classList.add("visible");
    clearTimeout(hideTimer);
    hideTimer = setTimeout(() => status.classList.remove("visible"), 2000);
}

class ShareTools extends HTMLElement {
    #onClick = async (event) => {
        const source = event.target instanceof Element ? event.target.closest("a[data-copy-link], [data-copy]") : null;
        if (!source || !navigator.clipboard) {
            return;
        }
        const text = source.matches("a[data-copy-link]") ? `${this.dataset.shareUrl}${new URL(source.href).hash}` : source.dataset.copy;
        try {
            await navigator.clipboard.writeText(text);
            announce(source.dataset.copied ?? "");
        } catch {
            // Clipboard refused (permissions, insecure context): a link is still shareable from the address bar.
        }
    };

    connectedCallback() {
        this.addEventListener("click", this.#onClick);
    }

    disconnectedCallback() {
        this.removeEventListener("click", this.#onClick);
    }
}

customElements.define("share-tools", ShareTools);

// <share-tools>: a click on one of its [data-copy] links or buttons puts that text on the clipboard (a link still
// goes on to its fragment, so the address bar shows it) and announces data-copied in the page's status (CopyStatus).

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
        const source = event.target instanceof Element ? event.target.closest("[data-copy]") : null;
        if (!source || !navigator.clipboard) {
            return;
        }
        try {
            await navigator.clipboard.writeText(source.dataset.copy);
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

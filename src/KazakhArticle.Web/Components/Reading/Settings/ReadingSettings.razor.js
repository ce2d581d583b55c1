// <reading-settings>: the reader's choices of size, leading, width and theme, kept in localStorage under the key the
// page names (ReaderStorage) and applied as data attributes on <html>, where the head script (settings-early.js) puts
// them before the first paint of every later page.

const root = document.documentElement;
const settingsKey = root.dataset.settingsKey;

function readSettings() {
    try {
        return JSON.parse(localStorage.getItem(settingsKey) ?? "{}");
    } catch {
        return {};
    }
}

class ReadingSettings extends HTMLElement {
    // The form only groups the choices; it is never sent. Here rather than in an onsubmit attribute, which the
    // Content-Security-Policy refuses to run.
    #onSubmit = (event) => event.preventDefault();

    #onChange = (event) => {
        const input = event.target;
        if (!(input instanceof HTMLInputElement)) {
            return;
        }
        const settings = { ...readSettings(), [input.name]: input.value };
        try {
            localStorage.setItem(settingsKey, JSON.stringify(settings));
        } catch {
            // Private mode: the choice applies to this page only.
        }
        if (input.value === "auto") {
            delete root.dataset[input.name];
        } else {
            root.dataset[input.name] = input.value;
        }
    };

    connectedCallback() {
        // The page checks each group's default; a choice the reader made replaces it.
        const choices = [...this.querySelectorAll("input[type=radio]")];
        for (const [name, value] of Object.entries(readSettings())) {
            const choice = choices.find((input) => input.name === name && input.value === value);
            if (choice) {
                choice.checked = true;
            }
        }
        this.addEventListener("submit", this.#onSubmit);
        this.addEventListener("change", this.#onChange);
    }

    disconnectedCallback() {
        this.removeEventListener("submit", this.#onSubmit);
        this.removeEventListener("change", this.#onChange);
    }
}

customElements.define("reading-settings", ReadingSettings);

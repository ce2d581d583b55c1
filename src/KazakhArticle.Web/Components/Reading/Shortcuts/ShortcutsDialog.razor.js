// <keyboard-shortcuts>: a key pressed outside a field goes to the element that names it in its data-shortcuts
// ("t:toggle j:next", written by ShortcutKeys): its shortcut(action) method, or on a plain element the method of that
// name (an input's focus, a dialog's showModal). The keys are the markup's; this script knows none of them.

const typingIn = "input, textarea, select, [contenteditable], dialog[open]";

function actionFor(key) {
    for (const element of document.querySelectorAll("[data-shortcuts]")) {
        for (const pair of element.dataset.shortcuts.split(" ")) {
            const split = pair.lastIndexOf(":");
            if (pair.slice(0, split) === key) {
                return { element, action: pair.slice(split + 1) };
            }
        }
    }
    return null;
}

class KeyboardShortcuts extends HTMLElement {
    #onKey = (event) => {
        if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) {
            return;
        }
        if (event.target instanceof Element && event.target.closest(typingIn)) {
            return;
        }
        const found = actionFor(event.key);
        if (!found) {
            return;
        }
        const { element, action } = found;
        event.preventDefault();
        if (typeof element.shortcut === "function") {
            element.shortcut(action);
        } else {
            element[action]?.();
        }
    };

    connectedCallback() {
        document.addEventListener("keydown", this.#onKey);
    }

    disconnectedCallback() {
        document.removeEventListener("keydown", this.#onKey);
    }
}

customElements.define("keyboard-shortcuts", KeyboardShortcuts);

// Enhancements only: every link here is a real link that works without JavaScript.

const status = () => document.getElementById("copy-status");
let hideTimer;

function announce(text) {
    const region = status();
    if (!region) {
        return;
    }
    region.textContent = text;
    region.classList.add("visible");
    clearTimeout(hideTimer);
    hideTimer = setTimeout(() => region.classList.remove("visible"), 2000);
}

// "Link to this section": copy the full URL with its fragment, and still follow the link so the address bar shows it.
document.addEventListener("click", async (event) => {
    const link = event.target instanceof Element ? event.target.closest("a[data-copy-link]") : null;
    if (!link || !navigator.clipboard) {
        return;
    }
    try {
        await navigator.clipboard.writeText(link.href);
        announce(link.dataset.copied ?? "");
    } catch {
        // Clipboard refused (permissions, insecure context): the link itself is still shareable.
    }
});

// The browser follows a deep link before the web fonts arrive; when they reflow the text the target drifts.
// Once they are in, land on it again, unless the reader has already moved.
if (location.hash.length > 1) {
    let moved = false;
    const stop = () => { moved = true; };
    for (const type of ["wheel", "touchmove", "keydown", "pointerdown"]) {
        addEventListener(type, stop, { once: true, passive: true });
    }
    document.fonts.ready.then(() => {
        const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
        if (target && !moved) {
            target.scrollIntoView({ block: "start", behavior: "instant" });
        }
    });
}

// Switching view keeps the reader's place: the link gets the id of the first block in view (ids are shared by every view).
document.addEventListener("click", (event) => {
    const link = event.target instanceof Element ? event.target.closest("a[data-keep-place]") : null;
    if (!link) {
        return;
    }
    const header = document.querySelector(".article-header");
    if (header && header.getBoundingClientRect().bottom > 0) {
        return;
    }
    for (const block of document.querySelectorAll(".article .section-heading[id], .article .paragraph[id]")) {
        if (block.getBoundingClientRect().bottom > 0) {
            link.href = `${link.href.split("#")[0]}#${block.id}`;
            return;
        }
    }
});

// A translator's note shown on this page is reached in place, without leaving the current view.
document.addEventListener("click", (event) => {
    const link = event.target instanceof Element ? event.target.closest("a.note-ref, a.note-back") : null;
    const id = link ? new URL(link.href).hash.slice(1) : "";
    if (id && document.getElementById(id)) {
        event.preventDefault();
        location.hash = id;
    }
});

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

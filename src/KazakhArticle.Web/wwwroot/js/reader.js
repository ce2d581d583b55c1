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

/**
 * The link to share for a place on this page: the page's URL without an interface language (its x-default
 * alternate), so it opens in the language of whoever follows it, and lands on the same block.
 */
function shareUrl(href) {
    const target = new URL(href, location.href);
    const page = document.querySelector('link[rel="alternate"][hreflang="x-default"]')?.href;
    return page ? `${page.split("#")[0]}${target.hash}` : target.href;
}

// "Link to this section": copy the shareable URL with its fragment, and still follow the link so the address bar shows it.
document.addEventListener("click", async (event) => {
    const link = event.target instanceof Element ? event.target.closest("a[data-copy-link]") : null;
    if (!link || !navigator.clipboard) {
        return;
    }
    try {
        await navigator.clipboard.writeText(shareUrl(link.href));
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

/** The block the reader is at: the first heading or paragraph below the sticky toolbar; null at the top of the article. */
function blockInView() {
    const top = document.querySelector(".reader-tools")?.getBoundingClientRect().bottom ?? 0;
    const header = document.querySelector(".article-header");
    if (header && header.getBoundingClientRect().bottom > top) {
        return null;
    }
    return [...document.querySelectorAll(".article .section-heading[id], .article .paragraph[id]")]
        .find((block) => block.getBoundingClientRect().bottom > top + 32) ?? null;
}

// Switching view keeps the reader's place: the link gets the id of the block in view (ids are shared by every view).
document.addEventListener("click", (event) => {
    const link = event.target instanceof Element ? event.target.closest("a[data-keep-place]") : null;
    const block = link ? blockInView() : null;
    if (block) {
        link.href = `${link.href.split("#")[0]}#${block.id}`;
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

// Arriving from a search: count the marked words and step between them.
const hits = () => [...document.querySelectorAll("article mark.hit")];
let currentHit = -1;

function showHit(step) {
    const marks = hits();
    if (marks.length === 0) {
        return;
    }
    marks[currentHit]?.classList.remove("current");
    currentHit = (currentHit + step + marks.length) % marks.length;
    const mark = marks[currentHit];
    mark.classList.add("current");
    mark.scrollIntoView({ block: "center" });
    const count = document.querySelector(".hit-navigator .hit-count");
    if (count) {
        count.textContent = `${currentHit + 1} / ${marks.length}`;
    }
}

// Delegated, so it survives Blazor's enhanced page updates.
document.addEventListener("click", (event) => {
    const button = event.target instanceof Element ? event.target.closest("[data-hit-step]") : null;
    if (button) {
        showHit(Number(button.dataset.hitStep));
    }
});

function initHitNavigator() {
    const navigator = document.querySelector(".hit-navigator");
    if (!navigator) {
        return;
    }
    const marks = hits();
    const count = navigator.querySelector(".hit-count");
    if (count) {
        count.textContent = `${marks.length}`;
    }
    for (const button of navigator.querySelectorAll("[data-hit-step]")) {
        button.hidden = marks.length === 0;
    }
    // Start from the first mark at or after the paragraph the link landed on.
    const target = location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    const index = target ? marks.findIndex((mark) => target.contains(mark) || (target.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_FOLLOWING)) : 0;
    currentHit = index > 0 ? index - 1 : -1;
}

initHitNavigator();
window.Blazor?.addEventListener?.("enhancedload", initHitNavigator);

// Reading settings: kept in localStorage, applied as data attributes on <html> (see settings-early.js).
const settingsKey = document.documentElement.dataset.settingsKey; // named by the page (ReaderStorage)

function readSettings() {
    try {
        return JSON.parse(localStorage.getItem(settingsKey) ?? "{}");
    } catch {
        return {};
    }
}

function initSettings() {
    const panel = document.querySelector(".reading-settings");
    if (!panel) {
        return;
    }
    const settings = readSettings();
    const defaults = { size: "2", leading: "normal", width: "medium", theme: "auto" };
    for (const input of panel.querySelectorAll("input[type=radio]")) {
        input.checked = (settings[input.name] ?? defaults[input.name]) === input.value;
    }
}

// The form only groups the choices; it is never sent. Here rather than in an onsubmit attribute, which the
// Content-Security-Policy refuses to run (no inline script but settings-early.js).
document.addEventListener("submit", (event) => {
    if (event.target instanceof HTMLFormElement && event.target.closest(".reading-settings")) {
        event.preventDefault();
    }
});

document.addEventListener("change", (event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || !input.closest(".reading-settings")) {
        return;
    }
    const settings = { ...readSettings(), [input.name]: input.value };
    try {
        localStorage.setItem(settingsKey, JSON.stringify(settings));
    } catch {
        // Private mode: the choice applies to this page only.
    }
    if (input.value === "auto") {
        delete document.documentElement.dataset[input.name];
    } else {
        document.documentElement.dataset[input.name] = input.value;
    }
});

// Reading progress: how far through the article the reader is.
function updateProgress() {
    const bar = document.querySelector(".reading-progress-bar");
    const article = document.querySelector("article.article");
    if (!bar || !article) {
        return;
    }
    const box = article.getBoundingClientRect();
    const total = box.height - innerHeight;
    const done = total > 0 ? Math.min(1, Math.max(0, -box.top / total)) : 1;
    bar.style.transform = `scaleX(${done})`;
}

addEventListener("scroll", updateProgress, { passive: true });
addEventListener("resize", updateProgress, { passive: true });

function initPage() {
    initSettings();
    updateProgress();
}

initPage();
window.Blazor?.addEventListener?.("enhancedload", initPage);

// Scroll-spy: the contents mark the section being read.
let spy;

function initScrollSpy() {
    spy?.disconnect();
    const links = new Map([...document.querySelectorAll(".toc a[data-section]")].map((a) => [a.dataset.section, a]));
    const sections = articleSections();
    if (links.size === 0 || sections.length === 0) {
        return;
    }
    const mark = () => {
        const current = sections[Math.max(0, sectionBeingRead(sections))].id;
        for (const [id, link] of links) {
            if (id === current) {
                link.setAttribute("aria-current", "location");
            } else {
                link.removeAttribute("aria-current");
            }
        }
    };
    // The observer's first call comes once the page is laid out: no layout forced while the page loads.
    spy = new IntersectionObserver(mark, { rootMargin: "0px 0px -66% 0px" });
    sections.forEach(({ section }) => spy.observe(section));
}

/** The article's sections with their headings' ids. */
function articleSections() {
    return [...document.querySelectorAll("article section > .section-heading[id]")].map((heading) => ({ id: heading.id, section: heading.parentElement }));
}

/**
 * The index of the section being read: the last one that starts above the upper third of the window (-1 above the
 * first). The sections' own boxes are read, never their contents': a section off screen is not laid out
 * (content-visibility: auto in app.css), and reading a box inside it would lay it out.
 */
function sectionBeingRead(sections) {
    let current = -1;
    sections.forEach(({ section }, i) => {
        if (section.getBoundingClientRect().top < innerHeight / 3) {
            current = i;
        }
    });
    return current;
}

// Wide screens keep the contents open beside the text; narrow ones start with the drawer closed.
function initTocDrawer() {
    const drawer = document.querySelector(".toc-drawer");
    if (drawer && matchMedia("(min-width: 60rem)").matches) {
        // CSS already shows it here; open says so to assistive technology too.
        drawer.open = true;
    }
}

// Paragraphs off screen were skipped for the first paint (content-visibility in app.css). Once the page is idle they
// are laid out, a few at a time within each idle period, so no long task: then every position is exact, and an
// anchor or Back after a jump lands where it did. Each one's layout is forced here, inside the idle time, rather
// than left to the next frame.
let layoutPass = 0;
const notLaidOut = () => [...document.querySelectorAll(".article .paragraph:not(.laid-out)")];

// Where there is no requestIdleCallback (Safari): a task at a time, with 8 ms of budget each.
const idle = (work) => (window.requestIdleCallback ?? ((callback) => setTimeout(() => {
    const end = performance.now() + 8;
    callback({ timeRemaining: () => end - performance.now() });
}, 1)))(work);

function layOutTheRest() {
    const pass = ++layoutPass;
    const pending = notLaidOut();
    const step = (deadline) => {
        while (pass === layoutPass && pending.length > 0 && deadline.timeRemaining() > 2) {
            const paragraph = pending.shift();
            paragraph.classList.add("laid-out");
            paragraph.getBoundingClientRect();
        }
        if (pass === layoutPass && pending.length > 0) {
            idle(step);
        }
    };
    idle(step);
}

layOutTheRest();
window.Blazor?.addEventListener?.("enhancedload", layOutTheRest);

// A jump before that pass is done lays out the rest at once, first: the position left (what Back returns to) and the
// one jumped to are then both taken from the real layout. The Navigation API tells of every same-document jump,
// scripted ones too; where it is missing, a click on an in-page link does.
function layOutNow() {
    const pending = notLaidOut();
    if (pending.length > 0) {
        layoutPass++;
        pending.forEach((paragraph) => paragraph.classList.add("laid-out"));
        document.querySelector("article.article")?.getBoundingClientRect();
    }
}

if (window.navigation) {
    navigation.addEventListener("navigate", (event) => {
        if (event.hashChange) {
            layOutNow();
        }
    });
} else {
    document.addEventListener("click", (event) => {
        if (event.target instanceof Element && event.target.closest("a[href*='#']")) {
            layOutNow();
        }
    }, { capture: true });
}

initScrollSpy();
initTocDrawer();
window.Blazor?.addEventListener?.("enhancedload", () => { initScrollSpy(); initTocDrawer(); });

// On a narrow screen, following a contents link folds the drawer away from the text.
document.addEventListener("click", (event) => {
    const link = event.target instanceof Element ? event.target.closest(".toc a") : null;
    const drawer = link?.closest(".toc-drawer");
    if (drawer && !matchMedia("(min-width: 60rem)").matches) {
        drawer.open = false;
    }
});

// "Cite this paragraph": author, title, outlet, section and link, in the interface language.
document.addEventListener("click", async (event) => {
    const button = event.target instanceof Element ? event.target.closest(".cite-button") : null;
    if (!button || !navigator.clipboard) {
        return;
    }
    const url = shareUrl(button.dataset.href);
    try {
        await navigator.clipboard.writeText(button.dataset.citation.replace("{4}", url));
        announce(button.dataset.copied ?? "");
    } catch {
        // Clipboard refused: nothing to announce.
    }
});

// Keyboard: / search, j/k next/previous section, t contents, v next view, ? this list. Never while typing.
document.addEventListener("keydown", (event) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) {
        return;
    }
    const target = event.target;
    if (target instanceof Element && target.closest("input, textarea, select, [contenteditable], dialog[open]")) {
        return;
    }
    const actions = {
        "/": () => document.getElementById("header-search-q")?.focus(),
        j: () => stepSection(1),
        k: () => stepSection(-1),
        t: () => toggleContents(),
        v: () => nextView(),
        "?": () => document.getElementById("shortcuts")?.showModal(),
    };
    const action = actions[event.key];
    if (action) {
        event.preventDefault();
        action();
    }
});

function stepSection(step) {
    const sections = articleSections();
    if (sections.length === 0) {
        return;
    }
    const next = sections[Math.min(sections.length - 1, Math.max(0, sectionBeingRead(sections) + step))];
    location.hash = next.id;
}

function toggleContents() {
    const drawer = document.querySelector(".toc-drawer");
    if (!drawer) {
        return;
    }
    drawer.open = !drawer.open || matchMedia("(min-width: 60rem)").matches;
    drawer.querySelector("a")?.focus();
}

function nextView() {
    const links = [...document.querySelectorAll(".view-switcher a")];
    const current = links.findIndex((a) => a.getAttribute("aria-current") === "page");
    links[(current + 1) % links.length]?.click();
}

// Continue where you left off: remember the paragraph in view, offer it when the reader comes back.
const placeKey = (slug) => `${document.documentElement.dataset.placeKey}${slug}`; // the prefix is the page's (ReaderStorage)
let placeTimer;

addEventListener("scroll", () => {
    clearTimeout(placeTimer);
    placeTimer = setTimeout(() => {
        const slug = document.querySelector(".reader[data-slug]")?.dataset.slug;
        if (!slug) {
            return;
        }
        const block = blockInView();
        try {
            if (block) {
                localStorage.setItem(placeKey(slug), block.id);
            }
        } catch {
            // Storage refused.
        }
    }, 400);
}, { passive: true });

function initResume() {
    const resume = document.querySelector(".resume");
    const slug = document.querySelector(".reader[data-slug]")?.dataset.slug;
    if (!resume || !slug || location.hash.length > 1) {
        return;
    }
    let id = null;
    try {
        id = localStorage.getItem(placeKey(slug));
    } catch {
        // Storage refused.
    }
    if (id && /^[a-z0-9-]+$/.test(id) && document.getElementById(id)) {
        const link = resume.querySelector("a");
        link.href = `${link.getAttribute("href").split("#")[0]}#${id}`;
        resume.hidden = false;
    }
}

initResume();

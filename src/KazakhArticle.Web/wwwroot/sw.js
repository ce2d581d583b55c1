// Offline reading (Components/Offline/OfflineReading.razor.js registers it). A page once read can be read again
// without a connection: its document, styles, fonts and scripts are kept here.
//
// Pages are fetched from the network first, through the browser's HTTP cache, which asks the server with the page's
// ETag: online, a reader always gets the version published now, and the kept copy is replaced by it. Only when the
// network fails is the kept copy served. Files (styles, scripts, fonts, images) are served from here and refreshed in
// the background; their URLs carry their content's fingerprint, so a new version is a new URL.
//
// At a fixed URL (/sw.js) and never fingerprinted: the browser checks it for changes itself. Bump the version when
// the way things are kept changes; the old stores are deleted when the new worker takes over.
const VERSION = 1;
const PAGES = `pages-v${VERSION}`;
const FILES = `files-v${VERSION}`;

// Never kept: the live search's connection and fragment, and the API.
const passesThrough = (url) => url.origin !== self.location.origin
    || url.pathname.startsWith("/_blazor")
    || url.pathname.startsWith("/api/")
    || /^\/[a-z]{2}\/live\//.test(url.pathname);

const withoutFragment = (url) => {
    const copy = new URL(url);
    copy.hash = "";
    return copy.href;
};

self.addEventListener("install", () => self.skipWaiting());

self.addEventListener("activate", (event) => event.waitUntil((async () => {
    for (const key of await caches.keys()) {
        if (key !== PAGES && key !== FILES) {
            await caches.delete(key);
        }
    }
    await self.clients.claim();
})()));

async function networkFirst(request) {
    const pages = await caches.open(PAGES);
    try {
        const response = await fetch(request);
        if (response.ok) {
            await pages.put(request, response.clone());
        }
        return response;
    } catch {
        return (await pages.match(request, { ignoreVary: true })) ?? offlineAnswer();
    }
}

async function keptFirst(request) {
    const files = await caches.open(FILES);
    const kept = await files.match(request, { ignoreVary: true });
    const refreshed = fetch(request).then(async (response) => {
        if (response.ok) {
            await files.put(request, response.clone());
        }
        return response;
    });
    if (kept) {
        refreshed.catch(() => undefined);
        return kept;
    }
    return refreshed;
}

// A page never read while online: said in both languages, as the reader's is not known here.
function offlineAnswer() {
    const body = `<!DOCTYPE html><html lang="ar" dir="rtl"><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>KazakhArticle</title><main style="font:1.1rem/1.6 system-ui,sans-serif;max-width:34rem;margin:3rem auto;padding:0 1rem">
<p>أنت غير متصل بالإنترنت، وهذه الصفحة لم تُقرأ من قبل على هذا الجهاز. الصفحات التي قرأتها متاحة.</p>
<p lang="en" dir="ltr">You are offline, and this page has not been read on this device before. The pages you have read are here.</p></main>`;
    return new Response(body, { status: 503, headers: { "Content-Type": "text/html; charset=utf-8" } });
}

self.addEventListener("fetch", (event) => {
    const request = event.request;
    const url = new URL(request.url);
    if (request.method !== "GET" || passesThrough(url)) {
        return;
    }
    if (request.mode === "navigate" || request.destination === "document") {
        event.respondWith(networkFirst(request));
    } else if (["style", "script", "font", "image", "manifest"].includes(request.destination)) {
        event.respondWith(keptFirst(request));
    }
});

// The page that registered the worker names what it was made of (it loaded before the worker could see it); they are
// kept, from the HTTP cache where it has them, and the page is told when they are.
self.addEventListener("message", (event) => {
    if (event.data?.type !== "keep" || !Array.isArray(event.data.urls)) {
        return;
    }
    event.waitUntil((async () => {
        const [pages, files] = await Promise.all([caches.open(PAGES), caches.open(FILES)]);
        await Promise.all(event.data.urls.map(async ({ url, page, as }) => {
            const target = new URL(url, self.location.origin);
            if (passesThrough(target)) {
                return;
            }
            try {
                const response = await fetch(withoutFragment(target), { cache: "force-cache" });
                if (response.ok) {
                    const store = page ? pages : files;
                    if (page && typeof as === "string" && new URL(as).origin === self.location.origin) {
                        await store.put(withoutFragment(as), response.clone());
                    }
                    await store.put(withoutFragment(target), response);
                }
            } catch {
                // Gone offline meanwhile: kept the next time.
            }
        }));
        event.ports[0]?.postMessage({ type: "kept" });
    })());
});

// Starting Blazor, for the few parts of a page that are live. Shared by the header search and the search page.

/**
 * Two cookies that only this page's script sets, never the server, before anything live is fetched: the page's
 * language for the connection (LiveConnectionCultureProvider reads it; scoped to /_blazor), and an affinity key by
 * which a load balancer sends the live fragment and the connection it starts to the same instance.
 */
export function prepareConnection() {
    document.cookie = `ka-live-lang=${document.documentElement.lang}; path=/_blazor; SameSite=Lax`;
    if (!document.cookie.split("; ").some((c) => c.startsWith("ka-affinity="))) {
        document.cookie = `ka-affinity=${crypto.randomUUID()}; path=/; SameSite=Lax`;
    }
}

/** Loads blazor.web.js (not loaded by any page up front) and starts it. */
export async function startBlazor(src) {
    prepareConnection();
    if (!window.Blazor) {
        await new Promise((resolve, reject) => {
            const script = document.createElement("script");
            script.src = src;
            script.setAttribute("autostart", "false");
            script.onload = resolve;
            script.onerror = reject;
            document.body.append(script);
        });
    }
    await window.Blazor.start();
}

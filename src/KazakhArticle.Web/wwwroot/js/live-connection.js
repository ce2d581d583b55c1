// Starting Blazor, for the few parts of a page that are live. Shared by the header search and the search page.

/**
 * Loads blazor.web.js (not loaded by any page up front) and starts it. Before that, two cookies that only this
 * page's script sets, never the server: the page's language for the connection (LiveConnectionCultureProvider
 * reads it; scoped to /_blazor), and an affinity key a load balancer can route the connection by.
 */
export async function startBlazor(src) {
    document.cookie = `ka-live-lang=${document.documentElement.lang}; path=/_blazor; SameSite=Lax`;
    if (!document.cookie.split("; ").some((c) => c.startsWith("ka-affinity="))) {
        document.cookie = `ka-affinity=${crypto.randomUUID()}; path=/; SameSite=Lax`;
    }
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

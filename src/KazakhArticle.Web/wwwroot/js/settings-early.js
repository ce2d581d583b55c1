// Runs in <head>, before the first paint: the reader's settings are on <html> before any text is laid out.
(() => {
    const root = document.documentElement;
    // Scripted tools ([data-needs-script]) take their place in the first layout, not after load: nothing shifts.
    root.classList.add("js");
    try {
        // The key is the page's (ReaderStorage), not written here.
        const settings = JSON.parse(localStorage.getItem(root.dataset.settingsKey) ?? "{}");
        for (const key of ["size", "leading", "width", "theme"]) {
            if (typeof settings[key] === "string" && /^[a-z0-9]+$/.test(settings[key]) && settings[key] !== "auto") {
                root.dataset[key] = settings[key];
            }
        }
    } catch {
        // Storage refused or corrupt: defaults.
    }

    // Text first: the modules components name (data-module) are imported after the first contentful paint; then
    // data-modules="loaded" on <html> says the page's enhancements are in.
    const importModules = () => Promise.all(
        [...document.querySelectorAll("[data-module]")].map(element => import(new URL(element.dataset.module, document.baseURI).href)),
    ).then(() => { root.dataset.modules = "loaded"; });
    document.addEventListener("DOMContentLoaded", () => {
        if (window.PerformanceObserver?.supportedEntryTypes?.includes("paint")) {
            new PerformanceObserver((entries, observer) => {
                if (entries.getEntriesByName("first-contentful-paint").length > 0) {
                    observer.disconnect();
                    importModules();
                }
            }).observe({ type: "paint", buffered: true });
        } else {
            requestAnimationFrame(() => setTimeout(importModules));
        }
    });
})();

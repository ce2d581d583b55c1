// Runs in <head>, before the first paint: the reader's settings are on <html> before any text is laid out.
(() => {
    const root = document.documentElement;
    // Scripted tools ([data-needs-script]) take their place in the first layout, not after load: nothing shifts.
    root.classList.add("js");
    try {
        const settings = JSON.parse(localStorage.getItem("kazakh-article:settings") ?? "{}");
        for (const key of ["size", "leading", "width", "theme"]) {
            if (typeof settings[key] === "string" && /^[a-z0-9]+$/.test(settings[key]) && settings[key] !== "auto") {
                root.dataset[key] = settings[key];
            }
        }
    } catch {
        // Storage refused or corrupt: defaults.
    }
})();

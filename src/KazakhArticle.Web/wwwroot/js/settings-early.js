// Runs in <head>, before the first paint: the reader's settings are on <html> before any text is laid out.
(() => {
    try {
        const settings = JSON.parse(localStorage.getItem("kazakh-article:settings") ?? "{}");
        const root = document.documentElement;
        for (const key of ["size", "leading", "width", "theme"]) {
            if (typeof settings[key] === "string" && /^[a-z0-9]+$/.test(settings[key]) && settings[key] !== "auto") {
                root.dataset[key] = settings[key];
            }
        }
        root.classList.add("js");
    } catch {
        // Storage refused or corrupt: defaults.
    }
})();

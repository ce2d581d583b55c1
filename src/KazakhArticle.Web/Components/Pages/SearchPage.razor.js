import { startBlazor } from "../../js/live-connection.js";

// The search page is live from the start: it exists to search.
await startBlazor(document.querySelector("script[data-blazor]").dataset.blazor);

// Draws the app's icons (src/KazakhArticle.Web/wwwroot/icons) once, with Chromium: the letter kaf in the site's own
// Arabic font on its accent colour. Run from the repository root after `npm ci` in tests/lighthouse (for puppeteer-core):
//   node tools/icons/make-icons.mjs
import { pathToFileURL } from "node:url";
import path from "node:path";
import puppeteer from "../../tests/lighthouse/node_modules/puppeteer-core/lib/esm/puppeteer/puppeteer-core.js";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
const font = pathToFileURL(path.join(root, "src/KazakhArticle.Web/wwwroot/fonts/noto-naskh-arabic-arabic-700-normal.woff2")).href;
const out = path.join(root, "src/KazakhArticle.Web/wwwroot/icons");

// A maskable icon is cropped to a circle of 80% of its side: the letter keeps inside it, the colour runs to the edges.
const icons = [
    { name: "icon-192.png", size: 192, radius: 0.18, letter: 0.62 },
    { name: "icon-512.png", size: 512, radius: 0.18, letter: 0.62 },
    { name: "icon-maskable-512.png", size: 512, radius: 0, letter: 0.48 },
];

const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
for (const icon of icons) {
    const page = await browser.newPage();
    await page.setViewport({ width: icon.size, height: icon.size });
    await page.setContent(`<!DOCTYPE html><style>
        @font-face { font-family: Naskh; src: url("${font}") format("woff2"); font-weight: 700; }
        html, body { margin: 0; background: transparent; }
        div { width: ${icon.size}px; height: ${icon.size}px; border-radius: ${icon.radius * icon.size}px; background: #0b5c8a;
              color: #fdfdfb; font: 700 ${icon.letter * icon.size}px/1 Naskh; display: grid; place-items: center; }
        span { transform: translateY(-6%); }
        </style><div><span>ك</span></div>`);
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: path.join(out, icon.name), omitBackground: true });
    await page.close();
}
await browser.close();

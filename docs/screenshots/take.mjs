// Takes the README's screenshots from a running shop. Used once by hand, not by the build:
//   mkdir /tmp/pw && cp docs/screenshots/take.mjs /tmp/pw && cd /tmp/pw && npm i playwright-core
//   node take.mjs http://localhost:8080 <admin password> <this folder>
// (Debian's chromium at /usr/bin/chromium; the shop should have a few orders, see docs/screenshots/README.md).
import { chromium } from "playwright-core";
import { fileURLToPath } from "node:url";
import path from "node:path";

const [base, adminPassword, outDir] = process.argv.slice(2);
const out = outDir ?? path.dirname(fileURLToPath(import.meta.url));
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run"],
});
// live pages keep a Server-Sent Events connection open, so the network is never idle: wait for the load,
// then give charts and fragments a moment
const shot = async (page, url, name) => {
  await page.goto(base + url);
  await page.waitForLoadState("load");
  await page.waitForTimeout(1500);
  await page.screenshot({ path: path.join(out, name + ".png") });
};
const desktop = await browser.newPage({ viewport: { width: 1280, height: 860 } });
await shot(desktop, "/", "storefront");
await shot(desktop, "/p/3", "product");
// the assistant widget, asked in the customer's own words (offline assistant, hybrid search)
await desktop.goto(base + "/");
await desktop.click(".chat-toggle");
await desktop.waitForSelector("#chat-message");
await desktop.fill("#chat-message", "Got anything to keep my coffee hot on the go?");
await desktop.click("#chat-form button[type=submit]");
await desktop.waitForTimeout(2500);
await desktop.screenshot({ path: path.join(out, "assistant.png") });
const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
await shot(phone, "/c/home-garden", "storefront-phone");
const admin = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await admin.goto(base + "/login");
await admin.fill("#username", "admin@aisle.local");
await admin.fill("#password", adminPassword);
await admin.click("#login-form button[type=submit]");
await shot(admin, "/admin", "admin-dashboard");
await shot(admin, "/admin/models", "admin-models");
await browser.close();

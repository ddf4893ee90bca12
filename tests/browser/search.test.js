// The search page of a built site in Debian's chromium, driven by
// playwright-core (no browser is downloaded).
//
//   node search.test.js SITE_DIR [RELATIVE_SITE_DIR]
//
// SITE_DIR is served with `python3 -m http.server` on a free 127.0.0.1 port;
// RELATIVE_SITE_DIR, built with `relative_urls: true`, is opened from file://.
// Run by tests/browser/run, which .ci/run calls after the demo build.
"use strict";
const { chromium } = require("playwright-core");
const { serve } = require("./static-server");
const path = require("path");
const assert = require("assert");

const KERIPIK = "bimtek-wub-keripik-pisang-gending-2024";

// Types `query` and returns the result links' hrefs once its results show
// (the list says which query it shows in data-query).
async function results(page, query) {
  await page.fill("#search-q", query);
  await page.waitForSelector(`[data-search-results][data-query="${query}"] li a`);
  return page.$$eval("[data-search-results] li a", (as) => as.map((a) => a.getAttribute("href")));
}

async function main() {
  const [site, relative] = process.argv.slice(2);
  assert(site, "usage: node search.test.js SITE_DIR [RELATIVE_SITE_DIR]");
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  const { server, origin } = await serve(path.resolve(site));
  let failed = false;
  try {
    const page = await browser.newPage();
    const requests = [];
    const errors = [];
    page.on("request", (r) => requests.push(r.url()));
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(origin + "/search/");

    let hrefs = await results(page, "keripik");
    assert(hrefs.some((h) => h.includes(KERIPIK)), `"keripik" does not find ${KERIPIK}: ${hrefs}`);
    console.log(`ok: "keripik" finds ${KERIPIK}`);

    // "latih" finds programs whose text says "pelatihan", with it marked.
    hrefs = await results(page, "latih");
    const programs = hrefs.filter((h) => h.includes("/programs/"));
    assert(programs.length > 0, `"latih" finds no program: ${hrefs}`);
    const marks = await page.$$eval("[data-search-results] mark", (ms) => ms.map((m) => m.textContent.toLowerCase()));
    assert(marks.some((m) => m.startsWith("pelatihan")), `"latih" marks no "pelatihan": ${marks}`);
    console.log(`ok: "latih" finds ${programs.length} programs saying "pelatihan"`);

    // Prefixes while typing, and affixes: "mengolah" meets "olahan".
    hrefs = await results(page, "kerip");
    assert(hrefs.some((h) => h.includes(KERIPIK)), `"kerip" does not find ${KERIPIK}`);
    console.log('ok: "kerip" finds it too');

    // A result link opens its page.
    await page.click(`[data-search-results] a[href*="${KERIPIK}"]`);
    await page.waitForURL(`**/programs/${KERIPIK}/`);
    console.log("ok: a result opens its page");

    // ?q= in the address runs the search.
    await page.goto(origin + "/search/?q=keripik");
    await page.waitForSelector(`[data-search-results] a[href*="${KERIPIK}"]`);
    console.log("ok: /search/?q=keripik shows it");

    // The programs index's filters are pages of their own: a sector link
    // opens that sector's programs, every card of which is in the sector.
    await page.goto(origin + "/programs/");
    const link = page.locator('nav.filters ul[aria-label] li a').last();
    const target = await link.getAttribute("href");
    await link.click();
    assert.strictEqual(new URL(page.url()).pathname, target, "the filter link did not navigate");
    const cards = await page.$$eval("ul.cards > li", (l) => l.length);
    assert(cards > 0, `${target} lists no programs`);
    console.log(`ok: a programs filter opens its own page (${target}, ${cards} programs)`);

    const outside = requests.filter((u) => !u.startsWith(origin));
    assert.deepStrictEqual(outside, [], "requests left the site");
    assert.deepStrictEqual(errors, [], "script errors");
    console.log(`ok: ${requests.length} requests, all to the site; no script error`);

    // Without JavaScript the page says so and links to the programs.
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noJs.newPage();
    await plain.goto(origin + "/search/");
    assert(await plain.isHidden("form[data-search]"), "the search form shows without script");
    assert(await plain.isVisible('main a[href="/programs/"]'), "no link to the programs without script");
    await noJs.close();
    console.log("ok: without JavaScript it links to the programs");

    // Opened from disk, with relative links.
    if (relative) {
      const file = "file://" + path.resolve(relative, "search/index.html") + "?q=keripik";
      const disk = await browser.newPage();
      await disk.goto(file);
      await disk.waitForSelector(`[data-search-results] a[href*="${KERIPIK}"]`);
      const href = await disk.$eval(`[data-search-results] a[href*="${KERIPIK}"]`, (a) => a.href);
      assert(href.startsWith("file://") && href.endsWith("/index.html"), href);
      console.log("ok: from file:// too, linking to index.html");
    }
  } catch (e) {
    failed = true;
    console.error("FAILED:", e.message || e);
  } finally {
    await browser.close();
    server.kill();
  }
  process.exit(failed ? 1 : 0);
}

main();

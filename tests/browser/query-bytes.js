// What a search costs a browser: serves a built site, opens /search/?q=WORD in
// chromium and adds up the bytes of every response until the results show.
// Used for docs/BENCHMARKS.md ("Search"); not a test.
//
//   node query-bytes.js SITE_DIR WORD...
"use strict";
const { chromium } = require("playwright-core");
const { spawn } = require("child_process");
const net = require("net");
const path = require("path");

async function main() {
  const [site, ...queries] = process.argv.slice(2);
  const port = await new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const p = s.address().port;
      s.close(() => resolve(p));
    });
  });
  const server = spawn("python3", ["-m", "http.server", String(port), "--bind", "127.0.0.1", "--directory", path.resolve(site)], { stdio: "ignore" });
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(origin + "/search/")).ok) break; } catch (e) { /* starting */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    for (const q of queries) {
      const page = await browser.newPage();
      const sizes = {};
      page.on("response", async (r) => {
        try { sizes[r.url().slice(origin.length)] = (await r.body()).length; } catch (e) { /* redirect */ }
      });
      const t0 = Date.now();
      await page.goto(`${origin}/search/?q=${encodeURIComponent(q)}`);
      await page.waitForSelector("[data-search-results][data-query]", { state: "attached" });
      const ms = Date.now() - t0;
      const status = await page.textContent("[data-search-status]");
      await page.waitForTimeout(200); // let the last bodies be read
      const files = Object.entries(sizes);
      const index = files.filter(([u]) => u.startsWith("/search/") && u.endsWith(".js"));
      const sum = (l) => l.reduce((a, [, n]) => a + n, 0);
      console.log(`${q}: ${status}; ${files.length} files, ${sum(files)} bytes in all (index ${sum(index)} bytes in ${index.length} files), first results in ${ms} ms`);
      for (const [u, n] of index) console.log(`  ${u} ${n}`);
      await page.close();
    }
  } finally {
    await browser.close();
    server.kill();
  }
}
main();

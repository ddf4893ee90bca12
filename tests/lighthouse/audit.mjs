// Lighthouse (mobile, its default) on five pages of a built site, with
// Debian's chromium: fails unless accessibility, best practices and SEO are
// all 100 and no page shifts its layout by more than 0.05 (CLS).
//
//   node audit.mjs SITE_DIR
//
// Run by tests/lighthouse/run (which .ci/run calls); SITE_DIR is served with
// `python3 -m http.server` on a free 127.0.0.1 port. Prints a table of scores,
// and for each failure the audits that cost the points.
import { createRequire } from "node:module";
import path from "node:path";
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";

const require = createRequire(import.meta.url);
const { serve } = require("../browser/static-server.js");

// Home, the flagship program, a news item with a photo and a gallery, the
// outcomes and the search page (issue 17).
const PAGES = [
  "/",
  "/programs/bimtek-wub-keripik-pisang-gending-2024/",
  "/news/istri-nelayan-lumajang-belajar-olah-ikan/",
  "/outcomes/",
  "/search/",
];
const MUST_BE_100 = ["accessibility", "best-practices", "seo"];
const MAX_CLS = 0.05;

const site = process.argv[2];
if (!site) {
  console.error("usage: node audit.mjs SITE_DIR");
  process.exit(2);
}

const { server, origin } = await serve(path.resolve(site));
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});
const rows = [];
const failures = [];
try {
  for (const page of PAGES) {
    const { lhr } = await lighthouse(
      origin + page,
      {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
      },
    );
    if (lhr.runtimeError) {
      failures.push(`${page}: Lighthouse could not load it: ${lhr.runtimeError.message}`);
      continue;
    }
    const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const cls = lhr.audits["cumulative-layout-shift"]?.numericValue ?? NaN;
    const lcp = lhr.audits["largest-contentful-paint"]?.numericValue ?? NaN;
    rows.push([page, score("performance"), score("accessibility"), score("best-practices"), score("seo"),
      cls.toFixed(3), `${(lcp / 1000).toFixed(1)} s`]);
    for (const id of MUST_BE_100) {
      if (score(id) === 100) continue;
      const lost = lhr.categories[id].auditRefs
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id].score ?? 1) < 1)
        .map((ref) => `${ref.id} (${lhr.audits[ref.id].title})`);
      failures.push(`${page}: ${id} ${score(id)}, not 100: ${lost.join("; ")}`);
    }
    if (!(cls <= MAX_CLS)) failures.push(`${page}: layout shift (CLS) ${cls.toFixed(3)}, more than ${MAX_CLS}`);
  }
} finally {
  await chrome.kill();
  server.kill();
}

console.log("| page | performance | accessibility | best practices | SEO | CLS | LCP |");
console.log("|---|---|---|---|---|---|---|");
for (const r of rows) console.log(`| ${r.join(" | ")} |`);
if (failures.length) {
  console.error(`\nLighthouse: ${failures.length} failed\n${failures.map((f) => `- ${f}`).join("\n")}`);
  process.exit(1);
}
console.log(`\nLighthouse: ${rows.length} pages, accessibility, best practices and SEO 100, CLS ≤ ${MAX_CLS}`);

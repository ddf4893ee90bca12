// The editing forms at /admin/ of `warta serve`, in Debian's chromium driven
// by playwright-core (offline: Decap CMS comes from warta's binary, no
// browser is downloaded).
//
//   node cms.test.js ORIGIN SITE_DIR WARTA_BIN
//
// ORIGIN is `warta serve --root SITE_DIR` (a copy of the demo site: the test
// writes into it). An editor creates a program and a news item through the
// forms (title, dates, an organizer picked from the list, a curriculum
// session, an uploaded photo with its description), saves; the test then
// finds the files on disk, checks `warta build` passes and that the preview
// serves both new pages. Last, a program ending before it starts is refused
// with warta's own message in the CMS's notification, and nothing is written.
// With SCREENSHOTS=DIR it also saves the filled forms at 1280 px there
// (docs/screenshots/cms-*-1280.png). Run by tests/cms/run.
"use strict";
const { chromium } = require("playwright-core");
const yaml = require("js-yaml");
const assert = require("assert");
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const cms = require("./decap");
const disk = require("./disk");

const PROGRAM_TITLE = "Pelatihan Anyaman Pandan Tulungagung 2027";
const NEWS_TITLE = "Pendaftaran Pelatihan Anyaman Pandan Tulungagung Dibuka";
const ORGANIZER = { id: "disperindag-jatim", typed: "Perindustrian dan Perdagangan Provinsi", option: /Perindustrian dan Perdagangan Provinsi|Disperindag Jatim/i };

async function main() {
  const [origin, site, warta] = process.argv.slice(2);
  assert(origin && site && warta, "usage: node cms.test.js ORIGIN SITE_DIR WARTA_BIN");
  const shots = process.env.SCREENSHOTS;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  let passed = 0;
  let failed = 0;
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // Each check runs on; a failed one leaves a screenshot of the page behind.
  const check = async (name, body) => {
    try {
      await body();
      passed++;
      console.log(`ok: ${name}`);
    } catch (e) {
      failed++;
      const shot = path.join(os.tmpdir(), `warta-cms-failure-${failed}.png`);
      await page.screenshot({ path: shot }).catch(() => {});
      console.error(`FAILED: ${name}\n  ${String(e.stack || e).split("\n").slice(0, 6).join("\n  ")}\n  the page then: ${shot}`);
    }
  };
  try {
    const offsite = [];
    page.on("request", (r) => {
      const u = new URL(r.url());
      if (!["127.0.0.1", "localhost"].includes(u.hostname) && !["data:", "blob:"].includes(u.protocol)) offsite.push(r.url());
    });
    await openCms(page, origin);
    const jpeg = await cms.makeJpeg(page);

    // --- a program, through the form ---
    let before = disk.snapshot(site);
    let program;
    await check("a program saved through the form is a file warta reads", async () => {
      await cms.openNew(page, origin, "programs");
      await cms.field(page, "title").fill(PROGRAM_TITLE);
      await cms.field(page, "start").fill("2027-03-01");
      await cms.field(page, "end").fill("2027-03-03");
      await cms.pickRelation(page, "organizers", ORGANIZER.typed, ORGANIZER.option);
      const curriculum = await cms.addListItem(page, "curriculum");
      await cms.field(curriculum, "title").fill("Mengenal daun pandan dan cara mengeringkannya");
      await cms.field(curriculum, "day").fill("1");
      await cms.field(curriculum, "hours").fill("2");
      await cms.addPhoto(page, "image", { name: "anyaman-pandan.jpg", mimeType: "image/jpeg", buffer: jpeg }, "Tikar anyaman pandan berwarna hijau dan kuning");
      if (shots) await screenshot(page, path.join(shots, "cms-program-form-1280.png"));
      await cms.publish(page);
      const note = await cms.notification(page);
      assert(!/fail|gagal|error|galat/i.test(note), `expected the save to succeed; the CMS said: ${note}`);
      await cms.waitForSaved(page);
      const changes = await disk.waitForChanges(site, before);
      const file = changes.added.find((f) => /^content\/programs\/[^/]+\.yaml$/.test(f));
      assert(file, `expected a new content/programs/<id>.yaml; new files: ${changes.added.join(", ") || "none"}`);
      const record = yaml.load(fs.readFileSync(path.join(site, file), "utf8"));
      assert.strictEqual(record.title, PROGRAM_TITLE);
      assert.strictEqual(day(record.start), "2027-03-01", `start: ${record.start}`);
      assert.strictEqual(day(record.end), "2027-03-03", `end: ${record.end}`);
      assert.deepStrictEqual([].concat(record.organizers), [ORGANIZER.id], "organizers: the id of the organization picked");
      assert.strictEqual(record.curriculum?.[0]?.title, "Mengenal daun pandan dan cara mengeringkannya");
      assert.strictEqual(Number(record.curriculum[0].hours), 2);
      disk.assertPhoto(site, file, record.image, changes.added);
      program = { id: path.basename(file, ".yaml"), file };
    });

    // --- a news item about it ---
    before = disk.snapshot(site);
    let news;
    await check("a news item saved through the form is a file warta reads", async () => {
      await cms.openNew(page, origin, "news");
      await cms.field(page, "title").fill(NEWS_TITLE);
      await cms.field(page, "date").fill("2026-11-30T09:00");
      await cms.pickRelation(page, "organizations", ORGANIZER.typed, ORGANIZER.option);
      if (program) await cms.pickRelation(page, "programs", "Anyaman Pandan", /Anyaman Pandan/i);
      await cms.addPhoto(page, "image", { name: "pandan-kering.jpg", mimeType: "image/jpeg", buffer: jpeg }, "Daun pandan dijemur di halaman rumah");
      await cms.typeMarkdown(page, "body", "Dinas Perindustrian dan Perdagangan membuka pendaftaran pelatihan anyaman pandan.");
      if (shots) await screenshot(page, path.join(shots, "cms-news-form-1280.png"));
      await cms.publish(page);
      const note = await cms.notification(page);
      assert(!/fail|gagal|error|galat/i.test(note), `expected the save to succeed; the CMS said: ${note}`);
      await cms.waitForSaved(page);
      const changes = await disk.waitForChanges(site, before);
      const file = changes.added.find((f) => /^content\/news\/.+\.md$/.test(f));
      assert(file, `expected a new content/news/**/*.md; new files: ${changes.added.join(", ") || "none"}`);
      const { front, body } = disk.frontMatter(fs.readFileSync(path.join(site, file), "utf8"));
      assert.strictEqual(front.title, NEWS_TITLE);
      assert(String(front.date instanceof Date ? front.date.toISOString() : front.date).startsWith("2026-11-30"), `date: ${front.date}`);
      assert.deepStrictEqual([].concat(front.organizations), [ORGANIZER.id], "organizations: the id picked");
      if (program) assert.deepStrictEqual([].concat(front.programs), [program.id], "programs: the new program's id");
      assert(body.includes("anyaman pandan"), `the body is the Markdown typed: ${JSON.stringify(body)}`);
      disk.assertPhoto(site, file, front.image, changes.added);
      news = { file, front };
    });

    await check("`warta build` passes with the new records", async () => {
      const out = fs.mkdtempSync(path.join(os.tmpdir(), "warta-cms-build-"));
      try {
        execFileSync(warta, ["build", "--root", site, "--output", out], { stdio: ["ignore", "pipe", "pipe"] });
      } catch (e) {
        throw new Error(`expected \`warta build\` to pass; it exited ${e.status}:\n${e.stderr}`);
      } finally {
        fs.rmSync(out, { recursive: true, force: true });
      }
    });

    await check("the preview serves the new program and news pages", async () => {
      assert(program && news, "needs both records saved above");
      await disk.waitForPage(`${origin}/programs/${program.id}/`, PROGRAM_TITLE);
      // docs/CONTENT.md: a news item's address is its file's name without a leading date.
      const slug = news.front.slug || path.basename(news.file, ".md").replace(/^\d{4}-\d{2}-\d{2}-/, "");
      await disk.waitForPage(`${origin}/news/${slug}/`, NEWS_TITLE);
    });

    // --- a save that would break the site ---
    await check("a program ending before it starts is refused with warta's message, nothing written", async () => {
      await cms.openNew(page, origin, "programs");
      await cms.field(page, "title").fill("Pelatihan Tanggal Terbalik 2027");
      await cms.field(page, "start").fill("2027-05-10");
      await cms.field(page, "end").fill("2027-05-01");
      await cms.pickRelation(page, "organizers", ORGANIZER.typed, ORGANIZER.option);
      const unchanged = disk.snapshot(site);
      await cms.publish(page);
      const note = await cms.notification(page);
      if (shots) await page.waitForTimeout(1500).then(() => page.screenshot({ path: path.join(shots, "cms-program-refused-1280.png") }));
      assert(
        /program berakhir \(1 Mei 2027\) sebelum dimulai \(10 Mei 2027\)/.test(note),
        `expected warta's message "program berakhir (1 Mei 2027) sebelum dimulai (10 Mei 2027)" in the CMS's notification; it said: ${note}`,
      );
      await page.waitForTimeout(1000);
      const changes = disk.diff(unchanged, disk.snapshot(site));
      assert.deepStrictEqual(changes, { added: [], changed: [], removed: [] }, "nothing written");
    });

    assert.deepStrictEqual(offsite, [], "the CMS asked for nothing outside this machine");
  } catch (e) {
    failed++;
    console.error(`FAILED: ${String(e.stack || e)}`);
  } finally {
    await browser.close();
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

/// Opens /admin/ and passes Decap's login page (the local backend asks for
/// no password: its button just enters).
async function openCms(page, origin) {
  const response = await page.goto(`${origin}/admin/`);
  assert(response && response.ok(), `expected /admin/ to answer 200; it answered ${response && response.status()}`);
  const login = page.getByRole("button", { name: /^(login|masuk)/i });
  const inside = page.locator('a[href*="#/collections/"]').first();
  await Promise.race([login.waitFor({ timeout: 30000 }), inside.waitFor({ timeout: 30000 })]).catch(() => {});
  if (await login.isVisible()) await login.click();
  await cms.waitFor(inside, "the CMS's list of collections after /admin/ loaded", 30000);
}

/// A screenshot of the form, 1280 px wide and tall enough for most of it,
/// from its top, the media library closed.
async function screenshot(page, file) {
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 1280, height: 1800 });
  await page.waitForTimeout(800);
  await page.evaluate(() => {
    for (const e of document.querySelectorAll("*")) if (e.scrollTop) e.scrollTop = 0;
  });
  await page.waitForTimeout(300);
  await page.screenshot({ path: file });
  await page.setViewportSize(viewport);
  console.log(`screenshot: ${file}`);
}

/// "2027-03-01" from a YAML date, which js-yaml reads as a Date.
function day(value) {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);
}

main();

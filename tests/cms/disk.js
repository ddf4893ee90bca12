// What a save left in the site folder, and what the preview serves, for
// cms.test.js: the files under content/ and static/ before and after, the
// records read back as YAML, the photo they name.
"use strict";
const assert = require("assert");
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");
const yaml = require("js-yaml");

const WATCHED = ["content", "static"];

/// Every file under the site's content/ and static/: relative path → hash.
function snapshot(site) {
  const files = new Map();
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) {
        files.set(path.relative(site, full).split(path.sep).join("/"), crypto.createHash("sha1").update(fs.readFileSync(full)).digest("hex"));
      }
    }
  };
  for (const top of WATCHED) if (fs.existsSync(path.join(site, top))) walk(path.join(site, top));
  return files;
}

/// The files added, changed and removed between two snapshots, sorted.
function diff(before, after) {
  const added = [...after.keys()].filter((f) => !before.has(f)).sort();
  const changed = [...after.keys()].filter((f) => before.has(f) && before.get(f) !== after.get(f)).sort();
  const removed = [...before.keys()].filter((f) => !after.has(f)).sort();
  return { added, changed, removed };
}

/// Waits (up to 10 s) until something under content/ or static/ differs
/// from `before`, and returns the difference; a save changes no existing file.
async function waitForChanges(site, before) {
  for (let i = 0; i < 50; i++) {
    const changes = diff(before, snapshot(site));
    if (changes.added.length) {
      assert.deepStrictEqual(changes.removed, [], "a new record removes no file");
      assert.deepStrictEqual(changes.changed, [], "a new record changes no existing file");
      return changes;
    }
    await sleep(200);
  }
  throw new Error("expected the save to write a file under content/ or static/ within 10 s; nothing changed");
}

/// The front matter (YAML between `---` lines) and body of a news file.
function frontMatter(text) {
  const m = text.match(/^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/);
  assert(m, `expected a news file to start with YAML front matter between --- lines:\n${text.slice(0, 300)}`);
  return { front: yaml.load(m[1]), body: m[2] };
}

/// The photo `image` of the record in `file` is the uploaded one: a new file
/// where warta looks for it (beside the record, or under static/ for a `/`
/// path; docs/CONTENT.md, Photos), with the description typed.
function assertPhoto(site, file, image, added) {
  assert(image && typeof image === "object", `expected an image: { src, alt } in ${file}; it has ${JSON.stringify(image)}`);
  assert(image.alt && image.alt.length > 5, `expected the photo's description (alt) in ${file}; it has ${JSON.stringify(image)}`);
  const src = String(image.src);
  const where = src.startsWith("/") ? path.posix.join("static", src) : path.posix.join(path.posix.dirname(file), src);
  assert(added.includes(where), `expected the uploaded photo at ${where} (from src: ${src} in ${file}); new files: ${added.join(", ")}`);
  const bytes = fs.readFileSync(path.join(site, where));
  assert(bytes[0] === 0xff && bytes[1] === 0xd8, `expected ${where} to be the uploaded JPEG`);
}

/// Fetches `url` until it answers 200 with `text` in it (the preview rebuilds
/// after a save), up to 30 s; returns the page.
async function waitForPage(url, text) {
  let last = "";
  for (let i = 0; i < 60; i++) {
    try {
      const response = await fetch(url);
      const body = await response.text();
      if (response.ok && body.includes(text)) return body;
      last = `${response.status}${response.ok ? `, without "${text}"` : ""}`;
    } catch (e) {
      last = String(e);
    }
    await sleep(500);
  }
  throw new Error(`expected the preview to serve ${url} with "${text}" within 30 s; last answer: ${last}`);
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

module.exports = { snapshot, diff, waitForChanges, frontMatter, assertPhoto, waitForPage };

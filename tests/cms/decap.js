// Driving Decap CMS's editing forms the way an editor does, for cms.test.js
// and screenshots.js. Fields are found by the model's field names: Decap gives
// each control the id `<name>-field-<n>` and a <label for> with the label from
// the generated config.yml, so the labels (Indonesian or English, chosen by
// warta) can change without breaking the test.
"use strict";

/// The control of field `name` inside `scope` (a page or a locator): its
/// first one, in document order, so a top-level `title` comes before the
/// `title` of a curriculum session further down.
function field(scope, name) {
  return scope.locator(`[id^="${name}-field-"]`).first();
}

/// Opens the form for a new entry of `collection` and waits for its `title`.
/// The page is loaded anew: after a save, Decap's single-page app still shows
/// the saved entry for a moment, and a field found then would be the old one.
async function openNew(page, origin, collection) {
  const url = `${origin}/admin/#/collections/${collection}/new`;
  await page.goto("about:blank");
  await page.goto(url);
  const title = field(page, "title");
  const login = page.getByRole("button", { name: /^(login|masuk)/i });
  await Promise.race([title.waitFor({ timeout: 30000 }), login.waitFor({ timeout: 30000 })]).catch(() => {});
  if (await login.isVisible()) {
    await login.click();
    await page.goto(url);
  }
  await waitFor(title, `the "title" field of a new ${collection} entry at ${url}`);
}

/// Waits until `locator` is visible; fails saying what was expected.
async function waitFor(locator, what, timeout = 20000) {
  try {
    await locator.waitFor({ state: "visible", timeout });
  } catch (e) {
    throw new Error(`expected ${what} to show within ${timeout / 1000} s; it did not (${e.message.split("\n")[0]})`);
  }
}

/// Picks a record in a relation field (react-select): types `typed`, then
/// clicks the first option the CMS lists, read from the other collection's
/// records, whose text matches `option` (a RegExp).
async function pickRelation(page, name, typed, option) {
  const input = field(page, name);
  await input.click();
  await input.pressSequentially(typed, { delay: 20 });
  const choice = page.getByRole("option", { name: option }).first();
  await waitFor(choice, `an option matching ${option} in the list of the "${name}" relation field after typing "${typed}"`);
  await choice.click();
}

/// Adds one item to list field `name` and returns the locator of the list.
async function addListItem(page, name) {
  const list = field(page, name);
  await list.locator(":scope > div > button").last().click();
  return list;
}

/// A small JPEG made by the browser itself (a canvas), so the test needs no
/// photo file of its own.
async function makeJpeg(page) {
  const base64 = await page.evaluate(() => {
    const c = document.createElement("canvas");
    c.width = 480;
    c.height = 320;
    const g = c.getContext("2d");
    const grad = g.createLinearGradient(0, 0, 480, 320);
    grad.addColorStop(0, "#2e7d32");
    grad.addColorStop(1, "#f9a825");
    g.fillStyle = grad;
    g.fillRect(0, 0, 480, 320);
    return c.toDataURL("image/jpeg", 0.8).split(",")[1];
  });
  return Buffer.from(base64, "base64");
}

/// Uploads `file` ({ name, mimeType, buffer }) through the image field inside
/// the object field `objectName` (warta's photo: `src` and `alt`), and types
/// its description.
async function addPhoto(page, objectName, file, alt) {
  const photo = field(page, objectName);
  // An optional object field may start collapsed.
  const expand = photo.getByRole("button", { name: /expand|buka|bentangkan/i }).first();
  if (await expand.isVisible().catch(() => false)) await expand.click();
  await photo.locator('[aria-label="image field"] button').first().click();
  const chooser = page.waitForEvent("filechooser");
  await page.locator('input[type="file"]').first().waitFor({ state: "attached", timeout: 10000 });
  await page.locator('input[type="file"]').first().setInputFiles(file);
  await chooser.catch(() => {});
  // The media library lists the upload, selected; "choose selected" puts it in the field.
  const choose = page.getByRole("button", { name: /choose selected|pilih yang dipilih|pilih/i }).last();
  await waitFor(choose, "the media library's button to choose the uploaded photo");
  await choose.click();
  await waitFor(photo.locator("img").first(), `the uploaded photo's preview in the "${objectName}" field`);
  await field(photo, "alt").fill(alt);
}

/// Types `text` into the Markdown field `name` (a rich-text editor, not an
/// input: its wrapper is found by its label).
async function typeMarkdown(page, name, text) {
  const wrapper = page.locator(`div:has(> div > label[for^="${name}-field-"])`).first();
  const editor = wrapper.locator('[contenteditable="true"]').first();
  await waitFor(editor, `the Markdown editor of the "${name}" field`);
  await editor.click();
  await page.keyboard.type(text);
}

/// Saves the entry: Decap's "Publish" menu, then "Publish now".
async function publish(page) {
  await page.getByRole("button", { name: /^(publish|terbitkan)/i }).first().click();
  await page.getByText(/^(publish now|terbitkan sekarang)$/i).first().click();
}

/// Waits until Decap, after a successful save, shows the saved entry (its
/// address leaves `/new`), so the next page opened is not replaced by it.
async function waitForSaved(page) {
  try {
    await page.waitForURL((url) => url.hash.includes("/entries/"), { timeout: 20000 });
  } catch {
    throw new Error(`expected the CMS to show the saved entry (#/collections/<name>/entries/<id>) after saving; it stayed at ${page.url()}`);
  }
}

/// The text of Decap's notifications (Toastify) shown within `timeout`.
async function notification(page, timeout = 20000) {
  const toast = page.locator(".Toastify__toast").last();
  await waitFor(toast, "a notification from the CMS after saving", timeout);
  return (await toast.innerText()).trim();
}

module.exports = { field, openNew, waitFor, pickRelation, addListItem, makeJpeg, addPhoto, typeMarkdown, publish, waitForSaved, notification };

// The JavaScript stemmer agrees with src/render/stem.rs on the shared word
// list (the Rust side is checked by `cargo test`, stem::tests). Run: node stem.test.js
"use strict";
const fs = require("fs");
const path = require("path");
const { fold, stem } = require("../../themes/default/static/search.js");

const lines = fs.readFileSync(path.join(__dirname, "stems.txt"), "utf8").split("\n").filter((l) => l.trim());
let failed = 0;
for (const line of lines) {
  const [word, expected] = line.split("\t");
  const got = stem(fold(word));
  if (got !== expected) {
    console.error(`stem(${JSON.stringify(word)}) = ${JSON.stringify(got)}, expected ${JSON.stringify(expected)}`);
    failed++;
  }
}
if (failed) process.exit(1);
console.log(`stem.test.js: ${lines.length} words agree`);

// A built site served with `python3 -m http.server` on a free 127.0.0.1 port,
// shared by the browser tests (search.test.js) and tests/lighthouse/audit.mjs.
"use strict";
const { spawn } = require("child_process");
const net = require("net");

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/// Serves `dir`; resolves to `{ server, origin }` once it answers. Kill
/// `server` when done.
async function serve(dir) {
  const port = await freePort();
  const server = spawn("python3", ["-m", "http.server", String(port), "--bind", "127.0.0.1", "--directory", dir], {
    stdio: "ignore",
  });
  const origin = `http://127.0.0.1:${port}`;
  // Wait until it answers (it stops trying after a while; nothing is timed).
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(origin + "/");
      if (r.ok) return { server, origin };
    } catch (e) {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  throw new Error("python3 -m http.server did not start");
}

module.exports = { serve };

#!/usr/bin/env python3
"""Time and memory of `warta build` on the hostile inputs of issue 14's
"budgets" item, for one or more warta binaries in the same run:

    benches/budgets.py [--only tags,table,list,warn] target/release/warta [/tmp/warta-old ...]

Each input is one file added to the site `warta init` makes:
  tags    a news item whose front matter has `tags: [t0, t1, ...]`, 5 MB
          (plain YAML: our own reader takes it)
  table   a news item whose body is a Markdown table 50,000 columns wide
          and a few rows, 6 MB
  list    a news item whose body is 1.4 MB of one-character list items
  warn    a news item with 80,000 images without alt text, ten to a line
          (80,000 warnings in 0.9 MB, within the Markdown budget): the
          time is mostly printing them
Prints, per binary and input: exit code, wall seconds, maximum resident
memory (from /usr/bin/time -v) and the lines warta wrote to stderr.
A run is stopped after 300 s.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

FRONT = "---\ntitle: Besar\ndate: 2025-01-01\n"


def tags():
    items, size, i = [], 0, 0
    while size < 5_000_000:
        item = f"t{i}"
        items.append(item)
        size += len(item) + 2
        i += 1
    return FRONT + "tags: [" + ", ".join(items) + "]\n---\nIsi.\n"


def table(cols=50_000, size=6_000_000):
    head = "|" + "|".join(f"k{i}" for i in range(cols)) + "|\n"
    sep = "|" + "|".join("-" for _ in range(cols)) + "|\n"
    row = "|" + "|".join("x" for _ in range(cols)) + "|\n"
    text = FRONT + "---\n" + head + sep
    while len(text) < size:
        text += row
    return text


def list_items():
    return FRONT + "---\n" + "-\n" * 700_000


def warnings():
    return FRONT + "---\n" + ("![](/a.jpg)" * 10 + "\n") * 8_000


INPUTS = {"tags": tags, "table": table, "list": list_items, "warn": warnings}


def run(binary, root):
    env = dict(os.environ, SOURCE_DATE_EPOCH="1735689600", NO_COLOR="1")
    cmd = ["/usr/bin/time", "-v", binary, "build", "--root", root]
    try:
        p = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    except subprocess.TimeoutExpired:
        return None, None, None, None
    err = p.stderr
    wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", err)
    secs = int(wall.group(1) or 0) * 3600 + int(wall.group(2)) * 60 + float(wall.group(3))
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", err).group(1))
    ours = err[: err.find("\tCommand being timed")]
    return p.returncode, secs, rss / 1024, ours.count("\n")


def main():
    args = sys.argv[1:]
    only = set(INPUTS)
    if args[:1] == ["--only"]:
        only, args = set(args[1].split(",")), args[2:]
    binaries = args or ["target/release/warta"]
    with tempfile.TemporaryDirectory() as tmp:
        base = os.path.join(tmp, "base")
        subprocess.run([binaries[0], "init", base], check=True, capture_output=True)
        for name, make in INPUTS.items():
            if name not in only:
                continue
            text = make()
            for binary in binaries:
                root = os.path.join(tmp, name)
                shutil.rmtree(root, ignore_errors=True)
                shutil.copytree(base, root)
                with open(os.path.join(root, "content/news/besar.md"), "w") as f:
                    f.write(text)
                code, secs, mib, lines = run(binary, root)
                if code is None:
                    print(f"{name:6} {len(text) / 1e6:5.1f} MB  {binary}: stopped after 300 s")
                else:
                    print(
                        f"{name:6} {len(text) / 1e6:5.1f} MB  {binary}: exit {code}, "
                        f"{secs:6.2f} s, {mib:7.0f} MiB, {lines} lines on stderr"
                    )
                shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()

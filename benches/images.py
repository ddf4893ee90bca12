#!/usr/bin/env python3
"""Photos processed at build time, warta beside Hugo on the same 100 photos.

    benches/images.py [--photos 100] [--runs 3] [--work target/bench-images] [--no-hugo] [--no-warta]

Issue 17's measure: 100 photos of 12 megapixels (4000 x 3000), each on one news
item, made into the same files by both tools: WebP q75 and JPEG q80 at widths
480, 720, 1080 and 1600, and a 1200 x 630 share image cropped around the centre.

The photos are made once (kept in WORK/photos) from the demo site's own photos
(content/ and static/images/, see docs/FOTO-LISENSI.md): each is a random crop
of one of them, scaled up to 4000 x 3000 and given slight noise, then saved as a
JPEG of quality 90, so that they decode and encode like phone photos (3-5 MB),
not like flat test patterns that compress to nothing.

WORK/warta is a warta site (the photo beside its news item, `image: src:`);
WORK/hugo a Hugo site of page bundles whose single-page template calls
`.Resize "<w>x webp q75"` and `.Resize "<w>x jpg q80"` for each width and
`.Fill "1200x630 jpg q80 Center"`. Each round runs, for each tool (the order
changing every round), a cold build (warta's cache folder `.warta-cache/`, or
Hugo's `resources/_gen/`, deleted first) then a warm build (the cache from the
cold build kept), each into a new empty output folder, under `/usr/bin/time -v`
(wall, CPU, peak memory). warta runs with WARTA_TIMING=1: its line `images`
(reading each photo's header and planning its files; the files themselves are
made beside rendering, so they count in the wall time) is the column "images
prepare". Prints medians and
ranges and the ratio warta / Hugo as a Markdown table; every run goes to
WORK/results.json.
"""
import argparse
import glob
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import time

from build_speed import ROOT, evict, sh, timed_with_log

WIDTHS = (480, 720, 1080, 1600)
SIZE = (4000, 3000)
# warta's cache folder, in the site's folder (docs/CONTENT.md).
WARTA_CACHE = ".warta-cache"


def make_photos(folder, n):
    """`n` photo-like 4000 x 3000 JPEGs in `folder`, from the demo's photos."""
    from PIL import Image, ImageChops

    names = [os.path.join(folder, f"foto-{i:03d}.jpg") for i in range(n)]
    if all(os.path.exists(p) for p in names):
        return names
    os.makedirs(folder, exist_ok=True)
    sources = sorted(glob.glob(os.path.join(ROOT, "content", "**", "*.jpg"), recursive=True)
                     + glob.glob(os.path.join(ROOT, "static", "images", "*.jpg")))
    if not sources:
        sys.exit("no demo photos found under content/ or static/images/")
    rng = random.Random(17)
    for i, path in enumerate(names):
        if os.path.exists(path):
            continue
        src = Image.open(sources[i % len(sources)]).convert("RGB")
        # A 4:3 crop of 60-100 % of the photo's height, anywhere in it.
        h = int(src.height * rng.uniform(0.6, 1.0))
        w = min(src.width, h * 4 // 3)
        h = w * 3 // 4
        x, y = rng.randint(0, src.width - w), rng.randint(0, src.height - h)
        big = src.crop((x, y, x + w, y + h)).resize(SIZE, Image.BICUBIC)
        # Sensor-like noise, a little different in each channel.
        noise = Image.merge("RGB", [Image.effect_noise(SIZE, 5) for _ in range(3)])
        big = ImageChops.add(big, noise, 1.0, -128)
        big.save(path, "JPEG", quality=90)
        print(f"photo {i + 1}/{n}", file=sys.stderr)
    return names


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def place(photo, dest):
    """The photo at `dest`: a hard link where it can be, a copy elsewhere."""
    if os.path.exists(dest):
        return
    os.makedirs(os.path.dirname(dest), exist_ok=True)
    try:
        os.link(photo, dest)
    except OSError:
        shutil.copyfile(photo, dest)


def warta_site(site, photos):
    write(os.path.join(site, "warta.yaml"),
          "title: Uji Foto\nbase_url: https://uji.example.go.id/\npublisher: dinas-uji\n")
    write(os.path.join(site, "content/organizations/dinas-uji.yaml"),
          "name: Dinas Uji\nkind: government\n")
    for i, photo in enumerate(photos):
        place(photo, os.path.join(site, "content/news/2024", f"foto-{i:03d}.jpg"))
        write(os.path.join(site, "content/news/2024", f"berita-{i:03d}.md"),
              f"---\ntitle: Berita foto {i}\ndate: 2024-06-{1 + i % 28:02d}\n"
              f"summary: Berita uji dengan satu foto.\n"
              f"image:\n  src: foto-{i:03d}.jpg\n  alt: Foto uji nomor {i}.\n---\n"
              f"Berita uji nomor {i} dengan satu foto.\n")


HUGO_SINGLE = """<!doctype html><html><head><title>{{ .Title }}</title>
{{ with .Resources.GetMatch "foto.jpg" }}{{ $share := .Fill "1200x630 jpg q80 Center" }}
<meta property="og:image" content="{{ $share.Permalink }}">{{ end }}
</head><body><h1>{{ .Title }}</h1>
{{ with .Resources.GetMatch "foto.jpg" }}{{ $img := . }}
<picture>
<source type="image/webp" srcset="{{ range $i, $w := slice WIDTHS }}{{ if $i }}, {{ end }}{{ ($img.Resize (printf "%dx webp q75" $w)).RelPermalink }} {{ $w }}w{{ end }}">
<img alt="" srcset="{{ range $i, $w := slice WIDTHS }}{{ if $i }}, {{ end }}{{ ($img.Resize (printf "%dx jpg q80" $w)).RelPermalink }} {{ $w }}w{{ end }}">
</picture>{{ end }}
{{ .Content }}</body></html>
"""


def hugo_site(site, photos):
    write(os.path.join(site, "config.toml"),
          'baseURL = "https://uji.example.go.id/"\ntitle = "Uji Foto"\nlanguageCode = "id"\n'
          'disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n')
    widths = " ".join(str(w) for w in WIDTHS)
    write(os.path.join(site, "layouts/_default/single.html"), HUGO_SINGLE.replace("WIDTHS", widths))
    write(os.path.join(site, "layouts/_default/list.html"),
          "<!doctype html><title>{{ .Title }}</title>{{ range .Pages }}<a href=\"{{ .RelPermalink }}\">"
          "{{ .Title }}</a>{{ end }}\n")
    for i, photo in enumerate(photos):
        bundle = os.path.join(site, "content/news", f"berita-{i:03d}")
        place(photo, os.path.join(bundle, "foto.jpg"))
        write(os.path.join(bundle, "index.md"),
              f"---\ntitle: Berita foto {i}\ndate: 2024-06-{1 + i % 28:02d}\n---\n"
              f"Berita uji nomor {i} dengan satu foto.\n")


def images_stage_ms(log):
    """The time of warta's stages named `image...` in WARTA_TIMING's lines."""
    total, seen = 0.0, False
    for line in log.splitlines():
        parts = line.split()
        if len(parts) >= 3 and parts[0].startswith("image") and parts[2] == "ms":
            total += float(parts[1])
            seen = True
    return total if seen else None


def med(xs):
    return statistics.median(xs) if xs else None


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--photos", type=int, default=100, help="how many 4000 x 3000 photos")
    ap.add_argument("--runs", type=int, default=3, help="rounds (each: a cold and a warm build per tool)")
    ap.add_argument("--work", default=os.path.join(ROOT, "target", "bench-images"),
                    help="where the photos, sites and outputs go (default: target/bench-images)")
    ap.add_argument("--no-hugo", action="store_true", help="time warta only")
    ap.add_argument("--no-warta", action="store_true", help="time Hugo only")
    args = ap.parse_args()
    work = os.path.abspath(args.work)

    tools = ([] if args.no_warta else ["warta"]) + ([] if args.no_hugo else ["hugo"])
    if "hugo" in tools and not shutil.which("hugo"):
        sys.exit("hugo is not installed: `apt-get install hugo` (Debian's package), or pass --no-hugo")
    if "warta" in tools:
        sh("cargo", "build", "--release", "--quiet", "--bin", "warta", cwd=ROOT)
    warta = os.path.join(ROOT, "target", "release", "warta")
    hugo_version = subprocess.run(["hugo", "version"], capture_output=True,
                                  text=True).stdout.strip() if "hugo" in tools else ""

    photos = make_photos(os.path.join(work, "photos"), args.photos)
    sites = {"warta": os.path.join(work, f"warta-{args.photos}"),
             "hugo": os.path.join(work, f"hugo-{args.photos}")}
    warta_site(sites["warta"], photos)
    hugo_site(sites["hugo"], photos)
    source_mb = sum(os.path.getsize(p) for p in photos) / 1e6
    outputs = os.path.join(work, "outputs")
    shutil.rmtree(outputs, ignore_errors=True)

    def cache(tool):
        return os.path.join(sites[tool], WARTA_CACHE if tool == "warta" else "resources/_gen")

    def command(tool, out):
        if tool == "warta":
            return [warta, "build", "--root", sites["warta"], "--output", out]
        return ["hugo", "--quiet", "--source", sites["hugo"], "--destination", out]

    env = dict(os.environ, WARTA_TIMING="1")
    runs = {(t, s): [] for t in tools for s in ("cold", "warm")}
    for r in range(args.runs):
        order = tools[r % len(tools):] + tools[:r % len(tools)]
        for tool in order:
            shutil.rmtree(cache(tool), ignore_errors=True)
            for state in ("cold", "warm"):
                out = os.path.join(outputs, f"{tool}-{r}-{state}")
                os.sync()
                wall, cpu, peak, log = timed_with_log(command(tool, out), env)
                os.sync()
                evict(out)
                stage = images_stage_ms(log) if tool == "warta" else None
                runs[(tool, state)].append({"wall": wall, "cpu": cpu, "peak_mib": peak, "images_ms": stage})
                print(f"{tool} {state} run {r + 1}: {wall:.2f} s wall, {cpu:.2f} s CPU, {peak:.0f} MiB"
                      + (f", images prepare {stage:.1f} ms" if stage is not None else ""), file=sys.stderr)

    with open(os.path.join(work, "results.json"), "w") as f:
        json.dump({"date": time.strftime("%Y-%m-%d"), "hugo": hugo_version, "nproc": os.cpu_count(),
                   "photos": args.photos, "source_mb": source_mb,
                   "runs": {f"{t} {s}": v for (t, s), v in runs.items()}}, f, indent=1)

    print(f"\n{args.photos} photos of {SIZE[0]} x {SIZE[1]} ({source_mb:.0f} MB of JPEG); "
          f"{hugo_version or 'no Hugo'}; {os.cpu_count()} cores; {args.runs} runs each\n")
    print("| tool | build | wall median | wall range | CPU median | peak memory | images prepare | wall ÷ Hugo |")
    print("|---|---|---|---|---|---|---|---|")
    for state in ("cold", "warm"):
        hugo_wall = med([x["wall"] for x in runs.get(("hugo", state), [])])
        for tool in tools:
            rs = runs[(tool, state)]
            walls = [x["wall"] for x in rs]
            stage = [x["images_ms"] for x in rs if x["images_ms"] is not None]
            ratio = f"{med(walls) / hugo_wall:.2f}" if hugo_wall else "–"
            print(f"| {tool} | {state} | {med(walls):.2f} s | {min(walls):.2f}–{max(walls):.2f} s "
                  f"| {med([x['cpu'] for x in rs]):.2f} s | {med([x['peak_mib'] for x in rs]):.0f} MiB "
                  f"| {f'{med(stage):.1f} ms' if stage else '–'} | {ratio} |")
    shutil.rmtree(outputs, ignore_errors=True)


if __name__ == "__main__":
    main()

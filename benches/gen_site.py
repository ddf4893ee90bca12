#!/usr/bin/env python3
"""Writes a generated warta site and the equivalent Hugo site, for benchmarks.

    benches/gen_site.py N OUT [--seed S] [--photos]

OUT/warta: warta.yaml, N news items (~3 KB of Markdown each: headings, lists,
a table every fifth item, links), N/5 programs with 4-8 curriculum sessions,
venues, participants and outcomes, ~50 tags, 20 organizations.
OUT/hugo: the same Markdown as Hugo content (programs as pages whose front
matter carries the record), minimal layouts: home, section lists paginated by
10, single pages, tag pages, RSS and sitemap.
With --photos, every news item names a photo, as nearly every real news
report does: warta's `image:` (one photo of the demo site, in static/images/),
Hugo's `images:` front matter and static file (its minimal layouts show none).
Deterministic for a given seed.
"""
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PHOTO = "pesisir-rumput-pantai.jpg"

WORDS = ("pelatihan warga desa usaha produk olahan pisang keripik batik kopi kerajinan bambu "
         "pemasaran daring kemasan label izin modal koperasi dinas kabupaten kecamatan peserta "
         "praktik teori pendampingan mutu bahan baku alat produksi penjualan pasar ekspor "
         "perempuan pemuda petani nelayan ikan rumput laut anyaman tenun jahit busana").split()
REGENCIES = ["Kabupaten Probolinggo", "Kabupaten Pamekasan", "Kabupaten Jember", "Kabupaten Malang",
             "Kabupaten Banyuwangi", "Kabupaten Lumajang", "Kabupaten Sidoarjo", "Kota Surabaya"]
SECTORS = ["Pangan olahan", "Batik", "Kopi", "Kerajinan", "Perikanan", "Ekonomi digital", "Konveksi"]
KINDS = ["theory", "practice", "field-visit", "evaluation"]


def sentence(rng, n=12):
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def paragraph(rng):
    return " ".join(sentence(rng, rng.randint(8, 16)) for _ in range(rng.randint(3, 5)))


def body(rng, i, n_programs):
    # Links go to news whose number is a multiple of 3: those are dated 2024,
    # published whatever the build date.
    parts = [paragraph(rng), paragraph(rng), "## " + sentence(rng, 4)[:-1], paragraph(rng)]
    parts.append("\n".join(f"- {sentence(rng, 6)}" for _ in range(4)))
    if i % 5 == 0:
        rows = "\n".join(f"| {rng.choice(WORDS)} | {rng.randint(1, 99)} | {rng.randint(1, 99)} |" for _ in range(5))
        parts.append("| Indikator | Target | Capaian |\n|---|---|---|\n" + rows)
    parts.append(f"Lihat [program terkait](/programs/program-{rng.randrange(n_programs)}/) dan "
                 f"[berita lain](/news/berita-{rng.randrange(i + 1) // 3 * 3}/).")
    parts.append("### " + sentence(rng, 3)[:-1])
    parts.append(paragraph(rng))
    parts.append(paragraph(rng))
    return "\n\n".join(parts) + "\n"


def yaml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def program_record(rng, p, tags):
    year = 2024 + p % 3
    month = 1 + p % 12
    day = 1 + p % 25
    days = rng.randint(2, 4)
    start = f"{year}-{month:02d}-{day:02d}"
    end = f"{year}-{month:02d}-{day + days - 1:02d}"
    regency = rng.choice(REGENCIES)
    sessions = []
    for s in range(rng.randint(4, 8)):
        sessions.append(f"  - {{ title: {yaml_str(sentence(rng, 5)[:-1])}, day: {1 + s % days}, hours: {rng.randint(1, 4)}, "
                        f"kind: {rng.choice(KINDS)}, instructor: org-{rng.randrange(20)}, venue: Balai {p} }}")
    graduates = rng.randint(10, 30)
    return {
        "start": start,
        "end": end,
        "text": f"""title: {yaml_str("Pelatihan " + sentence(rng, 4)[:-1] + f" {p}")}
summary: {yaml_str(sentence(rng, 14))}
description: |
  {paragraph(rng)}
start: {start}
end: {end}
organizers: [org-{p % 20}]
partners: [org-{(p + 7) % 20}]
sector: {rng.choice(SECTORS)}
tags: [{", ".join(tags)}]
region: {{ province: Jawa Timur, regency: {regency}, district: Kecamatan {rng.choice(WORDS).capitalize()} }}
venues:
  - {{ name: Balai {p}, address: Jalan {rng.choice(WORDS).capitalize()} {p}, role: theory }}
  - {{ name: Pabrik {p}, address: Desa {rng.choice(WORDS).capitalize()}, role: practice, geo: {{ lat: -7.7, lon: 113.4 }} }}
participants: {{ quota: 30, registered: {graduates + 2}, attended: {graduates} }}
registration: {{ opens: {year}-{month:02d}-01, closes: {start}, fee: 0 }}
curriculum:
{chr(10).join(sessions)}
outcomes:
  graduates: {graduates}
  businesses_started: {rng.randint(0, 10)}
  jobs_created: {rng.randint(0, 15)}
  indicators:
    - {{ name: Peserta lulus, target: 30, actual: {graduates}, unit: orang }}
""",
    }


def main():
    args = sys.argv[1:]
    seed = 1
    if "--seed" in args:
        i = args.index("--seed")
        seed = int(args[i + 1])
        del args[i:i + 2]
    photos = "--photos" in args
    if photos:
        args.remove("--photos")
    n, out = int(args[0]), args[1]
    rng = random.Random(seed)
    n_programs = max(1, n // 5)
    tag_names = [f"topik {w} {i}" for i, w in enumerate((WORDS * 2)[:50])]
    w, h = os.path.join(out, "warta"), os.path.join(out, "hugo")

    write(os.path.join(w, "warta.yaml"),
          "title: Uji Beban\nbase_url: https://uji.example.go.id/\nnews_per_page: 10\npublisher: org-0\n")
    write(os.path.join(h, "config.toml"), """baseURL = "https://uji.example.go.id/"
title = "Uji Beban"
languageCode = "id"
paginate = 10
disableKinds = []
[taxonomies]
  tag = "tags"
[outputs]
  home = ["HTML", "RSS"]
  section = ["HTML"]
""")
    for o in range(20):
        write(os.path.join(w, f"content/organizations/org-{o}.yaml"),
              f"name: Dinas Uji {o}\nkind: government\nregion: {{ province: Jawa Timur, regency: {REGENCIES[o % 8]} }}\n")

    for p in range(n_programs):
        tags = rng.sample(tag_names, 2)
        rec = program_record(rng, p, tags)
        write(os.path.join(w, f"content/programs/program-{p}.yaml"), rec["text"])
        # Hugo: the record in front matter (YAML), the description as the body.
        write(os.path.join(h, f"content/programs/program-{p}.md"),
              f"---\n{rec['text'].replace('title:', 'title:', 1)}date: {rec['start']}\n---\n{paragraph(rng)}\n")

    for i in range(n):
        date = f"{2024 + i % 3}-{1 + i % 12:02d}-{1 + i % 28:02d}"
        tags = rng.sample(tag_names, 2)
        front = (f"title: {yaml_str('Berita ' + sentence(rng, 6)[:-1] + f' {i}')}\n"
                 f"date: {date}\nsummary: {yaml_str(sentence(rng, 12))}\n"
                 f"tags: [{', '.join(yaml_str(t) for t in tags)}]\n")
        text = body(rng, i, n_programs)
        warta_front, hugo_front = front, front
        if photos:
            warta_front += f"image: {{ src: /images/{PHOTO}, alt: Rumput pantai kering di pesisir. }}\n"
            hugo_front += f"images: [/images/{PHOTO}]\n"
        write(os.path.join(w, f"content/news/{date[:4]}/berita-{i}.md"),
              f"---\n{warta_front}programs: [program-{rng.randrange(n_programs)}]\n---\n{text}")
        write(os.path.join(h, f"content/news/berita-{i}.md"), f"---\n{hugo_front}---\n{text}")
    if photos:
        for site in (w, h):
            os.makedirs(os.path.join(site, "static", "images"), exist_ok=True)
            shutil.copy(os.path.join(HERE, "..", "static", "images", PHOTO),
                        os.path.join(site, "static", "images", PHOTO))

    layouts = {
        "_default/baseof.html": "<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>{{ .Title }}</title></head>"
                                "<body><nav><a href=\"/\">Beranda</a> <a href=\"/news/\">Berita</a> <a href=\"/programs/\">Program</a></nav>"
                                "<main>{{ block \"main\" . }}{{ end }}</main></body></html>",
        "_default/single.html": "{{ define \"main\" }}<article><h1>{{ .Title }}</h1><p>{{ .Date.Format \"2 January 2006\" }}</p>"
                                "{{ with .Params.summary }}<p>{{ . }}</p>{{ end }}{{ .Content }}"
                                "<ul>{{ range .Params.tags }}<li><a href=\"/tags/{{ . | urlize }}/\">{{ . }}</a></li>{{ end }}</ul>"
                                "{{ with .Params.curriculum }}<ol>{{ range . }}<li>{{ .title }} ({{ .kind }})</li>{{ end }}</ol>{{ end }}</article>{{ end }}",
        "_default/list.html": "{{ define \"main\" }}<h1>{{ .Title }}</h1><ul>{{ range .Paginator.Pages }}"
                              "<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a> {{ .Date.Format \"2 Jan 2006\" }}<p>{{ .Params.summary }}</p></li>"
                              "{{ end }}</ul>{{ template \"_internal/pagination.html\" . }}{{ end }}",
        "_default/terms.html": "{{ define \"main\" }}<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.ByCount }}"
                               "<li><a href=\"{{ .Page.RelPermalink }}\">{{ .Page.Title }}</a> {{ .Count }}</li>{{ end }}</ul>{{ end }}",
        "index.html": "{{ define \"main\" }}<h1>{{ .Site.Title }}</h1><ul>{{ range first 5 (where .Site.RegularPages \"Section\" \"news\") }}"
                      "<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}",
    }
    for rel, text in layouts.items():
        write(os.path.join(h, "layouts", rel), text)
    print(f"wrote {n} news and {n_programs} programs to {w} and {h}")


if __name__ == "__main__":
    main()

/* warta search: runs in the browser over the index under search/ (docs/SEARCH.md).
   Index files are scripts calling wartaSearch(name, data), loaded with <script>
   tags from this site only, so the search also works from file://. No framework.
   fold() and stem() are src/render/stem.rs line for line; tests/browser/stems.txt
   is the word list both are checked against. */
(function () {
  "use strict";
  var MIN = 4;

  function fold(s) {
    return s.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }
  function words(s) {
    return fold(s).split(/[^a-z0-9]+/).filter(Boolean);
  }
  function vowel(c) {
    return c !== "" && "aeiou".indexOf(c) >= 0;
  }
  function among(c, set) {
    return c !== "" && set.indexOf(c) >= 0;
  }
  function unprefix(w) {
    var out = null, m = /^(di|ter|ber|per)/.exec(w), r = w.slice(2), c3 = w.charAt(3);
    if (m) out = w.slice(m[0].length);
    else if (/^(me|pe)/.test(w)) {
      if (r.slice(0, 2) === "ng") out = r.slice(2);
      else if (r.slice(0, 2) === "ny" && vowel(w.charAt(4))) out = "s" + r.slice(2);
      else if (r.charAt(0) === "m" && vowel(c3)) out = "p" + r.slice(1);
      else if (r.charAt(0) === "m" && among(c3, "bpf")) out = r.slice(1);
      else if (r.charAt(0) === "n" && vowel(c3)) out = "t" + r.slice(1);
      else if (r.charAt(0) === "n" && among(c3, "cdjstz")) out = r.slice(1);
      else if (among(w.charAt(2), "lmnrwy") && vowel(c3)) out = r;
    }
    return out !== null && out.length >= MIN ? out : null;
  }
  function cut(w, suffix) {
    var n = w.length - suffix.length;
    return n >= MIN && w.slice(n) === suffix ? w.slice(0, n) : null;
  }
  function stem(word) {
    if (/[^\x00-\x7f]/.test(word) || word.length < MIN) return word;
    var w = word, prefixed = false, r, i;
    for (i = 0; i < 2 && (r = unprefix(w)) !== null; i++) {
      w = r;
      prefixed = true;
    }
    if ((r = cut(w, "nya")) !== null) w = r;
    r = cut(w, "kan");
    if (r === null) r = cut(w, "an");
    if (r === null && prefixed) r = cut(w, "i");
    return r !== null ? r : w;
  }

  if (typeof document === "undefined") {
    module.exports = { fold: fold, words: words, stem: stem };
    return;
  }

  var form = document.querySelector("[data-search]");
  var script = document.currentScript;
  if (!form || !script) return;
  var input = form.querySelector("input");
  var status = document.querySelector("[data-search-status]");
  var list = document.querySelector("[data-search-results]");
  var more = document.querySelector("[data-search-more]");
  var l = form.dataset;
  var base = script.src.replace(/[^/]*$/, "");
  var store = {}, loading = {}, shown = [], ranked = [], prefixes = [], seq = 0, PAGE = 10;

  // One index file: a promise of its data (null when it cannot be loaded).
  window.wartaSearch = function (name, data) { store[name] = data; };
  function load(name) {
    if (!loading[name]) {
      loading[name] = new Promise(function (resolve) {
        var s = document.createElement("script");
        s.src = base + "search/" + name + ".js";
        s.onload = function () { resolve(store[name] || null); };
        s.onerror = function () { resolve(null); };
        document.head.appendChild(s);
      });
    }
    return loading[name];
  }

  // The documents with every query word (as a prefix of a term, stemmed or
  // as typed), best first: title matches, then upcoming programs, then order.
  function rank(meta, queries) {
    var scores = null;
    queries.forEach(function (ps) {
      var hit = {};
      ps.forEach(function (p) {
        var shard = store["t/" + p.slice(0, meta.prefix)] || {};
        Object.keys(shard).forEach(function (term) {
          if (term.lastIndexOf(p, 0) !== 0) return;
          var id = 0;
          shard[term].forEach(function (v) {
            id += Math.floor(v / 2);
            var s = v % 2 ? 10 : 1;
            if (!(hit[id] >= s)) hit[id] = s;
          });
        });
      });
      if (scores === null) scores = hit;
      else Object.keys(scores).forEach(function (id) {
        if (hit[id]) scores[id] += hit[id]; else delete scores[id];
      });
    });
    return Object.keys(scores || {}).map(Number).map(function (id) {
      return [id, scores[id] + (meta.kinds.charAt(id) === "u" ? 6 : 0)];
    }).sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; }).map(function (x) { return x[0]; });
  }

  // Text with the words that match the query in <mark>, as DOM nodes.
  function marked(parent, text) {
    text.split(/([^\s.,;:!?()"'/\u2026-]+)/).forEach(function (part, i) {
      var f = fold(part), s = stem(f);
      var hit = i % 2 === 1 && prefixes.some(function (p) {
        return s.lastIndexOf(p, 0) === 0 || f.lastIndexOf(p, 0) === 0;
      });
      var node = document.createTextNode(part);
      if (hit) {
        var m = document.createElement("mark");
        m.appendChild(node);
        node = m;
      }
      parent.appendChild(node);
    });
  }

  function el(tag, cls, parent) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (parent) parent.appendChild(e);
    return e;
  }

  function item(meta, id, rec) {
    var li = el("li"), info = el("p", "result-meta", li);
    info.appendChild(document.createTextNode(meta.kinds.charAt(id) === "n" ? l.lNews : l.lProgram));
    if (rec[3]) {
      info.appendChild(document.createTextNode(" · "));
      el("span", "status status-" + rec[3], info).textContent = rec[4];
    }
    info.appendChild(document.createTextNode(" · " + rec[2]));
    var a = el("a", "", el("h2", "", li));
    var file = location.protocol === "file:" && /(^|\/)$/.test(rec[1]) ? "index.html" : "";
    a.href = base + rec[1] + file;
    marked(a, rec[0]);
    if (rec[5]) marked(el("p", "", li), rec[5]);
    return li;
  }

  // The next page of results: the document files they are in, then the items.
  function showMore(meta, mine) {
    var ids = ranked.slice(shown.length, shown.length + PAGE);
    shown = shown.concat(ids);
    var chunks = ids.map(function (id) { return "d/" + Math.floor(id / meta.chunk); });
    return Promise.all(chunks.map(load)).then(function () {
      if (mine !== seq) return;
      ids.forEach(function (id, i) {
        var recs = store[chunks[i]];
        var rec = recs && recs[id % meta.chunk];
        if (rec) list.appendChild(item(meta, id, rec));
      });
      more.hidden = shown.length >= ranked.length;
    });
  }

  function search(q) {
    var mine = ++seq;
    var queries = words(q).filter(function (w) { return w.length >= 2; }).map(function (w) {
      var s = stem(w);
      return s === w ? [w] : [s, w];
    });
    prefixes = [].concat.apply([], queries);
    if (!queries.length) {
      list.textContent = status.textContent = "";
      more.hidden = true;
      return Promise.resolve();
    }
    return load("meta").then(function (meta) {
      if (!meta) throw new Error("meta");
      var names = {};
      prefixes.forEach(function (p) {
        var key = p.slice(0, meta.prefix);
        if (meta.shards.indexOf(key) >= 0) names["t/" + key] = 1;
      });
      return Promise.all(Object.keys(names).map(load)).then(function () {
        if (mine !== seq) return;
        ranked = rank(meta, queries);
        shown = [];
        list.textContent = "";
        status.textContent = ranked.length ? ranked.length + " " + l.lResults : l.lNone;
        return showMore(meta, mine).then(function () { list.setAttribute("data-query", q); });
      });
    }).catch(function () {
      if (mine === seq) status.textContent = l.lError;
    });
  }

  var timer;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { search(input.value); }, 120);
  });
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    try {
      history.replaceState(null, "", "?q=" + encodeURIComponent(input.value));
    } catch (err) { /* file:// may refuse; the search still runs */ }
    search(input.value);
  });
  more.addEventListener("click", function () {
    load("meta").then(function (meta) { return showMore(meta, seq); });
  });
  var q = new URLSearchParams(location.search).get("q");
  if (q) {
    input.value = q;
    search(q);
  }
})();

/* warta: keeps a page current between nightly builds, and adds a copy button.
   Every page is complete without it. Statuses and registration are moved on
   from the dates in data- attributes, using today's date in the site's time
   zone; a clock earlier than the build date changes nothing. No framework. */
(function () {
  "use strict";
  var body = document.body, site = body.dataset;
  var all = function (sel, root) {
    return Array.prototype.slice.call((root || document).querySelectorAll(sel));
  };

  // Copy the page's address: only where the browser allows it (https).
  all("button[data-copy]").forEach(function (button) {
    var input = document.getElementById(button.dataset.copy);
    if (!input) return;
    input.addEventListener("focus", function () { input.select(); });
    if (!navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(input.value).then(function () {
        var out = button.nextElementSibling;
        if (out) out.textContent = button.dataset.done;
      }, function () { input.select(); });
    });
  });

  var today;
  try {
    var parts = {};
    new Intl.DateTimeFormat("en", {
      timeZone: site.tz || undefined, year: "numeric", month: "2-digit", day: "2-digit"
    }).formatToParts(new Date()).forEach(function (p) { parts[p.type] = p.value; });
    today = parts.year + "-" + parts.month + "-" + parts.day;
  } catch (e) {
    return;
  }
  if (!/^\d{4}-\d\d-\d\d$/.test(today) || !site.today || today <= site.today) return;

  var label = function (key) {
    return site["l" + key.charAt(0).toUpperCase() + key.slice(1)];
  };

  all(".status[data-start]").forEach(function (el) {
    var d = el.dataset;
    var key = today < d.start ? "upcoming" : today > d.end ? "completed" : "ongoing";
    if (el.classList.contains("status-" + key)) return;
    el.className = "status status-" + key;
    el.textContent = label(key);
  });

  all(".reg[data-reg]").forEach(function (el) {
    var d = el.dataset, key;
    if (today >= d.start) key = "closed";
    else if (d.reg === "full") key = "full";
    else if (d.opens && today < d.opens) key = "not_yet_open";
    else if (today <= d.closes) key = "open";
    else key = "closed";
    if (key !== d.reg) {
      el.className = "reg reg-" + key;
      el.textContent = key === "open" ? d.open : key === "not_yet_open" ? d.soon : label("closed");
      d.reg = key;
    }
    var scope = el.closest("article") || document;
    all("[data-when-open]", scope).forEach(function (e) { e.hidden = key !== "open"; });
    all("[data-when-soon]", scope).forEach(function (e) { e.hidden = key !== "not_yet_open"; });
  });

  // Home: a program that has ended leaves the list of current ones.
  var current = document.querySelector("[data-current]");
  if (current) {
    var left = 0;
    all("li", current).forEach(function (li) {
      li.hidden = !!li.querySelector(".status-completed");
      if (!li.hidden) left++;
    });
    var empty = document.querySelector("[data-current-empty]");
    if (empty) empty.hidden = left > 0;
  }

  // The footer says which day the statuses are as of, written as warta does.
  var asOf = document.querySelector(".built-on time");
  if (asOf) {
    try {
      var f = {};
      new Intl.DateTimeFormat(document.documentElement.lang === "en" ? "en-GB" : "id-ID", {
        timeZone: site.tz || undefined, weekday: "long", day: "numeric", month: "long", year: "numeric"
      }).formatToParts(new Date()).forEach(function (p) { f[p.type] = p.value; });
      asOf.textContent = f.weekday + ", " + f.day + " " + f.month + " " + f.year;
      asOf.setAttribute("datetime", today);
    } catch (e) { /* keep the build date */ }
  }
})();

// Small enhancements; every page works without this file.
(function () {
  "use strict";
  // Buttons that copy a value (recovery codes, secrets) to the clipboard.
  document.querySelectorAll("[data-copy]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      var target = document.getElementById(button.getAttribute("data-copy"));
      if (target && navigator.clipboard) {
        navigator.clipboard.writeText(target.textContent.trim());
        button.setAttribute("aria-pressed", "true");
      }
    });
  });
})();

// Quick exit for young people: end the session, then leave at once without leaving this site in
// the back history (Back then finds the login page, not the app). Without this script the form
// posts and the server ends the session and sends the browser away.
(function () {
  "use strict";
  var exit = document.getElementById("snel-weg");
  if (!exit || !exit.form) return;
  var form = exit.form;
  var target = form.getAttribute("data-exit") || "https://www.google.nl/";
  var gone = false;
  var leave = function (event) {
    if (event) event.preventDefault();
    if (gone) return;
    gone = true;
    document.body.hidden = true;
    var go = function () { window.location.replace(target); };
    var timer = window.setTimeout(go, 1500);
    fetch(form.action, { method: "POST", body: new FormData(form), credentials: "same-origin", redirect: "manual", keepalive: true })
      .catch(function () {})
      .then(function () { window.clearTimeout(timer); go(); });
  };
  form.addEventListener("submit", leave);
  var lastEscape = 0;
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    var now = Date.now();
    if (now - lastEscape < 800) leave(event);
    lastEscape = now;
  });
})();

// "Weet jij hoe?": ideas like the one being typed, shown while typing. Without this script the
// preview step shows the same list.
(function () {
  "use strict";
  var form = document.querySelector("form[data-similar]");
  var live = document.getElementById("vergelijkbaar-live");
  if (!form || !live || !window.fetch || !window.URLSearchParams) return;
  var timer = null;
  var last = "";
  var show = function (ideas) {
    live.textContent = "";
    if (!ideas.length) return;
    var box = document.createElement("section");
    box.className = "kkdw-card";
    var heading = document.createElement("h2");
    heading.className = "utrecht-heading-3";
    heading.textContent = live.getAttribute("data-heading");
    var intro = document.createElement("p");
    intro.className = "utrecht-paragraph";
    intro.textContent = live.getAttribute("data-intro");
    var list = document.createElement("ul");
    list.className = "utrecht-unordered-list";
    ideas.forEach(function (idea) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.className = "utrecht-link";
      link.href = idea.url;
      link.textContent = idea.title;
      item.appendChild(link);
      list.appendChild(item);
    });
    box.appendChild(heading);
    box.appendChild(intro);
    box.appendChild(list);
    live.appendChild(box);
  };
  var look = function () {
    var data = new URLSearchParams(new FormData(form));
    data.delete("stap");
    data.delete("email");
    var typed = (data.get("title") || "") + " " + (data.get("body") || "");
    var key = typed + "|" + (data.get("wijk") || "");
    if (key === last) return;
    last = key;
    if (typed.trim().length < 4) {
      show([]);
      return;
    }
    fetch(form.getAttribute("data-similar"), {
      method: "POST",
      body: data,
      credentials: "same-origin",
      headers: { Accept: "application/json" },
    })
      .then(function (r) { return r.ok ? r.json() : { ideas: [] }; })
      .then(function (json) { show(json.ideas || []); })
      .catch(function () {});
  };
  form.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(look, 400);
  });
})();

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

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

// Quick exit for young people: leave at once, without leaving this site in the back history.
(function () {
  "use strict";
  var exit = document.getElementById("snel-weg");
  if (!exit) return;
  var leave = function (event) {
    if (event) event.preventDefault();
    document.body.hidden = true;
    window.location.replace(exit.href);
  };
  exit.addEventListener("click", leave);
  var lastEscape = 0;
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    var now = Date.now();
    if (now - lastEscape < 800) leave(event);
    lastEscape = now;
  });
})();

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

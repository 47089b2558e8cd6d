// The social map's map view and "use my location" button: an enhancement of the result list.
// Without this script, or when the map tiles do not load, the list holds everything.
(function () {
  "use strict";

  var locate = document.querySelector("[data-locate]");
  if (locate && navigator.geolocation) {
    locate.hidden = false;
    locate.addEventListener("click", function () {
      navigator.geolocation.getCurrentPosition(function (pos) {
        var form = locate.form;
        ["lat", "lon"].forEach(function (name, i) {
          var input = form.querySelector("input[name=" + name + "]");
          if (!input) {
            input = document.createElement("input");
            input.type = "hidden";
            input.name = name;
            form.appendChild(input);
          }
          input.value = (i === 0 ? pos.coords.latitude : pos.coords.longitude).toFixed(5);
        });
        var postcode = form.querySelector("input[name=postcode]");
        if (postcode) { postcode.value = ""; }
        var sort = form.querySelector("select[name=sorteer]");
        if (sort) { sort.value = "afstand"; }
        form.submit();
      }, function () {
        locate.setAttribute("aria-disabled", "true");
      }, { timeout: 10000 });
    });
  }

  var el = document.getElementById("kaart");
  if (!el || !window.L) { return; }
  var items = Array.prototype.slice.call(document.querySelectorAll(".kkdw-result[data-lat][data-lon]"));
  if (!items.length) { return; }
  el.hidden = false;
  var note = document.querySelector(".kkdw-map-note");
  if (note) { note.hidden = false; }

  // The zoom buttons speak the page's language (Leaflet's own titles are English).
  var map = L.map(el, { scrollWheelZoom: false, zoomControl: false });
  L.control.zoom({
    zoomInTitle: el.dataset.zoomIn || "Zoom in",
    zoomOutTitle: el.dataset.zoomOut || "Zoom out"
  }).addTo(map);
  if (el.dataset.tiles) {
    var text = document.createElement("span");
    text.textContent = el.dataset.attribution || "";
    L.tileLayer(el.dataset.tiles, { maxZoom: 19, attribution: text.innerHTML }).addTo(map);
  }
  var points = [];
  items.forEach(function (li) {
    var ll = [parseFloat(li.dataset.lat), parseFloat(li.dataset.lon)];
    if (isNaN(ll[0]) || isNaN(ll[1])) { return; }
    var link = document.createElement("a");
    link.href = li.dataset.url;
    link.textContent = li.dataset.name;
    L.circleMarker(ll, { radius: 8, color: "#1a1a1a", weight: 2, fillColor: "#cc0000", fillOpacity: 0.9 })
      .bindPopup(link)
      .addTo(map);
    points.push(ll);
  });
  if (el.dataset.lat && el.dataset.lon) {
    var you = [parseFloat(el.dataset.lat), parseFloat(el.dataset.lon)];
    L.circleMarker(you, { radius: 6, color: "#1a1a1a", weight: 2, fillColor: "#0b5cad", fillOpacity: 1 })
      .bindTooltip(el.dataset.you || "")
      .addTo(map);
    points.push(you);
  }
  map.fitBounds(points, { padding: [24, 24], maxZoom: 15 });
})();

/*
 * Live countdown to each hold's expiry. The server renders the expiry as epoch milliseconds (the facility's local
 * time is printed beside it); this only counts down, so a wrong client clock cannot change what the page says
 * the expiry is. Red under 12 hours and once passed.
 */
(function () {
    var URGENT_MS = 12 * 3600 * 1000;

    function duration(ms) {
        var minutes = Math.floor(Math.abs(ms) / 60000);
        var days = Math.floor(minutes / 1440);
        var hours = Math.floor((minutes % 1440) / 60);
        var text = hours + " h " + (minutes % 60 < 10 ? "0" : "") + (minutes % 60) + " min";
        return days > 0 ? days + " d " + text : text;
    }

    function tick() {
        var clocks = document.querySelectorAll("[data-hold-expires]");
        for (var i = 0; i < clocks.length; i++) {
            var el = clocks[i];
            var left = Number(el.getAttribute("data-hold-expires")) - Date.now();
            var label = left > 0 ? el.getAttribute("data-left-label") : el.getAttribute("data-past-label");
            el.textContent = label.replace("{0}", duration(left));
            el.classList.toggle("hold-urgent", left < URGENT_MS);
            el.classList.toggle("hold-passed", left <= 0);
        }
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", tick);
    } else {
        tick();
    }
    setInterval(tick, 1000);
})();

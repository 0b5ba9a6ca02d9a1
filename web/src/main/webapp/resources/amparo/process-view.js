/*
 * Draws the case's deployed BPMN with the bundled bpmn-js viewer and marks where the case stands (active) and the
 * steps it passed (done). The XML comes from the engine, never from a hand-drawn picture.
 *
 * Where the whole process fitted into the frame only too small to read (a phone), it is drawn at a readable scale in a
 * frame that scrolls sideways, by touch or by keyboard (a named region that takes the focus), scrolled to where the
 * case stands. Drawn again when the window changes width (a phone turned on its side).
 */
(function () {
    /** The scale at which a step's words can still be read: about a desktop page's own for this process. */
    var READABLE = 0.55;
    /** Room around the drawing, in pixels, as bpmn-js leaves it when fitting. */
    var MARGIN = 40;

    function mark(canvas, ids, marker) {
        (ids || "").split(",").filter(Boolean).forEach(function (id) {
            try {
                canvas.addMarker(id, marker);
            } catch (e) {
                // an activity of another process version: nothing to mark
            }
        });
    }

    function layOut(viewer, container) {
        var canvas = viewer.get("canvas");
        var drawing = container.querySelector(".bjs-container") || container.firstElementChild;
        drawing.style.width = "";
        drawing.style.height = "";
        container.classList.remove("amparo-bpmn-scroll");
        container.removeAttribute("tabindex");
        container.removeAttribute("role");
        container.removeAttribute("aria-label");
        canvas.resized();
        canvas.zoom("fit-viewport");
        if (canvas.zoom() >= READABLE) {
            return;
        }
        var inner = canvas.viewbox().inner;
        drawing.style.width = Math.ceil(inner.width * READABLE + MARGIN) + "px";
        drawing.style.height = Math.ceil(inner.height * READABLE + MARGIN) + "px";
        container.classList.add("amparo-bpmn-scroll");
        container.setAttribute("tabindex", "0");
        container.setAttribute("role", "region");
        container.setAttribute("aria-label", container.getAttribute("data-label") || "");
        canvas.resized();
        canvas.zoom("fit-viewport");
        // the step the case waits at (a task), rather than the events the process listens for beside it
        var registry = viewer.get("elementRegistry");
        var active = (container.getAttribute("data-active") || "").split(",").filter(Boolean)
            .map(function (id) { return registry.get(id); }).filter(Boolean);
        var element = active.filter(function (e) { return /Task$/.test(e.type); })[0] || active[0];
        if (element) {
            var box = canvas.viewbox();
            container.scrollLeft = Math.max(0,
                    (element.x + element.width / 2 - box.x) * box.scale - container.clientWidth / 2);
        }
    }

    function show() {
        var source = document.getElementById("bpmnXml");
        var container = document.getElementById("bpmnCanvas");
        if (!source || !container || !source.value || !window.BpmnJS) {
            return;
        }
        var viewer = new window.BpmnJS({container: container});
        viewer.importXML(source.value).then(function () {
            var canvas = viewer.get("canvas");
            layOut(viewer, container);
            mark(canvas, container.getAttribute("data-done"), "bpmn-done");
            mark(canvas, container.getAttribute("data-active"), "bpmn-active");
            container.setAttribute("data-rendered", "true");
            var width = window.innerWidth;
            var pending = null;
            window.addEventListener("resize", function () {
                if (window.innerWidth === width) {
                    return; // a phone's address bar coming and going changes the height only
                }
                width = window.innerWidth;
                window.clearTimeout(pending);
                pending = window.setTimeout(function () {
                    layOut(viewer, container);
                }, 150);
            });
        }).catch(function () {
            container.setAttribute("data-rendered", "failed");
        });
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", show);
    } else {
        show();
    }
})();

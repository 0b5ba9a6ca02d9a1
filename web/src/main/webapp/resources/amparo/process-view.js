/*
 * Draws the case's deployed BPMN with the bundled bpmn-js viewer and marks where the case stands (active) and the
 * steps it passed (done). The XML comes from the engine, never from a hand-drawn picture.
 *
 * Where the frame is too narrow to show the whole process at a readable scale (a phone), the process is drawn at that
 * scale in a frame that scrolls sideways, by touch or by keyboard (a named region that takes the focus), scrolled to
 * the step the case waits at; where that frame would be taller than most of the screen (a phone on its side), it
 * scrolls downwards too. Laid out again when the window changes width (a phone turned on its side) and when the
 * panel around it is opened.
 */
(function () {
    /** The scale at which a step's words can still be read: about a desktop page's own for this process. */
    var READABLE = 0.55;
    /** Room around the drawing, in pixels. */
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

    /** The step the case waits at (a task), rather than the events the process listens for beside it. */
    function currentStep(viewer, container) {
        var registry = viewer.get("elementRegistry");
        var active = (container.getAttribute("data-active") || "").split(",").filter(Boolean)
            .map(function (id) { return registry.get(id); }).filter(Boolean);
        return active.filter(function (e) { return /Task$/.test(e.type); })[0] || active[0];
    }

    function layOut(viewer, container) {
        if (!container.offsetWidth) {
            return; // hidden (a closed panel): laid out when shown
        }
        var canvas = viewer.get("canvas");
        var drawing = container.querySelector(".bjs-container") || container.firstElementChild;
        var inner = canvas.viewbox().inner; // the process's own size, whatever the zoom
        var wide = inner.width > 0 && (container.clientWidth - MARGIN) / inner.width < READABLE;
        drawing.style.width = wide ? Math.ceil(inner.width * READABLE + MARGIN) + "px" : "100%";
        drawing.style.height = wide ? Math.ceil(inner.height * READABLE + MARGIN) + "px" : "100%";
        container.classList.toggle("amparo-bpmn-scroll", wide);
        container.classList.toggle("amparo-bpmn-tall", wide
            && inner.height * READABLE + MARGIN > window.innerHeight * 0.8);
        if (wide && !container.hasAttribute("tabindex")) {
            container.setAttribute("tabindex", "0");
            container.setAttribute("role", "region");
            container.setAttribute("aria-label", container.getAttribute("data-label") || "");
        } else if (!wide && container.hasAttribute("tabindex")) {
            container.removeAttribute("tabindex");
            container.removeAttribute("role");
            container.removeAttribute("aria-label");
        }
        canvas.resized();
        if (!wide) {
            canvas.zoom("fit-viewport");
            return;
        }
        canvas.zoom("fit-viewport", "auto");
        var step = currentStep(viewer, container);
        if (step) {
            var box = canvas.viewbox();
            container.scrollLeft = Math.max(0, (step.x + step.width / 2 - box.x) * box.scale - container.clientWidth / 2);
            container.scrollTop = Math.max(0, (step.y + step.height / 2 - box.y) * box.scale - container.clientHeight / 2);
        }
    }

    function layOutSafely(viewer, container) {
        try {
            layOut(viewer, container);
        } catch (e) {
            // the drawing stays as it was
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
            mark(canvas, container.getAttribute("data-done"), "bpmn-done");
            mark(canvas, container.getAttribute("data-active"), "bpmn-active");
            layOutSafely(viewer, container);
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
                    layOutSafely(viewer, container);
                }, 150);
            });
            var panel = container.closest("details");
            if (panel) {
                panel.addEventListener("toggle", function () {
                    if (panel.open) {
                        layOutSafely(viewer, container);
                    }
                });
            }
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

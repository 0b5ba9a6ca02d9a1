/*
 * Draws the case's deployed BPMN with the bundled bpmn-js viewer and marks where the case stands (active) and the
 * steps it passed (done). The XML comes from the engine, never from a hand-drawn picture.
 */
(function () {
    function mark(canvas, ids, marker) {
        (ids || "").split(",").filter(Boolean).forEach(function (id) {
            try {
                canvas.addMarker(id, marker);
            } catch (e) {
                // an activity of another process version: nothing to mark
            }
        });
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
            canvas.zoom("fit-viewport");
            mark(canvas, container.getAttribute("data-done"), "bpmn-done");
            mark(canvas, container.getAttribute("data-active"), "bpmn-active");
            container.setAttribute("data-rendered", "true");
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

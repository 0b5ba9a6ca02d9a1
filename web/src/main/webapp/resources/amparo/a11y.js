/*
 * Accessibility (issue 21): a field whose label shows the required marker (p:outputLabel indicateRequired) is announced
 * as required too (aria-required on the control the label names, or on its radio group), after every Ajax update as well.
 * And a file chooser shown as the browser's own (p:fileUpload mode="simple" skinSimple="false") is not hidden from
 * screen readers: PrimeFaces marks it aria-hidden although it is the control itself (axe aria-hidden-focus).
 * And an icon-only button that PrimeFaces names by aria-label (the calendars' "Choose date") carries the same words as
 * its hidden text instead of the placeholder "ui-button" (axe label-content-name-mismatch).
 */
(function () {
    function markRequired() {
        document.querySelectorAll('label .ui-outputlabel-rfi').forEach(function (marker) {
            var label = marker.closest('label');
            var control = label && label.htmlFor ? document.getElementById(label.htmlFor) : null;
            if (!control) {
                return;
            }
            var group = control.closest('[role=radiogroup]');
            if (group) {
                control = group;
            } else if (control.getAttribute('role') !== 'combobox' && ['INPUT', 'SELECT', 'TEXTAREA'].indexOf(control.tagName) < 0) {
                control = control.querySelector('input:not([type=hidden]), select, textarea, [role=combobox], [role=radiogroup]') || control;
            }
            control.setAttribute('aria-required', 'true');
        });
    }
    function unhideFileChoosers() {
        document.querySelectorAll('input[type=file][aria-hidden=true]').forEach(function (input) {
            if (!input.closest('.ui-button')) { // a skinned chooser's input is hidden behind its button: left alone
                input.removeAttribute('aria-hidden');
            }
        });
    }
    function nameIconButtons() {
        document.querySelectorAll('button[aria-label] > .ui-button-text').forEach(function (text) {
            if (text.textContent.trim() === 'ui-button') {
                text.textContent = text.parentElement.getAttribute('aria-label');
            }
        });
    }
    function fix() {
        [markRequired, unhideFileChoosers, nameIconButtons].forEach(function (step) {
            try {
                step();
            } catch (e) {
                // one step failing must not keep the others from doing their part
            }
        });
    }
    // after PrimeFaces has built its widgets (they start on DOM ready, some later), after every Ajax update, and
    // whenever a widget adds elements of its own (a mutation observer, one pass per animation frame)
    var pending = false;
    function fixSoon() {
        if (!pending) {
            pending = true;
            window.requestAnimationFrame(function () {
                pending = false;
                fix();
            });
        }
    }
    window.addEventListener('load', function () {
        fix();
        if (window.jQuery) {
            window.jQuery(document).on('pfAjaxComplete', fix);
        }
        if (window.MutationObserver) {
            new MutationObserver(fixSoon).observe(document.body, {childList: true, subtree: true});
        }
        document.documentElement.setAttribute('data-a11y-ready', 'true');
    });
})();

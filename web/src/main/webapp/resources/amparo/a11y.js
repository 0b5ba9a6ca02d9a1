/*
 * Accessibility (issue 21): a field whose label shows the required marker (p:outputLabel indicateRequired) is announced
 * as required too (aria-required on the control the label names, or on its radio group), after every Ajax update as well.
 * And a file chooser shown as the browser's own (p:fileUpload mode="simple" skinSimple="false") is not hidden from
 * screen readers: PrimeFaces marks it aria-hidden although it is the control itself (axe aria-hidden-focus).
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
    function fix() {
        markRequired();
        unhideFileChoosers();
    }
    document.addEventListener('DOMContentLoaded', function () {
        fix();
        if (window.jQuery) {
            window.jQuery(document).on('pfAjaxComplete', fix);
        }
    });
})();

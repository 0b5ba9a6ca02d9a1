/*
 * Where the keyboard's focus goes after an Ajax request (WCAG 2.4.3, focus order). PrimeFaces disables the button that
 * sent a request until its answer is drawn (and at least half a second: the browser meanwhile drops the focus to the
 * page), and draws forms, tables and dialogs anew (the focused element is gone): after every save, claim, added line or
 * refused form the next Tab started again at the top of the page. Now:
 *  - a refused form (a field's message) puts the focus on the first field with a message, in view;
 *  - otherwise, focus the page lost goes back to the element that had it (or was clicked), once it can take it again,
 *    or to the one drawn in its place (the same id), or to the nearest part of the page drawn in place of one around it;
 *  - a dialog that closes gives it back the same way to what opened it (PrimeFaces remembered the page, since the
 *    button that opened it was disabled by then).
 * A page drawn whole after a refused post (a form sent without Ajax) starts at its first refused field too, and a
 * folded part of a page (details) that holds a refusal unfolds.
 * Never taken from where the person has put it meanwhile: each step first asks whether the focus is still lost.
 */
(function () {
    var FOCUSABLE = 'a[href], button, input:not([type=hidden]), select, textarea, [tabindex]:not([tabindex="-1"])';
    /** What a person activates to send a request. */
    var ACTIVATED = 'button, a[href], [role=button], input[type=submit], input[type=button]';
    /** The last button or link activated, by pointer or keyboard (a key on a button clicks it too). */
    var lastActivated = null;
    /** What had the focus, or was activated, when the last request was sent. */
    var sentFrom = null;
    /** Whether the answer being drawn put the focus somewhere itself (amparoFocus). */
    var serverFocused = false;
    /** What opened each dialog, by the dialog's id (its widget's too). */
    var openers = {};

    function shown(el) {
        return !!(el && el.isConnected && el.getClientRects().length && !el.closest('[aria-hidden=true]'));
    }

    function lost() {
        var at = document.activeElement;
        return !at || at === document.body || !at.isConnected || at.disabled || !shown(at);
    }

    function openDialog() {
        return Array.prototype.filter.call(document.querySelectorAll('.ui-dialog'), shown)[0] || null;
    }

    /** The element itself if still on the page; else the one drawn with its id, or inside one drawn around it. */
    function inPlaceOf(gone) {
        if (!gone || gone === document.body) {
            return null;
        }
        if (gone.isConnected) {
            return shown(gone) ? gone : null;
        }
        for (var at = gone; at; at = at.parentElement) {
            var now = at.id ? document.getElementById(at.id) : null;
            if (now && shown(now)) {
                if (at === gone) {
                    return now;
                }
                var inside = Array.prototype.filter.call(now.querySelectorAll(FOCUSABLE), shown)[0];
                return inside || now;
            }
        }
        return null;
    }

    /** Focuses the element once it is enabled again (PrimeFaces re-enables a button half a second after it sent). */
    function focusWhenUsable(el, tries, stayInPlace) {
        if (!el || !lost()) {
            return;
        }
        if (el.disabled && tries > 0) {
            window.setTimeout(function () {
                focusWhenUsable(el, tries - 1, stayInPlace);
            }, 100);
            return;
        }
        if (!el.matches(FOCUSABLE)) {
            el.setAttribute('tabindex', '-1');
        }
        el.focus({preventScroll: !!stayInPlace}); // a closing dialog leaves the page where it was, as PrimeFaces does
    }

    /** A component's own control: itself, or its input inside (a date picker's, a menu's focus input). */
    function controlOf(el) {
        if (!el) {
            return null;
        }
        if (el.matches(FOCUSABLE) && shown(el)) {
            return el;
        }
        var checked = el.querySelector('input[type=radio]:checked');
        if (checked) {
            return checked; // a yes / no / unknown question: its answer, as Tab would reach it
        }
        return Array.prototype.filter.call(el.querySelectorAll(FOCUSABLE), function (c) {
            return shown(c) || c.matches('.ui-helper-hidden-accessible input, input.ui-helper-hidden-accessible');
        })[0] || null;
    }

    /**
     * The fields the server refused ({@code refusedFields}: their client ids, Messages.fieldErrors), each marked invalid
     * for screen readers, the first in the page's order returned.
     */
    function refusedByServer(ids) {
        var controls = String(ids || '').split(' ').filter(Boolean)
            .map(function (id) { return controlOf(document.getElementById(id)); })
            .filter(function (c) { return !!c; });
        controls.forEach(function (c) { c.setAttribute('aria-invalid', 'true'); });
        controls.sort(function (a, b) {
            return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
        });
        return controls[0] || null;
    }

    /** The first field with a message (p:message beside it, or marked invalid), in the open dialog if there is one. */
    function firstRefusedField() {
        // the open dialog, else the form that sent the request: a message left from an earlier try in another form of
        // the page is not this request's
        var within = openDialog() || (sentFrom && sentFrom.closest && sentFrom.closest('form')) || document;
        var marked = Array.prototype.filter.call(within.querySelectorAll(
            '.ui-message-error, [aria-invalid=true], .ui-state-error'), function (el) {
            return shown(el) && !el.closest('.ui-growl');
        })[0] || Array.prototype.filter.call(within.querySelectorAll('.ui-messages-error'), shown)[0];
        if (!marked) {
            return null;
        }
        if (marked.matches(FOCUSABLE)) {
            return marked;
        }
        if (marked.matches('.ui-messages-error')) {
            marked.setAttribute('tabindex', '-1'); // a list of what was refused, at the top of a form or dialog: read first
            return marked;
        }
        // the field's own group (the includes' div.field), else what holds the message beside its control
        var group = marked.parentElement && (marked.parentElement.closest('.field') || marked.parentElement);
        var control = group ? Array.prototype.filter.call(group.querySelectorAll(FOCUSABLE), shown)[0] : null;
        if (control) {
            return control;
        }
        marked.setAttribute('tabindex', '-1'); // a message with no control beside it: read where it is
        return marked;
    }

    /**
     * A folded part (a details element: the case file's events) within {@code within} that holds a refusal unfolds: a
     * whole page's post draws the page anew with every part folded, and a refusal folded away is not seen. After an Ajax
     * answer only the form that sent it is looked at, so a part folded by hand elsewhere stays folded.
     */
    function unfoldRefusals(within) {
        Array.prototype.forEach.call((within || document).querySelectorAll('details:not([open])'), function (details) {
            if (details.querySelector('.ui-message-error, [aria-invalid=true]')) {
                details.open = true;
            }
        });
    }

    /**
     * A page drawn whole after a refused post (data-postback on the body) starts at its first refused field, as an Ajax
     * answer's does: marked invalid and described by its message, for a screen reader, as the server's own refusals
     * after an Ajax request are. Not once the person has scrolled or moved the focus while the page loaded.
     */
    function startAtRefusal() {
        if (document.body.getAttribute('data-postback') !== 'true' || window.scrollY > 0 || !lost()
            || !document.querySelector('.ui-message-error, .ui-messages-error')) {
            return;
        }
        var field = firstRefusedField();
        if (!field) {
            return;
        }
        var group = field.closest('.field');
        var message = group ? group.querySelector('.ui-message-error[id]') : null;
        if (message && field.matches('input, select, textarea, [role=combobox], [role=radiogroup]')) {
            field.setAttribute('aria-invalid', 'true');
            var described = (field.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
            if (described.indexOf(message.id) < 0) {
                described.push(message.id);
                field.setAttribute('aria-describedby', described.join(' '));
            }
        }
        field.focus({preventScroll: true});
        field.scrollIntoView({block: 'center'});
    }

    /** The form that sent the last request, as drawn now (an answer may have drawn it anew). */
    function sendingForm() {
        var form = sentFrom && sentFrom.closest ? sentFrom.closest('form') : null;
        return form && !form.isConnected ? document.getElementById(form.id) : form;
    }

    function isButton(el) {
        return !!(el && el.matches && el.matches(ACTIVATED));
    }

    function afterAnswer(args) {
        var refused = args && args.refusedFields ? refusedByServer(args.refusedFields) : null;
        if (serverFocused) {
            return; // the answer put the focus where it belongs itself (a line just added, a draft's field to ask)
        }
        // a refused form, sent by its button (a field checked as it is left keeps the focus the person moved on with)
        if (args && args.validationFailed && (lost() || isButton(sentFrom))) {
            var field = refused || firstRefusedField();
            if (field) {
                field.focus();
                field.scrollIntoView({block: 'center'});
                return;
            }
        }
        var dialog = openDialog();
        if (dialog && sentFrom && !dialog.contains(sentFrom)) {
            // a dialog opened by this request: it takes the focus itself, and gives it back on closing
            openers[dialog.id] = sentFrom;
            return;
        }
        if (sentFrom && sentFrom.closest && sentFrom.closest('.ui-dialog') && !dialog) {
            return; // sent from a dialog that the answer closed: its closing gives the focus back
        }
        if (lost()) {
            focusWhenUsable(inPlaceOf(sentFrom), 10);
        }
    }

    function returnFocusToOpener() {
        var Dialog = window.PrimeFaces && PrimeFaces.widget && PrimeFaces.widget.Dialog;
        if (!Dialog || typeof Dialog.prototype.returnFocus !== 'function') {
            return; // another PrimeFaces: its own way stays
        }
        Dialog.prototype.returnFocus = function () {
            var remembered = this.focusedElementBeforeDialogOpened;
            // a button disabled while its request ran is still the opener: it is focused once enabled again
            var opener = remembered && remembered !== document.body ? remembered : openers[this.id] || lastActivated;
            if (!opener) {
                return;
            }
            window.setTimeout(function () {
                if (!openDialog()) {
                    focusWhenUsable(inPlaceOf(opener), 10, true);
                }
            }, 100);
        };
    }

    /**
     * Puts the focus on the field the server names once its answer is drawn (a resumed draft's field left out, a line
     * just added), in the middle of the screen so that the words beside it show too, and described by them.
     */
    window.amparoFocus = function (id) {
        var control = controlOf(document.getElementById(id));
        if (!control || !lost()) {
            return; // never taken from where the person has put it while the answer came (a queued request's)
        }
        serverFocused = true; // this answer's place for the focus: not the first refused field's
        var field = control.closest('.field');
        Array.prototype.forEach.call(field ? field.querySelectorAll('.ui-message[id]') : [], function (message) {
            var described = (control.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
            if (message.textContent.trim() && described.indexOf(message.id) < 0) {
                described.push(message.id);
                control.setAttribute('aria-describedby', described.join(' '));
            }
        });
        control.focus({preventScroll: true});
        control.scrollIntoView({block: 'center'});
    };

    document.addEventListener('click', function (event) {
        var el = event.target && event.target.closest
            ? event.target.closest(ACTIVATED) : null;
        if (el) {
            lastActivated = el;
        }
    }, true);

    window.addEventListener('load', function () {
        try {
            unfoldRefusals();
            startAtRefusal();
        } catch (e) {
            // the page starts at its top
        }
        if (!window.jQuery) {
            return;
        }
        returnFocusToOpener();
        jQuery(document).on('pfAjaxSend', function () {
            serverFocused = false;
            var at = document.activeElement;
            sentFrom = at && at !== document.body ? at : lastActivated;
        });
        jQuery(document).on('pfAjaxComplete', function (event, xhr, settings, args) {
            // after PrimeFaces' own work on the answer (its oncomplete scripts, a dialog shown or hidden)
            window.setTimeout(function () {
                try {
                    unfoldRefusals(openDialog() || sendingForm());
                    afterAnswer(args);
                } catch (e) {
                    // the focus stays where the browser left it
                }
            }, 0);
        });
    });
})();

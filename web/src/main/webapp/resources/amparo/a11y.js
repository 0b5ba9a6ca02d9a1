/*
 * Accessibility (issue 21): a field whose label shows the required marker (p:outputLabel indicateRequired) is announced
 * as required too (aria-required on the control the label names, or on its radio group), after every Ajax update as well;
 * its "*" is then not read into the field's name.
 * And a file chooser shown as the browser's own (p:fileUpload mode="simple" skinSimple="false") is not hidden from
 * screen readers: PrimeFaces marks it aria-hidden although it is the control itself (axe aria-hidden-focus).
 * And an icon-only button that PrimeFaces names by aria-label (the calendars' "Choose date") carries the same words as
 * its hidden text instead of the placeholder "ui-button" (axe label-content-name-mismatch); on a touch screen, where
 * PrimeFaces names the calendar's button not at all, it gets the page's words for "Choose date".
 * And a table's pages (PrimeFaces' paginator, a navigation landmark without a name) are named after the table's
 * heading, and above or below it where the table has both, so that every landmark of a page has a name of its own
 * (axe landmark-unique).
 * And a table's count is read out when a request draws it anew (a status region of the page's own), and a page reached for
 * one part of it (the case list's results of the header's search) starts at that part.
 * And on a phone a table's column filters fold behind one button saying how many are set.
 * And a drop-down (p:selectOneMenu) is named by its label, not by the option it shows ("Choose…").
 * And a tab list (the case file's) is one stop of the Tab key, its chosen tab; the arrow keys move between the tabs.
 * And a file chosen over its field's limit is refused beside the field at once, not sent to be refused by an error page.
 * And two things of every page: on a phone the header's menu folds behind one button that says whether it is open
 * (aria-expanded; Escape closes it and gives the focus back to the button), and text pasted into a field longer than
 * the field holds, which the browser cuts without a word, is followed by a message by the field saying how much was
 * left out.
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
            // said as required, the "*" itself is not read into the field's name ("Decision star")
            marker.setAttribute('aria-hidden', 'true');
        });
    }
    function nameDropDowns() {
        // A drop-down of PrimeFaces (p:selectOneMenu) is a combobox that PrimeFaces names by the option it shows
        // (aria-label "Choose…", "Felony"), and its page's label points at it but cannot name it (a label names only an
        // input, a select or a text area): a screen reader heard "Choose…, combobox", never "Level". The label's words
        // name it (aria-labelledby outranks aria-label); the option shown stays its value.
        document.querySelectorAll('label[for]').forEach(function (label) {
            var control = document.getElementById(label.htmlFor);
            if (control && control.classList.contains('ui-selectonemenu')) {
                control = control.querySelector('.ui-selectonemenu-label[role=combobox]'); // h:outputLabel names the widget
            }
            if (!control || control.getAttribute('role') !== 'combobox' || ['INPUT', 'SELECT', 'TEXTAREA'].indexOf(control.tagName) >= 0) {
                return;
            }
            var words = label.querySelector('.ui-outputlabel-label') || label; // without the required marker's "*"
            if (!words.id) {
                words.id = label.htmlFor + '_name';
            }
            if (control.getAttribute('aria-labelledby') !== words.id) {
                control.setAttribute('aria-labelledby', words.id);
            }
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
        // A calendar's button says "Choose date" in the page's words: on a touch screen PrimeFaces gives it no name at
        // all, elsewhere its own ("Choose Date", "Elige fecha").
        var chooseDate = document.body.getAttribute('data-choose-date');
        if (chooseDate) {
            document.querySelectorAll('button.ui-datepicker-trigger').forEach(function (button) {
                if (button.getAttribute('aria-label') !== chooseDate) {
                    button.setAttribute('aria-label', chooseDate);
                }
                var text = button.querySelector('.ui-button-text');
                if (text && text.textContent !== chooseDate) {
                    text.textContent = chooseDate;
                }
            });
        }
        document.querySelectorAll('button[aria-label] > .ui-button-text').forEach(function (text) {
            if (text.textContent.trim() === 'ui-button') {
                text.textContent = text.parentElement.getAttribute('aria-label');
            }
        });
    }
    function namePaginators() {
        var body = document.body;
        var words = {both: body.getAttribute('data-pages'), top: body.getAttribute('data-pages-top'),
            bottom: body.getAttribute('data-pages-bottom')};
        if (!words.both) {
            return;
        }
        var headings = document.querySelectorAll('h1, h2, h3, h4, .ui-panel-title');
        var given = {};
        document.querySelectorAll('.ui-paginator[role=navigation]').forEach(function (pages) {
            var table = pages.closest('.ui-datatable, .ui-datagrid, .ui-datalist, .ui-dataview') || pages;
            var heading = null;
            headings.forEach(function (h) { // the last heading before the table, in the page's order, not another
                // part's (the case list's recently opened cases, a dialog, the header)
                var part = h.closest('nav, aside, header, [role=dialog]');
                if (!table.contains(h) && (!part || part.contains(table))
                        && (h.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING)) {
                    heading = h;
                }
            });
            var both = table.querySelectorAll('.ui-paginator[role=navigation]').length > 1;
            var where = !both ? 'both' : pages.classList.contains('ui-paginator-top') ? 'top' : 'bottom';
            var title = heading ? heading.textContent.replace(/\s+/g, ' ').trim() : '';
            var name = (words[where] || words.both).replace('{0}', function () { return title; });
            given[name] = (given[name] || 0) + 1;
            if (given[name] > 1) { // two tables under one heading: numbered in the page's order
                name += ' (' + given[name] + ')';
            }
            if (pages.getAttribute('aria-label') !== name) {
                pages.setAttribute('aria-label', name);
            }
        });
    }
    /**
     * A tab list is one stop of the Tab key, its chosen tab (WAI-ARIA's tabs pattern): PrimeFaces made every tab a stop,
     * eight on the case file before its first field. The arrow keys, Home and End move between the tabs (PrimeFaces'
     * own keys), Enter or Space chooses one, and the next Tab goes into the chosen tab's panel.
     */
    function oneStopPerTabList() {
        document.querySelectorAll('.ui-tabs-nav').forEach(function (nav) {
            var tabs = nav.querySelectorAll('li.ui-tabs-header > a');
            var chosen = nav.querySelector('li.ui-tabs-header.ui-state-active > a') || tabs[0];
            tabs.forEach(function (tab) {
                var stop = tab === chosen ? '0' : '-1';
                if (tab.getAttribute('tabindex') !== stop) {
                    tab.setAttribute('tabindex', stop);
                }
            });
        });
    }
    // a tab chosen by click, Enter or Space: its stop follows once PrimeFaces has marked it
    ['click', 'keyup'].forEach(function (kind) {
        document.addEventListener(kind, function (event) {
            if (event.target && event.target.closest && event.target.closest('.ui-tabs-nav')) {
                window.setTimeout(oneStopPerTabList, 0);
            }
        }, true);
    });
    /**
     * On a phone a table's column filters (kept one a line above its cards, amparo.css) fold behind one button, which
     * says how many are set: the case list's six came before its first result, half a screen down. Folded at first
     * unless one is set; open or folded as the person left them when the table is drawn anew. At desktop width the
     * button is not shown and the filters stay in their columns.
     */
    var filtersOpen = {};
    function filterIsSet(th) {
        // a drop-down's value is in its hidden select; its focus input holds type-ahead letters for a moment only
        return Array.prototype.some.call(th.querySelectorAll('input.ui-column-filter, .ui-column-customfilter input:not([type=hidden]):not([id$="_focus"]), select'),
            function (control) {
                return control.value !== '' && control.value !== null;
            });
    }
    function foldFilters() {
        var words = document.body.getAttribute('data-filters');
        var setWords = document.body.getAttribute('data-filters-set');
        if (!words) {
            return;
        }
        document.querySelectorAll('.ui-datatable-reflow[id]').forEach(function (table) {
            var head = table.querySelector('thead');
            var filters = head ? head.querySelectorAll('th.ui-filter-column') : [];
            if (!filters.length) {
                return;
            }
            var set = Array.prototype.filter.call(filters, filterIsSet).length;
            var wrapper = head.closest('.ui-datatable-tablewrapper') || head.parentElement;
            var button = wrapper.parentElement.querySelector(':scope > button.amparo-filters-toggle');
            if (!button) {
                button = document.createElement('button');
                button.type = 'button';
                button.className = 'amparo-filters-toggle';
                button.id = table.id + '_filtersToggle'; // drawn again with the table, focus.js finds it by its id
                if (!head.id) {
                    head.id = table.id + '_filters';
                }
                button.setAttribute('aria-controls', head.id);
                button.addEventListener('click', function () {
                    filtersOpen[table.id] = button.getAttribute('aria-expanded') !== 'true';
                    foldFilters();
                });
                wrapper.parentElement.insertBefore(button, wrapper);
            }
            var open = table.id in filtersOpen ? filtersOpen[table.id] : set > 0;
            var text = set > 0 && setWords ? words + ' (' + setWords.replace('{0}', set) + ')' : words;
            if (button.textContent !== text) {
                button.textContent = text;
            }
            if (button.getAttribute('aria-expanded') !== String(open)) {
                button.setAttribute('aria-expanded', String(open));
            }
            table.classList.toggle('amparo-filters-folded', !open);
        });
    }
    function fix() {
        [markRequired, nameDropDowns, unhideFileChoosers, nameIconButtons, namePaginators, oneStopPerTabList, foldFilters].forEach(function (step) {
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
    function foldMenu() {
        var header = document.querySelector('.amparo-header');
        var toggle = document.getElementById('menuToggle');
        var panel = document.getElementById('menuPanel');
        if (!header || !toggle || !panel || header.classList.contains('amparo-foldable')) {
            return;
        }
        function open(opened) {
            header.classList.toggle('amparo-menu-open', opened);
            toggle.setAttribute('aria-expanded', opened ? 'true' : 'false');
        }
        toggle.addEventListener('click', function () {
            open(toggle.getAttribute('aria-expanded') !== 'true');
        });
        // Escape from the button or from anything in the open menu (PrimeFaces' menubar marks every Escape on its links
        // as handled, submenu or not: the menu here has none, so that mark is not looked at)
        header.addEventListener('keydown', function (event) {
            if (event.key === 'Escape' && toggle.getAttribute('aria-expanded') === 'true'
                    && (event.target === toggle || panel.contains(event.target))) {
                open(false);
                toggle.focus();
            }
        });
        header.classList.add('amparo-foldable');
    }
    /**
     * The words beside a field of the page's own (its id the field's and {@code suffix}), made once, empty: after the
     * field's own wrapper (a number field's, an input group's), never inside it, and describing the field.
     */
    function noticeBeside(field, suffix, role) {
        var id = (field.id || field.name) + suffix;
        var notice = document.getElementById(id);
        if (!notice) {
            notice = document.createElement('span');
            notice.id = id;
            notice.className = 'amparo-paste-cut';
            notice.setAttribute('role', role);
            var anchor = field.closest('.ui-inputgroup, .ui-inputnumber, .ui-autocomplete, .ui-password, .amparo-header-search') || field;
            anchor.insertAdjacentElement('afterend', notice);
            var described = field.getAttribute('aria-describedby');
            field.setAttribute('aria-describedby', described ? described + ' ' + id : id);
        }
        return notice;
    }
    /** Empties a notice and fills it a moment later, so that screen readers announce the words as they come. */
    function sayLater(notice, words) {
        notice.textContent = '';
        notice.pending = window.setTimeout(function () {
            notice.pending = null;
            notice.textContent = words;
        }, 100);
    }
    // How many characters of a paste the field left out, line breaks not counted: read from what the browser put in
    // the field, since what a one-line field makes of a line break is the browser's (Chromium and Firefox make one
    // inside the text a space, Chromium drops a last one; some settings drop them all).
    function leftOut(pasted, got) {
        var readings = [' ', '', '\n'];
        for (var r = 0; r < readings.length; r++) {
            var made = '';
            var i = 0;
            while (i < pasted.length && made.length < got.length) {
                made += pasted.charAt(i) === '\n' ? readings[r] : pasted.charAt(i);
                i++;
            }
            if (made === got) {
                return pasted.substring(i).replace(/\n/g, '').length;
            }
        }
        return 0;
    }
    function noticeCutPaste(event) {
        var field = event.target;
        var max = field && (field.tagName === 'INPUT' || field.tagName === 'TEXTAREA') ? field.maxLength : -1;
        var words = document.body.getAttribute('data-paste-cut');
        if (!(max > 0) || !words || !event.clipboardData) {
            return;
        }
        var pasted = event.clipboardData.getData('text/plain').replace(/\r\n?/g, '\n');
        // null where a field has no selection to read (an email field): then what it kept is judged by its length alone
        var start = field.selectionStart === null ? null : Math.min(field.selectionStart, field.selectionEnd);
        var kept = field.value.length - (start === null ? 0 : Math.abs(field.selectionEnd - field.selectionStart));
        var notice = document.getElementById((field.id || field.name) + '_pasteCut');
        if (notice && notice.pending) {
            window.clearTimeout(notice.pending);
            notice.pending = null;
        }
        // judged once the browser has pasted, from what it kept
        window.setTimeout(function () {
            var inserted = Math.max(field.value.length - kept, 0);
            var over = start === null ? pasted.replace(/\n/g, '').length - inserted
                : leftOut(pasted, field.value.substr(start, inserted));
            if (over <= 0) {
                if (notice) {
                    notice.textContent = '';
                }
                return;
            }
            sayLater(noticeBeside(field, '_pasteCut', 'status'), words.replace('{0}', String(max)).replace('{1}', String(over)));
        }, 0);
    }
    document.addEventListener('paste', function (event) {
        try {
            noticeCutPaste(event);
        } catch (e) {
            // a notice that cannot be shown must not stop the paste
        }
    }, true);
    // once the field is shorter than it holds again, the notice has done its work
    document.addEventListener('input', function (event) {
        var field = event.target;
        var notice = field && field.id ? document.getElementById(field.id + '_pasteCut') : null;
        if (notice && notice.textContent && field.value.length < field.maxLength) {
            notice.textContent = '';
        }
    }, true);
    // A file over its field's limit (data-max-mb on the field: 10 MB for a case's document, 25 for a spreadsheet) is not
    // kept in the chooser, and the field says so at once in words, before anything is sent (the services check again,
    // and a file over the container's own limit, a little above the largest, would get an error page, not the form).
    function checkFileSize(event) {
        var input = event.target;
        var field = input && input.type === 'file' ? input.closest('[data-max-mb]') : null;
        var words = document.body.getAttribute('data-file-too-big');
        if (!field || !words) {
            return;
        }
        var max = Number(field.getAttribute('data-max-mb'));
        var tooBig = Array.prototype.filter.call(input.files || [], function (f) { return f.size > max * 1024 * 1024; })[0];
        var id = (input.id || input.name) + '_tooBig';
        var notice = document.getElementById(id);
        if (notice && notice.pending) {
            window.clearTimeout(notice.pending);
            notice.pending = null;
        }
        if (!tooBig) {
            if (notice) {
                notice.textContent = '';
                input.removeAttribute('aria-invalid');
            }
            return;
        }
        input.value = '';
        var lang = document.documentElement.lang || undefined;
        // rounded up, so that a file just over the limit never reads as the limit itself ("10.0 MB, over 10 MB")
        var mb = (Math.ceil(tooBig.size / (1024 * 1024) * 10) / 10).toLocaleString(lang,
            {minimumFractionDigits: 1, maximumFractionDigits: 1});
        input.setAttribute('aria-invalid', 'true');
        sayLater(noticeBeside(input, '_tooBig', 'alert'),
            words.replace('{0}', tooBig.name).replace('{1}', mb).replace('{2}', max.toLocaleString(lang)));
    }
    document.addEventListener('change', function (event) {
        try {
            checkFileSize(event);
        } catch (e) {
            // unchecked here, the server still refuses the file
        }
    }, true);
    // the menu folds as soon as the page's elements are there, before its images and styles have all come
    function foldMenuSafely() {
        try {
            foldMenu();
        } catch (e) {
            // without it the menu simply stays unfolded
        }
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', foldMenuSafely);
    } else {
        foldMenuSafely();
    }
    // A table's count, read out after a request drew it anew (filtered, sorted, paged): someone who cannot see the table
    // learns what their filter did ("1-25 of 131", "No case matches"). One status region for the page, since a region
    // drawn anew with the table is not read out; a table's first count is only noted.
    var counted = {};
    function announceCounts() {
        var region = document.getElementById('amparoAnnounce');
        if (!region) {
            region = document.createElement('div');
            region.id = 'amparoAnnounce';
            region.setAttribute('role', 'status');
            region.className = 'amparo-sr-only';
            document.body.appendChild(region);
        }
        var said = [];
        document.querySelectorAll('.ui-datatable[id]').forEach(function (table) {
            var report = table.querySelector('.ui-paginator-current');
            var empty = table.querySelector('.ui-datatable-empty-message');
            var text = ((empty && empty.textContent) || (report && report.textContent) || '').trim();
            if (text && table.id in counted && counted[table.id] !== text) {
                said.push(text);
            }
            counted[table.id] = text;
        });
        if (said.length) {
            region.textContent = said.join('. ');
        }
    }
    function announceCountsSafely() {
        try {
            announceCounts();
        } catch (e) {
            // nothing read out; the table is there to see
        }
    }

    // A page reached for one thing in it (the case list from the header's search: its results) starts there, for the
    // eyes (scrolled to it, when it is not in view) and for the keyboard and screen readers (the focus on its heading).
    function startWhereArrived() {
        var here = document.querySelector('[data-arrived-here]');
        if (here) {
            here.setAttribute('tabindex', '-1');
            here.focus({preventScroll: true});
            var box = here.getBoundingClientRect();
            if (box.top < 0 || box.bottom > window.innerHeight) {
                here.scrollIntoView({block: 'start'});
            }
        }
    }

    window.addEventListener('load', function () {
        fix();
        announceCountsSafely();
        try {
            startWhereArrived();
        } catch (e) {
            // the page starts at its top
        }
        if (window.jQuery) {
            window.jQuery(document).on('pfAjaxComplete', fix);
            window.jQuery(document).on('pfAjaxComplete', function () {
                window.setTimeout(announceCountsSafely, 0);
            });
        }
        if (window.MutationObserver) {
            new MutationObserver(fixSoon).observe(document.body, {childList: true, subtree: true});
        }
        document.documentElement.setAttribute('data-a11y-ready', 'true');
    });
})();

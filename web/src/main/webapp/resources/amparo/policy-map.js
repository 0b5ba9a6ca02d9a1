/*
 * The policy map: states and counties from the Census boundary files (us-atlas TopoJSON shipped with the application),
 * projected in the browser with d3-geo (Albers USA, Alaska and Hawaii inset), coloured by the detainer policy of the
 * jurisdiction whose FIPS code they carry. Cities have no shapes in the files: a city with a point is a marker. A
 * letter marks each current 287(g) model; the chosen layer's figure is a circle with its number. Every jurisdiction
 * drawn is a link to its page. The table below the map gives the same facts without a script.
 */
(function () {
    'use strict';
    var NS = 'http://www.w3.org/2000/svg';
    var POLICY_CLASS = 'amparo-policy-';
    var MODEL_LETTER = {JAIL_ENFORCEMENT_MODEL: 'J', TASK_FORCE_MODEL: 'T', WARRANT_SERVICE_OFFICER: 'W'};

    function el(name, attrs, parent) {
        var node = document.createElementNS(NS, name);
        Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
        if (parent) { parent.appendChild(node); }
        return node;
    }

    function figureOf(j, layer) {
        if (layer === 'reports') { return j.reports || 0; }
        if (layer === 'heldPastExpiry') { return j.heldPastExpiry || 0; }
        if (layer === 'findings') {
            return Object.keys(j.findings || {}).reduce(function (n, k) { return n + j.findings[k].count; }, 0);
        }
        return 0;
    }

    function describe(j, data, container) {
        var text = j.name + ' (' + j.levelLabel + ', ' + j.stateCode + '): ' + j.policyLabel;
        if (j.has287g) {
            text += '; 287(g)' + (j.models287g.length ? ': ' + j.models287g.map(function (m) { return m.label; }).join(', ') : '');
        }
        var n = figureOf(j, data.layer);
        if (data.layer !== 'policy') { text += '; ' + data.layerLabel + ': ' + n; }
        return text + '. ' + container.getAttribute('data-open');
    }

    function link(parent, j, data, container) {
        var a = el('a', {
            href: container.getAttribute('data-base') + '/jurisdictions/view.xhtml?id=' + j.id,
            'aria-label': describe(j, data, container),
            'data-fips': j.fipsCode,
            'class': 'amparo-map-link'
        }, parent);
        el('title', {}, a).textContent = describe(j, data, container);
        return a;
    }

    function draw(container, us, data) {
        var projection = d3.geoAlbersUsa().scale(1300).translate([487.5, 305]);
        var path = d3.geoPath(projection);
        var svg = el('svg', {viewBox: '0 0 975 610', 'class': 'amparo-map-svg', role: 'group',
            'aria-label': container.getAttribute('data-label'), focusable: 'false'});
        var mapped = data.jurisdictions || {};
        var states = topojson.feature(us, us.objects.states).features;
        var counties = topojson.feature(us, us.objects.counties).features;
        var marks = [];

        var stateLayer = el('g', {'class': 'amparo-map-states'}, svg);
        // a place the projection does not draw (some territories) has no shape: left off the map, listed in the table
        states.forEach(function (f) {
            var j = mapped[f.id];
            var shape = path(f);
            if (!shape) { return; }
            var parent = j ? link(stateLayer, j, data, container) : stateLayer;
            el('path', {d: shape, 'class': 'amparo-map-state ' + POLICY_CLASS + (j ? j.policy : 'unknown')}, parent);
            if (j) { marks.push({j: j, at: path.centroid(f)}); }
        });
        var countyLayer = el('g', {'class': 'amparo-map-counties'}, svg);
        counties.forEach(function (f) {
            var j = mapped[f.id];
            var shape = path(f);
            if (!shape) { return; }
            if (j) {
                el('path', {d: shape, 'class': 'amparo-map-county ' + POLICY_CLASS + j.policy},
                    link(countyLayer, j, data, container));
                marks.push({j: j, at: path.centroid(f)});
            } else {
                el('path', {d: shape, 'class': 'amparo-map-county amparo-map-county-empty'}, countyLayer);
            }
        });
        el('path', {d: path(topojson.mesh(us, us.objects.states, function (a, b) { return a !== b; })),
            'class': 'amparo-map-borders'}, svg);

        var cityLayer = el('g', {'class': 'amparo-map-cities'}, svg);
        Object.keys(mapped).forEach(function (code) {
            var j = mapped[code];
            if (j.level !== 'CITY' || j.latitude === undefined) { return; }
            var at = projection([j.longitude, j.latitude]);
            if (!at) { return; }
            el('circle', {cx: at[0], cy: at[1], r: 7, 'class': 'amparo-map-city ' + POLICY_CLASS + j.policy},
                link(cityLayer, j, data, container));
            marks.push({j: j, at: at});
        });

        var markLayer = el('g', {'class': 'amparo-map-marks', 'aria-hidden': 'true'}, svg);
        marks.forEach(function (m) {
            if (!m.at || isNaN(m.at[0])) { return; }
            var letters = (m.j.models287g || []).map(function (x) { return MODEL_LETTER[x.code] || ''; }).join('');
            if (m.j.has287g) {
                var t = el('text', {x: m.at[0] + 9, y: m.at[1] - 6, 'class': 'amparo-map-287g'}, markLayer);
                t.textContent = letters || '287(g)';
            }
            var n = figureOf(m.j, data.layer);
            if (data.layer !== 'policy' && n > 0) {
                el('circle', {cx: m.at[0], cy: m.at[1], r: 6 + Math.sqrt(n) * 3, 'class': 'amparo-map-figure'}, markLayer);
                var label = el('text', {x: m.at[0], y: m.at[1] + 4, 'class': 'amparo-map-figure-text'}, markLayer);
                label.textContent = String(n);
            }
        });
        container.textContent = '';
        container.appendChild(svg);
        container.setAttribute('data-drawn', String(marks.length));
    }

    function start() {
        var container = document.getElementById('policyMap');
        var source = document.getElementById('mapData');
        if (!container || !source) { return; }
        var data = JSON.parse(source.textContent);
        fetch(container.getAttribute('data-atlas'), {credentials: 'same-origin'})
            .then(function (r) { if (!r.ok) { throw new Error('atlas ' + r.status); } return r.json(); })
            .then(function (us) { draw(container, us, data); })
            .catch(function () {
                container.textContent = container.getAttribute('data-failed');
                container.setAttribute('data-drawn', 'failed');
            });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();

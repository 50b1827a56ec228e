/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* site.js: the scripts of the site: the language pick of the root page,
 * the search box and the compare picker.  Every text it shows comes from
 * the page (data- attributes), so it has no language of its own; without
 * it the site still works through plain links.  No request leaves the
 * site: the search index is a script beside the page (search-index.js,
 * written by sipdoc), loaded on first use. */
(function () {
	'use strict';

	var doc = document;
	var MAX_RESULTS = 20;
	/* Word characters and folding as in src/search.c. */
	var WORD = /[0-9a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0400-\u04ff]+/g;

	doc.documentElement.classList.add('js');

	function fold(s) {
		return s.toLowerCase().replace(/\u0451/g, '\u0435');
	}

	function words(s) {
		return fold(s).match(WORD) || [];
	}

	/* The root page: on to the first language the browser prefers that
	   the site has, unless the reader came to choose (#choose). */
	function pickLanguage() {
		var links = doc.querySelectorAll('.choose a[hreflang]');
		var prefs = navigator.languages || [navigator.language || ''];
		var i, k, want;

		if (links.length === 0 || location.hash === '#choose')
			return;
		for (i = 0; i < prefs.length; i++) {
			want = prefs[i].toLowerCase().split('-')[0];
			for (k = 0; k < links.length; k++)
				if (links[k].hreflang === want) {
					location.replace(links[k].href);
					return;
				}
		}
	}

	/* The index as sipdocIndex() hands it over: per code its number,
	   class, reason, summary, whether the summary is in English, and two
	   lists of folded words (its phrases, its summary and use). */
	var index = null, waiting = [];

	window.sipdocIndex = function (rows) {
		index = rows.map(function (r) {
			return {
				code: r[0], cls: r[1], reason: r[2], summary: r[3],
				english: r[4] === 1,
				title: r[5].split(' '), text: r[6].split(' ')
			};
		});
		waiting.forEach(function (f) { f(); });
		waiting = [];
	};

	function loadIndex(form, then) {
		var s;

		if (index !== null) {
			then();
			return;
		}
		waiting.push(then);
		if (form.dataset.loading)
			return;
		form.dataset.loading = '1';
		s = doc.createElement('script');
		s.src = form.dataset.index;
		doc.head.appendChild(s);
	}

	function hasPrefix(list, w) {
		for (var i = 0; i < list.length; i++)
			if (list[i].lastIndexOf(w, 0) === 0)
				return true;
		return false;
	}

	/* Every query word must begin a word of the code; a word of its
	   number or phrases counts more than one of its summary. */
	function score(e, query) {
		var total = 0, i;

		for (i = 0; i < query.length; i++) {
			if (query[i] === e.code)
				total += 4;
			else if (hasPrefix(e.title, query[i]))
				total += 2;
			else if (hasPrefix(e.text, query[i]))
				total += 1;
			else
				return 0;
		}
		return total;
	}

	function search(text) {
		var query = words(text), hits = [];

		if (query.length === 0)
			return hits;
		index.forEach(function (e) {
			var s = score(e, query);

			if (s > 0)
				hits.push({ e: e, s: s });
		});
		hits.sort(function (a, b) {
			return b.s - a.s || a.e.code - b.e.code;
		});
		return hits.map(function (h) { return h.e; });
	}

	function el(tag, cls, text) {
		var n = doc.createElement(tag);

		if (cls)
			n.className = cls;
		if (text)
			n.textContent = text;
		return n;
	}

	function resultItem(e) {
		var li = el('li'), a = el('a'), sum = el('span', 'sum', e.summary);

		a.href = e.code + '.html';
		a.appendChild(el('span', 'num c' + e.cls, e.code));
		a.appendChild(doc.createTextNode(' ' + e.reason));
		if (e.english)
			sum.lang = 'en';
		li.appendChild(a);
		li.appendChild(sum);
		return li;
	}

	function showResults(form, box, text) {
		var list = box.querySelector('ol');
		var status = box.querySelector('.status');
		var hits = search(text);

		list.textContent = '';
		hits.slice(0, MAX_RESULTS).forEach(function (e) {
			list.appendChild(resultItem(e));
		});
		status.textContent = hits.length === 0 ? form.dataset.none :
		    hits.length > MAX_RESULTS ? form.dataset.more : '';
		box.hidden = words(text).length === 0;
	}

	/* Arrow keys walk the results; Escape closes them. */
	function moveFocus(form, input, box, ev) {
		var links = Array.prototype.slice.call(box.querySelectorAll('a'));
		var at = links.indexOf(doc.activeElement);

		if (ev.key === 'Escape') {
			box.hidden = true;
			input.focus();
		} else if (ev.key === 'ArrowDown' && at + 1 < links.length) {
			links[at + 1].focus();
		} else if (ev.key === 'ArrowUp' && at > 0) {
			links[at - 1].focus();
		} else if (ev.key === 'ArrowUp' && at === 0) {
			input.focus();
		} else {
			return;
		}
		ev.preventDefault();
	}

	function initSearch(form) {
		var input = form.querySelector('input');
		var box = form.querySelector('.results');
		var update = function () {
			loadIndex(form, function () {
				showResults(form, box, input.value);
			});
		};

		form.hidden = false;
		input.addEventListener('focus', function () {
			loadIndex(form, function () {});
		});
		input.addEventListener('input', update);
		form.addEventListener('keydown', function (ev) {
			moveFocus(form, input, box, ev);
		});
		form.addEventListener('submit', function (ev) {
			var first = box.querySelector('a');

			ev.preventDefault();
			if (first !== null)
				location.href = first.href;
		});
		/* Closed when the reader moves elsewhere; not on focusout, which
		   some touch browsers fire before a tapped result is followed. */
		['focusin', 'pointerdown'].forEach(function (type) {
			doc.addEventListener(type, function (ev) {
				if (!form.contains(ev.target))
					box.hidden = true;
			});
		});
		input.addEventListener('focus', function () {
			if (input.value !== '')
				update();
		});
	}

	/* The compare picker: the sheet of two codes, lower code first. */
	function initPicker(form) {
		var a = form.querySelector('#pick-a');
		var b = form.querySelector('#pick-b');
		var status = form.querySelector('.picker-status');

		form.hidden = false;
		form.addEventListener('submit', function (ev) {
			var x = Number(a.value), y = Number(b.value);

			ev.preventDefault();
			if (x === y) {
				status.textContent = form.dataset.same;
				b.focus();
				return;
			}
			status.textContent = '';
			location.href = Math.min(x, y) + '-vs-' + Math.max(x, y) +
			    '.html';
		});
	}

	pickLanguage();
	Array.prototype.forEach.call(doc.querySelectorAll('form.search'),
	    initSearch);
	Array.prototype.forEach.call(doc.querySelectorAll('form.picker'),
	    initPicker);
}());

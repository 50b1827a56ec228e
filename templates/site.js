/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copyright (C) 2026 The sipdoc authors */
/* site.js: the scripts of the site: the language pick of the root page,
 * the search box and the compare picker.  Every text it shows comes from
 * the page (data- attributes) or the search index, so it has no language
 * of its own; without it the site still works through plain links, and
 * the search form opens the list of every code.  No request leaves the
 * site: the search index is a script beside the page (search-index.js,
 * written by sipdoc, see src/format/html/search.h), loaded when the
 * reader first types, so that it also works from file://. */
(function () {
	'use strict';

	var doc = document;
	var MAX_RESULTS = 20;
	/* What a match counts in each field of a document (search.h): its
	   number and reason phrase, its summary, headings, body. */
	var FIELD_WEIGHT = [1000, 100, 10, 1];
	var SNIPPET = 200;

	doc.documentElement.classList.add('js');

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

	/* Words as src/format/html/words.h defines them, with the tables the
	   index brings: folded, split at backquotes (code spans), compounds
	   of hyphenated words with their parts.  FN(word, key, start, end,
	   part) gets each folded word, the key it is indexed under (itself
	   when exact, else its stem), and its place in TEXT. */
	function eachWord(ix, text, english, fn) {
		var folded = fold(ix, text).split('`'), orig = text.split('`');
		var stems = ix.stems[english ? 1 : 0], at = 0;

		folded.forEach(function (piece, i) {
			var code = i % 2 === 1, m, w, o;

			ix.word.lastIndex = 0;
			while ((m = ix.word.exec(piece)) !== null) {
				w = m[0];
				o = orig[i].substr(m.index, w.length);
				emit(w, o, at + m.index, code, /[0-9-]/.test(w), false);
				if (w.indexOf('-') >= 0)
					parts(w, o, at + m.index, code);
			}
			at += piece.length + 1;
		});

		function emit(w, o, start, code, digits, part) {
			var exact = code || digits || /^[A-Z]{2,}$/.test(o);

			fn(w, exact ? w : stems.get(w) || w, start,
			    start + w.length, part);
		}

		function parts(w, o, start, code) {
			var off = 0;

			w.split('-').forEach(function (p) {
				emit(p, o.substr(off, p.length), start + off, code,
				    /[0-9]/.test(p), true);
				off += p.length + 1;
			});
		}
	}

	function fold(ix, s) {
		return s.replace(ix.upper, function (c) {
			return c.toLowerCase();
		}).replace(/\u0451/g, '\u0435');
	}

	function stemMap(groups) {
		var map = new Map();

		Object.keys(groups || {}).forEach(function (stem) {
			groups[stem].split(' ').forEach(function (w) {
				map.set(w, stem);
			});
		});
		return map;
	}

	/* The index made ready: every document's words counted by field,
	   the documents each key is in, the keys of each word form. */
	function compile(raw) {
		var ix = {
			word: new RegExp('[' + raw.word + ']+(?:-[' + raw.word +
			    ']+)*', 'g'),
			upper: new RegExp('[' + raw.upper + ']', 'g'),
			stems: [stemMap(raw.stems), stemMap(raw.stems_en || raw.stems)],
			docs: [], df: new Map(),
			forms: new Map(), codes: new Map(), avg: [0, 0]
		};
		var count = [0, 0];

		raw.docs.forEach(function (d, order) {
			var doc = compileDoc(ix, d, order);

			if (doc.code !== '')
				ix.codes.set(doc.code, doc);
			ix.avg[doc.code === '' ? 1 : 0] += doc.len;
			count[doc.code === '' ? 1 : 0]++;
			ix.docs.push(doc);
		});
		ix.avg = ix.avg.map(function (n, i) {
			return n / Math.max(1, count[i]);
		});
		ix.docs.forEach(function (d) {
			lendNote(ix, d);
		});
		ix.surfaces = Array.from(ix.forms.keys()).sort();
		return ix;
	}

	/* One document: its paragraphs, and per field how often each key is
	   there.  For ranking (rank), a word of "When you see it" counts
	   twice: that section says what the code answers. */
	function compileDoc(ix, d, order) {
		var when = d.w || [0, 0], seen = new Set();
		var doc = {
			url: d.u, cls: d.k, code: d.n, title: d.r, order: order,
			fields: d.f.map(function (f) {
				return f.map(function (p) {
					return typeof p === 'string' ?
					    { text: p, en: false } : { text: p[0], en: true };
				});
			}),
			tf: [], rank: new Map(), len: 0
		};

		doc.fields.forEach(function (field, f) {
			var tf = new Map();

			field.forEach(function (p, i) {
				var n = f === 3 && i >= when[0] && i < when[1] ? 2 : 1;

				eachWord(ix, p.text, p.en, function (w, key) {
					tf.set(key, (tf.get(key) || 0) + 1);
					seen.add(key);
					addForm(ix, w, key);
					if (f === 3) {
						doc.len++;
						doc.rank.set(key, (doc.rank.get(key) || 0) + n);
					}
				});
			});
			doc.tf.push(tf);
		});
		seen.forEach(function (key) {
			ix.df.set(key, (ix.df.get(key) || 0) + 1);
		});
		return doc;
	}

	/* A curated note is about its two codes (d.pair): its words rank
	   them too (they do not make them match). */
	function lendNote(ix, d) {
		var m = /^([0-9]+)-vs-([0-9]+)\.html$/.exec(d.url);

		if (d.code !== '' || m === null)
			return;
		d.pair = [ix.codes.get(m[1]), ix.codes.get(m[2])];
		d.pair.forEach(function (e) {
			d.tf[3].forEach(function (n, key) {
				e.rank.set(key, (e.rank.get(key) || 0) + n);
			});
		});
	}

	function addForm(ix, w, key) {
		var keys = ix.forms.get(w);

		if (keys === undefined)
			ix.forms.set(w, [key]);
		else if (keys.indexOf(key) < 0)
			keys.push(key);
	}

	/* The keys of every word form that begins with W. */
	function prefixKeys(ix, w, add) {
		var s = ix.surfaces, lo = 0, hi = s.length, mid, n = 0;

		while (lo < hi) {
			mid = (lo + hi) >> 1;
			if (s[mid] < w)
				lo = mid + 1;
			else
				hi = mid;
		}
		for (; lo < s.length && n < 500 &&
		    s[lo].lastIndexOf(w, 0) === 0; lo++, n++)
			ix.forms.get(s[lo]).forEach(function (k) {
				add(k, s[lo] === w ? 1 : 0.5);
			});
	}

	/* What a query word W can match, key by key with a weight: itself,
	   the stems of its forms (the build stemmed them: no stemmer here),
	   longer words it begins when it is being typed or unknown, and for
	   an unknown word the longest known stem or word it begins with. */
	function keysOf(ix, w, typing) {
		var keys = new Map(), n, p;
		var add = function (k, weight) {
			if (ix.df.has(k) && (keys.get(k) || 0) < weight)
				keys.set(k, weight);
		};

		add(w, 1);
		(ix.forms.get(w) || []).forEach(function (k) { add(k, 0.9); });
		ix.stems.forEach(function (m) {
			if (m.has(w))
				add(m.get(w), 0.9);
		});
		if (typing || keys.size === 0)
			prefixKeys(ix, w, add);
		for (n = w.length - 1; keys.size === 0 && n >= 4; n--) {
			p = w.slice(0, n);
			add(p, 0.6);
			(ix.forms.get(p) || []).forEach(function (k) { add(k, 0.6); });
		}
		return keys;
	}

	/* The query as groups of keys, one per word that matches anything:
	   every group must match a document.  A compound that is not in the
	   index is looked for as its parts. */
	function parseQuery(ix, text) {
		var words = [], groups = [];
		var typing = !/\s$/.test(text);

		eachWord(ix, text, false, function (w, key, s, e, part) {
			if (!part)
				words.push({ w: w, parts: [] });
			else
				words[words.length - 1].parts.push(w);
		});
		words.forEach(function (q, i) {
			var keys = keysOf(ix, q.w, typing && i === words.length - 1);

			if (keys.size > 0)
				groups.push(keys);
			else
				q.parts.forEach(function (p) {
					var k = keysOf(ix, p, false);

					if (k.size > 0)
						groups.push(k);
				});
		});
		return { words: words, groups: groups };
	}

	/* Okapi BM25 of a key in the body of D, against documents of its
	   kind (codes, notes). */
	function bm25(ix, d, key) {
		var tf = d.rank.get(key) || 0;
		var df = ix.df.get(key), n = ix.docs.length;
		var idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
		var norm = d.len / (ix.avg[d.code === '' ? 1 : 0] || 1);

		return idf * tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * norm));
	}

	/* A document ranks by the best field each query word is in; among
	   those only in the body, by BM25.  0: some word is not there. */
	function score(ix, d, groups) {
		var total = 0, i;

		for (i = 0; i < groups.length; i++) {
			var best = 0, bm = 0;

			groups[i].forEach(function (weight, key) {
				for (var f = 0; f < 4; f++)
					if (d.tf[f].has(key)) {
						best = Math.max(best, FIELD_WEIGHT[f] * weight);
						break;
					}
				if (d.tf[3].has(key))
					bm = Math.max(bm, weight * bm25(ix, d, key));
			});
			if (best === 0)
				return 0;
			total += best + (best < FIELD_WEIGHT[2] ? bm / (1 + bm) : 0);
		}
		return total;
	}

	function format(s, args) {
		return s.replace(/%(\d)\$[ds]/g, function (m, i) {
			return args[i - 1];
		});
	}

	/* Two codes and at most one other word ("480 486", "480 vs 486"):
	   their comparison sheet, lower code first. */
	function sheetOf(ix, q) {
		var codes = [], others = 0, a, b;

		q.words.forEach(function (w) {
			if (/^[0-9]{3}$/.test(w.w) && ix.codes.has(w.w)) {
				if (codes.indexOf(w.w) < 0)
					codes.push(w.w);
			} else {
				others++;
			}
		});
		if (codes.length !== 2 || others > 1)
			return null;
		codes.sort();
		a = ix.codes.get(codes[0]);
		b = ix.codes.get(codes[1]);
		return {
			url: a.code + '-vs-' + b.code + '.html', cls: 0, code: '',
			pair: [a, b], fields: [[], [], [], []]
		};
	}

	function search(ix, text) {
		var q = parseQuery(ix, text), hits = [], sheet;

		ix.docs.forEach(function (d) {
			var s = q.groups.length > 0 ? score(ix, d, q.groups) : 0;

			if (s > 0)
				hits.push({ d: d, s: s });
		});
		hits.sort(function (x, y) {
			return y.s - x.s || x.d.order - y.d.order;
		});
		hits = hits.map(function (h) { return h.d; });
		if ((sheet = sheetOf(ix, q)) !== null) {
			hits = hits.filter(function (d) {
				if (d.url !== sheet.url)
					return true;
				sheet = d;
				return false;
			});
			hits.unshift(sheet);
		}
		return { hits: hits, groups: q.groups };
	}

	/* The paragraph that shows the most query words (the summary before
	   the body), or the summary; its matched words marked. */
	function snippet(ix, d, groups) {
		var fields = d.code !== '' ? [1, 3] : [3], best = null;

		fields.forEach(function (f) {
			d.fields[f].forEach(function (p) {
				var marks = [], hit = new Set();

				eachWord(ix, p.text, p.en, function (w, key, s, e) {
					groups.forEach(function (g, i) {
						if (g.has(key)) {
							hit.add(i);
							marks.push([s, e]);
						}
					});
				});
				if (best === null || hit.size > best.n)
					best = { p: p, marks: marks, n: hit.size };
			});
		});
		return best;
	}

	function el(tag, cls, text) {
		var n = doc.createElement(tag);

		if (cls)
			n.className = cls;
		if (text)
			n.textContent = text;
		return n;
	}

	/* The text of a snippet around its first mark, code spans as code. */
	function snippetNode(sn) {
		var text = sn.p.text, start = 0, end = text.length;
		var out = el('p', 'snip'), marked = new Uint8Array(text.length);
		var code = false, node = out, i, run = '', runMark = 0;

		sn.marks.forEach(function (m) {
			marked.fill(1, m[0], m[1]);
		});
		if (text.length > SNIPPET) {
			start = sn.marks.length > 0 ?
			    Math.max(0, sn.marks[0][0] - SNIPPET / 3) : 0;
			start = start > 0 ? text.indexOf(' ', start) + 1 : 0;
			end = Math.min(text.length, start + SNIPPET);
			if (end < text.length)
				end = Math.max(text.lastIndexOf(' ', end), start + 1);
		}
		for (i = 0; i < start; i++)
			code = text[i] === '`' ? !code : code;
		if (start > 0)
			out.appendChild(doc.createTextNode('\u2026'));
		if (code)
			node = out.appendChild(el('code'));
		function flush() {
			if (run === '')
				return;
			(runMark ? node.appendChild(el('mark')) : node)
			    .appendChild(doc.createTextNode(run));
			run = '';
		}
		for (i = start; i < end; i++) {
			if (text[i] === '`') {
				flush();
				code = !code;
				node = code ? out.appendChild(el('code')) : out;
				continue;
			}
			if (marked[i] !== runMark) {
				flush();
				runMark = marked[i];
			}
			run += text[i];
		}
		flush();
		if (end < text.length)
			out.appendChild(doc.createTextNode('\u2026'));
		if (sn.p.en) {
			out.lang = 'en';
			if (doc.documentElement.dir === 'rtl')
				out.dir = 'ltr';
		}
		return out;
	}

	/* A code with its reason phrase, or the title of a sheet (TITLE, a
	   translated format, from the page). */
	function resultItem(ix, d, groups, title) {
		var li = el('li'), a = el('a'), label, sn;

		a.href = d.url;
		if (d.code !== '') {
			label = a.appendChild(el('bdi'));
			label.appendChild(el('span', 'num c' + d.cls, d.code));
			label.appendChild(doc.createTextNode(' ' + d.title));
		} else {
			a.textContent = format(title, [d.pair[0].code, d.pair[0].title,
			    d.pair[1].code, d.pair[1].title]);
		}
		li.appendChild(a);
		sn = snippet(ix, d, groups);
		if (sn !== null)
			li.appendChild(snippetNode(sn));
		return li;
	}

	/* The index as sipdocIndex() hands it over (search.h), compiled on
	   arrival; it is loaded when the reader first types. */
	var index = null, waiting = [];

	window.sipdocIndex = function (raw) {
		index = compile(raw);
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

	function showResults(form, box, text) {
		var list = box.querySelector('ol');
		var status = box.querySelector('.status');
		var r = search(index, text);

		list.textContent = '';
		r.hits.slice(0, MAX_RESULTS).forEach(function (d) {
			list.appendChild(resultItem(index, d, r.groups,
			    form.dataset.sheet));
		});
		status.textContent = r.hits.length === 0 ? form.dataset.none :
		    r.hits.length > MAX_RESULTS ? form.dataset.more : '';
		box.hidden = text.trim() === '';
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
			if (input.value !== '' && index !== null)
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

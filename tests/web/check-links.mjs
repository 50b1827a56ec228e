// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The sipdoc authors
// check-links.mjs: every internal link and anchor of a generated site
// resolves, nothing a page loads comes from elsewhere, and every page can
// be reached by a link.  Addresses under the site's base URL (canonical,
// hreflang, the 404 page's absolute links, sitemap.xml) count as internal.
//
//   node check-links.mjs DIR [BASE_URL]      BASE_URL defaults to "/"
//
// Prints each problem, then a summary line:
//   checked L links (A with anchors) in F files: P problems; X external links
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';

const [dir, base = '/'] = process.argv.slice(2);
if (!dir) {
	console.error('usage: node check-links.mjs DIR [BASE_URL]');
	process.exit(2);
}

// Tags whose address the browser loads by itself, and the link relations
// that do the same: all of these must stay on the site.
const LOADED = /^(script|img|iframe|source|audio|video|embed|object)$/;
const LOADED_REL = /\b(stylesheet|icon|preload|prefetch|modulepreload|manifest)\b/;
const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

const problems = [];
const idCache = new Map();
const linkedPages = new Set();
let links = 0, anchors = 0, external = 0, files = 0;

function decode(s) {
	return s.replace(/&(amp|lt|gt|quot|#39);/g, (_, e) => ENTITIES[e]);
}

function attrs(tag) {
	const out = {};
	for (const m of tag.matchAll(/\s([a-z-:]+)(?:="([^"]*)")?/g))
		out[m[1]] = m[2] === undefined ? '' : decode(m[2]);
	return out;
}

function idsOf(file) {
	if (!idCache.has(file)) {
		const html = readFileSync(file, 'utf8');
		const ids = new Set();
		for (const m of html.matchAll(/\s(?:id|name)="([^"]*)"/g))
			ids.add(decode(m[1]));
		idCache.set(file, ids);
	}
	return idCache.get(file);
}

// The site path ("/ru/486.html") of an address, or null when it is not
// on the site.  FROM is the site path of the page that holds it.
function sitePath(url, from) {
	let path = url;
	if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) {
		if (!/^[a-z]+:\/\//i.test(base) || !url.startsWith(base))
			return null;
		path = '/' + url.slice(base.length);
	} else if (url.startsWith('/')) {
		const prefix = /^[a-z]+:\/\//i.test(base) ?
		    new URL(base).pathname : base;
		if (!url.startsWith(prefix))
			return null;
		path = '/' + url.slice(prefix.length);
	} else {
		path = posix.join(posix.dirname(from), url === '' ? posix.basename(from) : url);
	}
	return path;
}

function check(where, url, loaded, fromPath) {
	links++;
	const hash = url.indexOf('#');
	const frag = hash >= 0 ? decodeURIComponent(url.slice(hash + 1)) : '';
	const addr = (hash >= 0 ? url.slice(0, hash) : url).split('?')[0];
	if (/^mailto:/i.test(addr))
		return;
	const path = addr === '' ? fromPath : sitePath(addr, fromPath);
	if (path === null) {
		if (loaded)
			problems.push(`${where}: loads ${url} from outside the site`);
		else
			external++;
		return;
	}
	let file = join(dir, decodeURIComponent(path));
	if (path.endsWith('/') || (existsSync(file) && statSync(file).isDirectory()))
		file = join(file, 'index.html');
	if (!existsSync(file)) {
		problems.push(`${where}: ${url}: no such file`);
		return;
	}
	if (file.endsWith('.html') && fromPath.endsWith('.html') &&
	    file !== join(dir, fromPath))
		linkedPages.add(file);
	if (frag !== '') {
		anchors++;
		if (!file.endsWith('.html') || !idsOf(file).has(frag))
			problems.push(`${where}: ${url}: no element with id "${frag}"`);
	}
}

function checkPage(rel) {
	const file = join(dir, rel);
	const html = readFileSync(file, 'utf8');
	const from = '/' + rel.split('\\').join('/');
	files++;
	let line = 1, last = 0;
	for (const m of html.matchAll(/<([a-z][a-z0-9]*)\b[^>]*>/g)) {
		for (; last < m.index; last++)
			if (html.charCodeAt(last) === 10)
				line++;
		const tag = m[1], a = attrs(m[0]);
		const where = `${rel}:${line}`;
		for (const name of ['href', 'src', 'action']) {
			if (a[name] === undefined)
				continue;
			const loaded = LOADED.test(tag) ||
			    (tag === 'link' && LOADED_REL.test(a.rel ?? ''));
			check(where, a[name], loaded, from);
		}
	}
	idsOf(file);
}

function checkSitemap(rel) {
	const xml = readFileSync(join(dir, rel), 'utf8');
	files++;
	for (const m of xml.matchAll(/<loc>([^<]*)<\/loc>|\shref="([^"]*)"/g))
		check(rel, decode(m[1] ?? m[2]), false, '/' + rel);
}

const all = readdirSync(dir, { recursive: true }).map((f) => f.split('\\').join('/')).sort();
for (const rel of all) {
	if (rel.endsWith('.html'))
		checkPage(rel);
	else if (rel.endsWith('sitemap.xml'))
		checkSitemap(rel);
}
for (const rel of all)
	if (rel.endsWith('.html') && rel !== 'index.html' && rel !== '404.html' &&
	    !linkedPages.has(join(dir, rel)))
		problems.push(`${rel}: no page links to it`);

problems.forEach((p) => console.log(p));
console.log(`checked ${links} links (${anchors} with anchors) in ${files} ` +
    `files: ${problems.length} problems; ${external} external links`);
process.exit(problems.length === 0 && links > 0 ? 0 : 1);

// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The sipdoc authors
// rtl.mjs: a page in a language written right to left, in Chromium: the
// page is right to left and its layout mirrored (header, headings'
// class bars, breadcrumbs, lists), English fallback, codes and reason
// phrases read left to right, and search works in it.  Screenshots of
// the Hebrew 486 page go to SHOTS.
//
//   node rtl.mjs DIR SHOTS [CHROMIUM]     exit 0 when every check passes
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, tally } from './harness.mjs';
import { serve } from './serve.mjs';

const [dir, shots, exe = '/usr/bin/chromium'] = process.argv.slice(2);
if (!dir || !shots) {
	console.error('usage: node rtl.mjs DIR SHOTS [CHROMIUM]');
	process.exit(2);
}
mkdirSync(shots, { recursive: true });
const t = tally(), ok = t.ok;

const site = await serve(dir);
const browser = await launch(exe);
const errors = [];

async function layout(width) {
	const page = await browser.newPage({ viewport: { width, height: 900 } });
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(site.url + 'he/486.html');
	const g = await page.evaluate(() => {
		const box = (sel) => document.querySelector(sel).getBoundingClientRect();
		const cs = (sel) => getComputedStyle(document.querySelector(sel));
		const h1 = cs('main h1');
		const crumbs = [...document.querySelectorAll('.crumbs li')]
			.map((li) => li.getBoundingClientRect().left);
		const num = document.querySelector('main h1 .num');
		const reason = document.createRange();
		reason.selectNodeContents(num.parentNode.lastChild);
		return {
			dir: getComputedStyle(document.documentElement).direction,
			h1Right: h1.borderRightWidth, h1Left: h1.borderLeftWidth,
			home: box('.home').left, search: box('.search').left,
			crumbs,
			numLeft: num.getBoundingClientRect().left,
			reasonLeft: reason.getBoundingClientRect().left,
			fallback: getComputedStyle(document.querySelector('p[lang=en]')).direction,
			fallbackAlign: document.querySelector('p[lang=en]').getBoundingClientRect().left,
			hebrew: box('main .lead').right,
			body: box('main').right,
			scroll: document.documentElement.scrollWidth,
		};
	});
	return { page, g };
}

const { page, g } = await layout(1280);
ok(g.dir === 'rtl', `the Hebrew page is right to left (${g.dir})`);
ok(g.h1Right !== '0px' && g.h1Left === '0px',
    `the heading's class bar is on the right (${g.h1Right} right, ${g.h1Left} left)`);
ok(g.home > g.search, `the header is mirrored: home link right of the search box (${g.home} > ${g.search})`);
ok(g.crumbs.every((x, i) => i === 0 || x < g.crumbs[i - 1]),
    `breadcrumbs run from right to left (${g.crumbs.map(Math.round).join(' ')})`);
ok(g.numLeft < g.reasonLeft, 'the code reads left to right before its reason phrase');
ok(g.fallback === 'ltr', `English fallback is left to right (${g.fallback})`);
await page.screenshot({ path: join(shots, 'he-486-desktop.png'), fullPage: false });
await page.locator('#q').fill('Retry-After');
await page.locator('#results li').first().waitFor();
const hits = await page.locator('#results li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
ok(hits.includes('486.html'), `search in Hebrew pages finds 486 (${hits.slice(0, 5).join(' ')})`);
await page.locator('#q').fill('שיחה');
await page.waitForTimeout(100);
const he = await page.locator('#results li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
ok(he[0] === '486.html', `a Hebrew word finds the Hebrew text of 486 (${he.join(' ')})`);
await page.locator('#q').fill('שיח');
await page.waitForTimeout(100);
ok((await page.locator('#results li > a[href="486.html"]').count()) === 1,
    'and so does its prefix (no Hebrew stemmer: exact and prefix matching)');
await page.screenshot({ path: join(shots, 'he-search-desktop.png') });
await page.close();
const phone = await layout(360);
ok(phone.g.scroll <= 360, `the Hebrew page fits 360 px (scroll width ${phone.g.scroll})`);
await phone.page.screenshot({ path: join(shots, 'he-486-phone.png') });
await phone.page.close();

await browser.close();
await site.close();
ok(errors.length === 0, `no script errors${errors.length ? ': ' + errors.join(' ') : ''}`);
t.done('rtl', `; screenshots in ${shots}`);

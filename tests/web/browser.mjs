// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The sipdoc authors
// browser.mjs: the site in a real browser.  Serves DIR on 127.0.0.1,
// drives Debian's Chromium headless through playwright-core, and checks
// what a reader sees; screenshots at phone and desktop width go to SHOTS.
//
//   node browser.mjs DIR SHOTS [CHROMIUM]     exit 0 when every check passes
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, tally } from './harness.mjs';
import { serve } from './serve.mjs';

const [dir, shots, exe = '/usr/bin/chromium'] = process.argv.slice(2);
if (!dir || !shots) {
	console.error('usage: node browser.mjs DIR SHOTS [CHROMIUM]');
	process.exit(2);
}
mkdirSync(shots, { recursive: true });

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 900 };
const t = tally(), ok = t.ok;

const site = await serve(dir);
const browser = await launch(exe);
const offsite = [], errors = [];

// A fresh context (its own profile state) per reader.  A request for
// anything outside the site is recorded and stopped before it is sent.
async function open(opts = {}) {
	const ctx = await browser.newContext({ locale: 'en-US', ...opts });
	ctx.setDefaultTimeout(10000);
	await ctx.route('**/*', (route) => {
		const url = route.request().url();
		if (url.startsWith(site.url) || url.startsWith('data:'))
			return route.continue();
		offsite.push(url);
		return route.abort('blockedbyclient');
	});
	const page = await ctx.newPage();
	page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
	return page;
}

async function texts(page, sel) {
	return page.locator(sel).evaluateAll((els) =>
		els.filter((e) => e.getClientRects().length > 0)
			.map((e) => e.textContent.replace(/\u00a0/g, ' ').trim()));
}

async function sheet() {
	const page = await open({ viewport: DESKTOP });
	await page.goto(site.url + 'ru/202-vs-421.html');
	ok(await page.getAttribute('html', 'lang') === 'ru', 'Russian sheet is lang=ru');
	const h1 = (await texts(page, 'h1'))[0] ?? '';
	ok(/202 Accepted/.test(h1) && /421 Extension Required/.test(h1) &&
	    /сравнение/.test(h1), `Russian sheet title: ${h1}`);
	const h2 = await texts(page, 'main h2');
	for (const want of ['202 Accepted', '421 Extension Required',
	    'Ключевые различия', 'Когда что использовать', 'Узнать больше'])
		ok(h2.includes(want), `section "${want}" is shown`);
	const h3 = await texts(page, 'section.code h3');
	ok(['Описание', 'Когда вы это видите', 'Как исправить'].every((h) =>
	    h3.filter((t) => t === h).length === 2),
	    'both codes show Описание, Когда вы это видите, Как исправить');
	ok((await page.locator('section#diffs li, section[aria-labelledby=diffs] li').count()) >= 3,
	    'key differences are listed');
	const color = await page.locator('section.code.c2 .num').first().evaluate(
		(e) => getComputedStyle(e).color);
	ok(color !== await page.locator('section.code.c4 .num').first().evaluate(
		(e) => getComputedStyle(e).color), 'the two classes have different colours');
	await page.screenshot({ path: join(shots, 'ru-202-vs-421-desktop.png'), fullPage: true });

	await page.locator('nav.langs a[hreflang=en]').click();
	await page.waitForURL(/\/en\/202-vs-421\.html$/);
	ok(await page.getAttribute('html', 'lang') === 'en', 'switcher leads to the English sheet');
	const en = (await texts(page, 'h1'))[0] ?? '';
	ok(en === 'SIP 202 Accepted vs 421 Extension Required', `English title: ${en}`);
	await page.context().close();
}

async function search() {
	const page = await open({ viewport: PHONE, isMobile: true, hasTouch: true });
	await page.goto(site.url + 'ru/index.html');
	const box = page.locator('#q');
	ok(await box.isVisible(), 'search box is shown at 360 px');
	await box.fill('занят');
	await page.locator('#results li').first().waitFor();
	const hits = await page.locator('#results a').evaluateAll((as) =>
		as.map((a) => a.getAttribute('href')));
	ok(hits.includes('486.html'), `"занят" finds 486 (${hits.join(' ')})`);
	ok(hits.includes('600.html'), '"занят" finds 600');
	await page.screenshot({ path: join(shots, 'ru-search-phone.png') });
	await box.fill('ЗАНЯТ');
	await page.waitForTimeout(50);
	ok((await page.locator('#results a[href="486.html"]').count()) === 1,
	    'upper-case Cyrillic finds 486 too');
	await box.fill('busy ever');
	await page.waitForTimeout(50);
	const busy = await page.locator('#results a').evaluateAll((as) =>
		as.map((a) => a.getAttribute('href')));
	ok(busy[0] === '600.html', `"busy ever" ranks 600 first (${busy.join(' ')})`);
	await box.fill('щщщщ');
	await page.waitForTimeout(50);
	ok((await page.locator('#results li').count()) === 0 &&
	    (await page.locator('#results .status').textContent()) !== '',
	    'a search with no match says so');
	await box.fill('486');
	await page.waitForTimeout(50);
	await box.press('Enter');
	await page.waitForURL(/\/ru\/486\.html$/);
	ok(true, 'Enter opens the first result');
	await page.locator('#q').fill('отклон');
	await page.locator('#results a[href="603.html"]').tap();
	await page.waitForURL(/\/ru\/603\.html$/);
	ok(true, 'tapping a result opens it');
	await page.locator('main h1').click();
	await page.locator('#q').fill('486');
	await page.locator('#results li').first().waitFor();
	await page.touchscreen.tap(180, 700);
	ok(await page.locator('#results').isHidden(), 'tapping elsewhere closes the results');
	await page.context().close();
}

async function hrefs(page) {
	return page.locator('#results li > a').evaluateAll((as) =>
		as.map((a) => a.getAttribute('href')));
}

// Full-text search: the index is fetched on the first keystroke, not
// before; then words of the bodies, stems, exact tokens, code prefixes
// and pairs of codes, with the matched words marked.
async function fullText() {
	const page = await open({ viewport: DESKTOP });
	const fetched = [];
	page.on('request', (r) => {
		if (r.url().endsWith('search-index.js'))
			fetched.push(r.url());
	});
	await page.goto(site.url + 'en/486.html');
	await page.locator('#q').focus();
	await page.waitForTimeout(300);
	ok(fetched.length === 0, 'the search index is not fetched with the page, nor on focus');
	await page.keyboard.type('1');
	await page.locator('#results li').first().waitFor();
	ok(fetched.length === 1 && fetched[0] === site.url + 'en/search-index.js',
	    `the first keystroke fetches the English index (${fetched.join(' ')})`);
	const find = async (q) => {
		await page.locator('#q').fill(q);
		await page.waitForTimeout(50);
		return hrefs(page);
	};
	let hits = await find('100rel');
	ok(hits.slice(0, 2).sort().join(' ') === '420.html 421.html',
	    `"100rel" finds 420 and 421 first (${hits.join(' ')})`);
	hits = await find('Retry-After');
	ok(['413.html', '486.html', '503.html'].every((h) => hits.includes(h)),
	    `"Retry-After" finds 413, 486 and 503 (${hits.join(' ')})`);
	const marks = await page.locator('#results mark').allTextContents();
	ok(marks.length > 0 && marks.every((m) => m === 'Retry-After'),
	    `the snippets highlight the match (${[...new Set(marks)].join(' ')})`);
	const shown = await page.locator('#results').innerText();
	const codes = await page.locator('#results code').allTextContents();
	ok(!shown.includes('`') && codes.some((c) => c.includes('Retry-After')),
	    'the snippets show code spans as code, with no backquote');
	hits = await find('48');
	const want = Array.from({ length: 10 }, (_, i) => `${480 + i}.html`);
	ok(hits.slice(0, 10).join(' ') === want.join(' '),
	    `"48" lists 480 to 489 (${hits.slice(0, 12).join(' ')})`);
	for (const q of ['480 486', '480 vs 486', '486 480']) {
		hits = await find(q);
		ok(hits[0] === '480-vs-486.html', `"${q}" offers the 480-vs-486 sheet first (${hits[0]})`);
	}
	hits = await find('200 486');
	ok(hits[0] === '200-vs-486.html' &&
	    /200 OK/.test(await page.locator('#results li > a').first().textContent()),
	    'two codes without a curated note offer their sheet too');
	hits = await find('INVITE');
	ok(hits.length > 10, `"INVITE" is found as a word of the bodies (${hits.length} results)`);
	await page.goto(site.url + 'ru/index.html');
	hits = await find('занятости');
	ok(hits.includes('486.html') && hits.includes('600.html'),
	    `«занятости» finds 486 and 600 (${hits.join(' ')})`);
	const ru = await page.locator('#results mark').allTextContents();
	ok(ru.some((m) => /^занят/.test(m)), `and marks the forms it matched (${[...new Set(ru)].join(' ')})`);
	hits = await find('100rel');
	ok(hits.slice(0, 2).sort().join(' ') === '420.html 421.html',
	    `Russian "100rel" finds 420 and 421 first (${hits.join(' ')})`);
	hits = await find('переадресовывать');
	ok(hits.includes('181.html'), `an unknown form finds the stem it begins with (${hits.join(' ')})`);
	await page.context().close();

	const plain = await open({ viewport: DESKTOP, javaScriptEnabled: false });
	await plain.goto(site.url + 'en/486.html');
	await plain.locator('#q').fill('busy');
	await plain.locator('#q').press('Enter');
	await plain.waitForURL(/\/en\/index\.html\?q=busy$/);
	ok(await plain.locator('p.nojs').first().isVisible() &&
	    (await plain.locator('a[href="486.html"]').count()) > 0,
	    'without scripts the search form opens the list of every code');
	await plain.context().close();
}

async function picker() {
	const page = await open({ viewport: DESKTOP });
	await page.goto(site.url + 'en/index.html');
	await page.selectOption('#pick-a', '421');
	await page.selectOption('#pick-b', '202');
	await page.locator('form.picker button').click();
	await page.waitForURL(/\/en\/202-vs-421\.html$/);
	ok(true, 'picker on the index leads to 202-vs-421');
	await page.goto(site.url + 'en/486.html');
	ok(await page.locator('#pick-a').inputValue() === '486', 'code page preselects its code');
	await page.selectOption('#pick-b', '600');
	await page.locator('form.picker button').click();
	await page.waitForURL(/\/en\/486-vs-600\.html$/);
	ok(true, 'picker on a code page leads to 486-vs-600');
	await page.context().close();

	const plain = await open({ viewport: DESKTOP, javaScriptEnabled: false });
	await plain.goto(site.url + 'en/486.html');
	ok(!(await plain.locator('form.picker').isVisible()), 'without scripts the picker is hidden');
	await plain.locator('details.others summary').click();
	await plain.locator('details.others a[href="486-vs-603.html"]').click();
	await plain.waitForURL(/\/en\/486-vs-603\.html$/);
	ok(true, 'without scripts a plain link leads to 486-vs-603');
	await plain.context().close();
}

async function phone() {
	const page = await open({ viewport: PHONE, isMobile: true, hasTouch: true });
	for (const path of ['en/index.html', 'ru/index.html', 'en/486.html',
	    'ru/202-vs-421.html', 'en/183-vs-199.html', 'index.html#choose']) {
		await page.goto(site.url + path);
		const w = await page.evaluate(() => document.documentElement.scrollWidth);
		ok(w <= PHONE.width, `${path} fits 360 px (scroll width ${w})`);
	}
	await page.goto(site.url + 'ru/202-vs-421.html');
	await page.screenshot({ path: join(shots, 'ru-202-vs-421-phone.png') });
	await page.context().close();
}

// WCAG contrast of the class colours and links against the background.
function contrast(fg, bg) {
	const lum = (c) => {
		const v = c.match(/\d+/g).slice(0, 3).map((x) => {
			const s = x / 255;
			return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
		});
		return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
	};
	const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
	return (a + 0.05) / (b + 0.05);
}

async function look() {
	for (const scheme of ['light', 'dark']) {
		const page = await open({ viewport: DESKTOP, colorScheme: scheme });
		await page.goto(site.url + 'en/index.html');
		const c = await page.evaluate(() => {
			const bg = getComputedStyle(document.body).backgroundColor;
			const fg = [...document.querySelectorAll('.toc .badge, a, .codes dd')]
				.slice(0, 40).map((e) => getComputedStyle(e).color);
			return { bg, fg };
		});
		const worst = Math.min(...c.fg.map((f) => contrast(f, c.bg)));
		ok(worst >= 4.5, `${scheme}: text contrast at least 4.5:1 (worst ${worst.toFixed(2)})`);
		if (scheme === 'dark') {
			ok(contrast(c.bg, 'rgb(0,0,0)') < 1.5, `dark scheme has a dark background (${c.bg})`);
			await page.goto(site.url + 'en/486.html');
			await page.screenshot({ path: join(shots, 'en-486-dark-desktop.png') });
		}
		await page.keyboard.press('Tab');
		const focus = await page.evaluate(() => {
			const e = document.activeElement, s = getComputedStyle(e);
			return { cls: e.className, outline: s.outlineStyle, left: e.getBoundingClientRect().left };
		});
		ok(focus.cls === 'skip' && focus.outline !== 'none' && focus.left >= 0,
		    `${scheme}: Tab shows the skip link with a focus outline`);
		await page.context().close();
	}
	const page = await open({ viewport: DESKTOP });
	await page.goto(site.url + 'en/486.html');
	await page.emulateMedia({ media: 'print' });
	ok(!(await page.locator('header.top').isVisible()) &&
	    await page.locator('#description').isVisible(),
	    'print style hides the header and keeps the content');
	await page.context().close();
}

async function rootAndMissing() {
	let page = await open({ viewport: DESKTOP, locale: 'ru-RU' });
	await page.goto(site.url);
	await page.waitForURL(/\/ru\/index\.html$/);
	ok(true, 'the root page picks Russian for a Russian browser');
	await page.context().close();
	page = await open({ viewport: DESKTOP, locale: 'de-DE' });
	await page.goto(site.url);
	await page.waitForTimeout(200);
	ok(page.url() === site.url, 'the root page stays for a German browser');
	ok((await page.locator('.choose a').count()) >= 2, 'and lists the languages');
	const res = await page.goto(site.url + 'ru/no-such-page.html');
	ok(res.status() === 404, 'a missing page answers 404');
	const lost = await page.locator('.lost a').evaluateAll((as) => as.map((a) => a.href));
	ok(lost.includes(site.url + 'ru/index.html') &&
	    (await page.locator('main').evaluate((e) => getComputedStyle(e).display)) === 'block',
	    'the 404 page links to each language and has its style');
	await page.context().close();
}

// Each group on its own: one that throws does not hide the others.
for (const group of [sheet, search, fullText, picker, phone, look, rootAndMissing]) {
	try {
		await group();
	} catch (e) {
		t.fail(`${group.name}: ${e.message.split('\n')[0]}`);
	}
}
await browser.close();
await site.close();
ok(offsite.length === 0, `no request left the site${offsite.length ? ': ' + offsite.slice(0, 5).join(' ') : ''}`);
ok(errors.length === 0, `no script errors${errors.length ? ': ' + errors.slice(0, 5).join(' ') : ''}`);
t.done('browser', `; screenshots in ${shots}`);

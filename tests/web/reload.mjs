// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The sipdoc authors
// reload.mjs: the open page reloads when sipdoc serve has rebuilt the site.
// Opens URL in Debian's Chromium (playwright-core), edits FILE (replacing
// FROM by TO, as an editor saving it would), and waits for the page to
// show TO without being told to; no request may leave the server.
//
//   node reload.mjs URL FILE FROM TO [CHROMIUM]    exit 0 when it reloads
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { launch } from './harness.mjs';

const [url, file, from, to, exe = '/usr/bin/chromium'] = process.argv.slice(2);
const origin = new URL(url).origin;
const browser = await launch(exe);
const offsite = [];
const ctx = await browser.newContext();
await ctx.route('**/*', (route) => {
	if (route.request().url().startsWith(origin))
		return route.continue();
	offsite.push(route.request().url());
	return route.abort('blockedbyclient');
});
const page = await ctx.newPage();
await page.goto(url);
let loads = 0;
page.on('load', () => loads++);
const before = await page.textContent('main');
if (before.includes(to))
	throw new Error(`the page shows "${to}" before the edit`);

// Saved as editors save: a new file renamed over the old one.
const t0 = Date.now();
writeFileSync(file + '.new', readFileSync(file, 'utf8').replace(from, to));
renameSync(file + '.new', file);
await page.waitForFunction((t) => document.querySelector('main')
    .textContent.includes(t), to, { timeout: 5000 });
const ms = Date.now() - t0;
await browser.close();
if (loads < 1)
	throw new Error('the page changed without a reload');
if (offsite.length > 0)
	throw new Error(`requests left the server: ${offsite.join(' ')}`);
console.log(`the page reloaded and showed the edit ${ms} ms after the save`);

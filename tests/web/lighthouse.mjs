// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The sipdoc authors
// lighthouse.mjs: Lighthouse (pinned in package-lock.json) with Debian's
// Chromium on pages of a generated site, served on 127.0.0.1 at PORT,
// the address the site was built for (--base-url), so that canonical and
// hreflang addresses are the site's own.  Each page must score 100 for
// accessibility and best practices and at least 95 for performance and
// SEO (mobile, simulated throttling); every audit that falls short is
// printed.
//
//   node lighthouse.mjs DIR PORT CHROMIUM PAGE...   exit 0 when all pass
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serve } from './serve.mjs';

const [dir, port, exe, ...pages] = process.argv.slice(2);
if (!dir || !port || !exe || pages.length === 0) {
	console.error('usage: node lighthouse.mjs DIR PORT CHROMIUM PAGE...');
	process.exit(2);
}
const FLOOR = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 95 };
let passed = 0, failed = 0;

const site = await serve(dir, Number(port));
const chrome = await chromeLauncher.launch({
	chromePath: exe,
	chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu',
	    '--no-first-run', '--disable-background-networking',
	    '--disable-component-update', '--disable-sync'],
	logLevel: 'silent',
});
try {
	for (const path of pages) {
		const started = Date.now();
		const { lhr } = await lighthouse(site.url + path, {
			port: chrome.port, logLevel: 'error', output: 'json',
			onlyCategories: Object.keys(FLOOR),
		});
		const scores = Object.keys(FLOOR).map((c) =>
			[c, Math.round((lhr.categories[c].score ?? 0) * 100)]);
		const good = scores.every(([c, s]) => s >= FLOOR[c]);
		console.log(`${good ? 'ok' : 'FAIL'}: ${path}: ` +
		    scores.map(([c, s]) => `${c} ${s}`).join(', ') +
		    ` (${((Date.now() - started) / 1000).toFixed(1)} s)`);
		good ? passed++ : failed++;
		for (const c of Object.keys(FLOOR))
			for (const ref of lhr.categories[c].auditRefs) {
				const a = lhr.audits[ref.id];
				if (ref.weight > 0 && a.score !== null && a.score < 1)
					console.log(`  ${c}: ${a.id}: ${a.score} ${a.displayValue ?? ''}`);
			}
	}
} finally {
	await chrome.kill();
	await site.close();
}
console.log(`lighthouse: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

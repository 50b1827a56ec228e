// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The sipdoc authors
// harness.mjs: what the browser checks share: Debian's Chromium, launched
// headless the one way every check runs it (no network of its own), and
// the tally of "ok:" and "FAIL:" lines that ends a check.
import { chromium } from 'playwright-core';

export function launch(exe) {
	return chromium.launch({
		executablePath: exe,
		args: ['--no-sandbox', '--disable-gpu', '--disable-quic',
		    '--no-first-run', '--disable-background-networking',
		    '--disable-component-update', '--disable-sync'],
	});
}

// ok(cond, what) and fail(what) print a line each; done(name, more)
// prints the count and exits 0 when nothing failed.
export function tally() {
	let passed = 0, failed = 0;

	return {
		ok(cond, what) {
			if (cond) {
				passed++;
				console.log(`ok: ${what}`);
			} else {
				failed++;
				console.log(`FAIL: ${what}`);
			}
		},
		fail(what) {
			failed++;
			console.log(`FAIL: ${what}`);
		},
		done(name, more) {
			console.log(`${name}: ${passed} passed, ${failed} failed${more}`);
			process.exit(failed === 0 ? 0 : 1);
		},
	};
}

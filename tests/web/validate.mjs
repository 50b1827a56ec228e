// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The sipdoc authors
// validate.mjs: every HTML page of a generated site through html-validate
// (rules: htmlvalidate.json beside this file), split over worker threads
// because one thread takes about a minute for the English pages alone.
//
//   node validate.mjs DIR      exit 0 when no page has an error
//
// Prints one line per problem (at most 200) and a summary line:
//   validated N files: E errors, W warnings
// The rules are html-validate:recommended less long-title, a search-engine
// hint: a sheet's title is two codes with their registered reason
// phrases, which cannot be shortened.
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const here = dirname(fileURLToPath(import.meta.url));
const MAX_SHOWN = 200;

function htmlFiles(dir) {
	return readdirSync(dir, { recursive: true })
		.filter((f) => f.endsWith('.html'))
		.sort()
		.map((f) => join(dir, f));
}

async function validateAll(files) {
	const { HtmlValidate, FileSystemConfigLoader } = await import('html-validate');
	const config = JSON.parse(await (await import('node:fs/promises'))
		.readFile(join(here, 'htmlvalidate.json'), 'utf8'));
	const hv = new HtmlValidate(new FileSystemConfigLoader(config));
	const out = { files: 0, errors: 0, warnings: 0, shown: [] };

	for (const file of files) {
		const report = await hv.validateFile(file);
		out.files++;
		for (const r of report.results)
			for (const m of r.messages) {
				if (m.severity === 2)
					out.errors++;
				else
					out.warnings++;
				if (out.shown.length < MAX_SHOWN)
					out.shown.push(`${r.filePath}:${m.line}:${m.column}: ` +
					    `${m.severity === 2 ? 'error' : 'warning'}: ` +
					    `${m.message} [${m.ruleId}]`);
			}
	}
	return out;
}

function runWorker(files) {
	return new Promise((ok, fail) => {
		const w = new Worker(fileURLToPath(import.meta.url), { workerData: files });
		w.once('message', ok);
		w.once('error', fail);
	});
}

if (!isMainThread) {
	parentPort.postMessage(await validateAll(workerData));
} else {
	const dir = process.argv[2];
	if (!dir) {
		console.error('usage: node validate.mjs DIR');
		process.exit(2);
	}
	const files = htmlFiles(dir);
	const n = Math.max(1, Math.min(availableParallelism(), 4));
	const parts = Array.from({ length: n }, (_, i) =>
		files.filter((_, k) => k % n === i));
	const results = await Promise.all(parts.map(runWorker));
	const sum = { files: 0, errors: 0, warnings: 0 };
	for (const r of results) {
		sum.files += r.files;
		sum.errors += r.errors;
		sum.warnings += r.warnings;
		r.shown.forEach((line) => console.log(line));
	}
	console.log(`validated ${sum.files} files: ${sum.errors} errors, ` +
	    `${sum.warnings} warnings`);
	process.exit(files.length > 0 && sum.errors === 0 ? 0 : 1);
}

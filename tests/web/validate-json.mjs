// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The sipdoc authors
// validate-json.mjs: every data file of a generated site (LANG/data/*.json)
// against the JSON Schemas of schema/ (codes.json against
// codes.schema.json, the others against code.schema.json), with ajv,
// pinned in package-lock.json.
//
//   node validate-json.mjs SCHEMAS DIR    exit 0 when every file is valid
//
// Prints each problem and a summary line: validated N files: E invalid
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';

const [schemas, dir] = process.argv.slice(2);
if (!schemas || !dir) {
	console.error('usage: node validate-json.mjs SCHEMAS DIR');
	process.exit(2);
}
const read = (f) => JSON.parse(readFileSync(f, 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
ajv.addSchema(read(join(schemas, 'code.schema.json')));
ajv.addSchema(read(join(schemas, 'codes.schema.json')));
const one = ajv.getSchema('code.schema.json');
const all = ajv.getSchema('codes.schema.json');

const files = readdirSync(dir, { recursive: true })
	.filter((f) => /(^|\/)data\/[^/]+\.json$/.test(f)).sort();
let bad = 0;
for (const f of files) {
	const check = f.endsWith('/codes.json') ? all : one;
	let data;
	try {
		data = read(join(dir, f));
	} catch (e) {
		bad++;
		console.log(`${f}: not JSON: ${e.message}`);
		continue;
	}
	if (!check(data)) {
		bad++;
		for (const e of check.errors.slice(0, 5))
			console.log(`${f}: ${e.instancePath || '/'} ${e.message}`);
	}
}
console.log(`validated ${files.length} files: ${bad} invalid`);
process.exit(files.length > 0 && bad === 0 ? 0 : 1);

// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The sipdoc authors
// serve.mjs: a static server for the generated site, on 127.0.0.1 only,
// as a web host would serve it: index.html for folders, 404.html with
// status 404 for anything missing, nothing outside the site's folder.
//
//   node serve.mjs DIR [PORT]    prints "http://127.0.0.1:PORT/" and serves
//   import { serve } from './serve.mjs'   the same from a test
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.png': 'image/png',
};

async function fileFor(root, urlPath) {
	let rel;
	try {
		rel = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
	} catch {
		return null;
	}
	const path = normalize(join(root, rel));
	if (path !== root && !path.startsWith(root + sep))
		return null;
	try {
		const st = await stat(path);
		if (st.isDirectory())
			return fileFor(root, join(rel, 'index.html'));
		return st.isFile() ? path : null;
	} catch {
		return null;
	}
}

export function serve(dir, port = 0) {
	const root = resolve(dir);
	const server = createServer(async (req, res) => {
		let path = await fileFor(root, req.url);
		let status = 200;
		if (path === null) {
			status = 404;
			path = await fileFor(root, '/404.html');
		}
		if (path === null) {
			res.writeHead(404, { 'content-type': 'text/plain' });
			res.end('not found\n');
			return;
		}
		const body = await readFile(path);
		res.writeHead(status, {
			'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
			'cache-control': 'no-store',
		});
		res.end(req.method === 'HEAD' ? undefined : body);
	});
	return new Promise((ok, fail) => {
		server.once('error', fail);
		server.listen(port, '127.0.0.1', () => {
			const url = `http://127.0.0.1:${server.address().port}/`;
			ok({ url, close: () => new Promise((done) => server.close(done)) });
		});
	});
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const [dir, port] = process.argv.slice(2);
	if (!dir) {
		console.error('usage: node serve.mjs DIR [PORT]');
		process.exit(2);
	}
	const s = await serve(dir, Number(port ?? 0));
	console.log(s.url);
}

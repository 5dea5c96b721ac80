/**
 * A minimal static file server for the built site, used by the browser tests and the benchmarks.
 * Serves `dir` like a static host would: `/x/` → `/x/index.html`, 404 page otherwise, and — as any
 * static host or CDN does — text responses gzip-compressed when the client accepts it (`gzip: false`
 * turns that off, e.g. to compare raw transfer sizes).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createGzip } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';

const MIME: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml',
};

export interface StaticServer {
	url: string;
	server: Server;
	close(): Promise<void>;
}

/** Types a static host compresses; images and fonts are already compressed. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.csv', '.svg', '.txt', '.xml']);

export interface StaticServerOptions {
	port?: number;
	gzip?: boolean;
}

export async function startStaticServer(dir: string, options: StaticServerOptions | number = {}): Promise<StaticServer> {
	const { port = 0, gzip = true } = typeof options === 'number' ? { port: options } : options;
	const root = resolve(dir);
	const server = createServer((req, res) => {
		const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		let file = normalize(join(root, pathname));
		if (!file.startsWith(root)) {
			res.writeHead(403).end();
			return;
		}
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file)) {
			const notFound = join(root, '404.html');
			res.writeHead(404, { 'content-type': MIME['.html']! });
			if (existsSync(notFound)) createReadStream(notFound).pipe(res);
			else res.end('Not found');
			return;
		}
		const type = MIME[extname(file)] ?? 'application/octet-stream';
		const accepts = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
		if (gzip && accepts && COMPRESSIBLE.has(extname(file))) {
			res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
			createReadStream(file).pipe(createGzip()).pipe(res);
			return;
		}
		res.writeHead(200, { 'content-type': type });
		createReadStream(file).pipe(res);
	});
	await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
	const address = server.address();
	const actualPort = typeof address === 'object' && address ? address.port : port;
	return {
		url: `http://127.0.0.1:${actualPort}`,
		server,
		close: () => new Promise((ok) => server.close(() => ok())),
	};
}

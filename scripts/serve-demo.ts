/**
 * Serves the built dist/ folder on localhost for the browser demo (npm run demo) and for the
 * end-to-end test. Plain node:http, no dependencies; only GET/HEAD of files under the folder.
 * Usage: tsx scripts/serve-demo.ts [dir] — PORT (default 3001) from the environment.
 */
import * as http from 'node:http';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export interface StaticServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Serves `dir` on 127.0.0.1:`port` (0 = any free port). "/" redirects to /demo.html. */
export function serveStatic(dir: string, port: number): Promise<StaticServer> {
  const rootDir = path.resolve(dir);
  const server = http.createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (urlPath === '/') {
      res.writeHead(302, { Location: '/demo.html' }).end();
      return;
    }
    const file = path.resolve(rootDir, '.' + urlPath);
    if (file !== rootDir && !file.startsWith(rootDir + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    fs.readFile(file, (err, data) => {
      if (err) {
        res.writeHead(err.code === 'ENOENT' || err.code === 'EISDIR' ? 404 : 500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(err.code === 'ENOENT' ? 'Not found' : err.message);
        return;
      }
      res.writeHead(200, { 'Content-Type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
      res.end(req.method === 'HEAD' ? undefined : data);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const actual = (server.address() as AddressInfo).port;
      resolve({
        url: `http://localhost:${actual}`,
        port: actual,
        close: () => new Promise<void>((done, fail) => server.close((e) => (e ? fail(e) : done()))),
      });
    });
  });
}

if (require.main === module) {
  const dir = process.argv[2] ?? path.join(__dirname, '..', 'dist');
  if (!fs.existsSync(path.join(dir, 'demo.html'))) {
    console.error(`${path.join(dir, 'demo.html')} is missing: run "npm run build" first.`);
    process.exit(1);
  }
  const port = Number(process.env.PORT ?? 3001);
  serveStatic(dir, port).then(
    (s) => {
      console.log(`预算表校验助手 browser demo: ${s.url}/demo.html`);
      console.log(`  English: ${s.url}/demo.html?lang=en-US   without notes: ${s.url}/demo.html?notes=0`);
      console.log('Press Ctrl+C to stop.');
    },
    (e: unknown) => {
      console.error(`Could not serve ${dir} on port ${port}: ${e instanceof Error ? e.message : String(e)}`);
      process.exit(1);
    },
  );
}

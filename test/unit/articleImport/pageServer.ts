import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export const PAGES = join(__dirname, '..', '..', 'fixtures', 'pages');
export const page = (name: string) => readFileSync(join(PAGES, name));

export interface PageServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  /** Bytes written into each response body, by path, as the server streamed them. */
  sent: Map<string, number>;
  close(): Promise<void>;
}

type Route = (req: IncomingMessage, res: ServerResponse, sent: (n: number) => void) => void;

/**
 * The saved pages of test/fixtures/pages on 127.0.0.1 (port 0: any free port), plus the
 * awkward answers a real site can give: redirect chains, JSON, binary data, oversized and
 * slow bodies. Nothing leaves this machine.
 */
export async function startPageServer(): Promise<PageServer> {
  const sent = new Map<string, number>();
  const timers = new Set<NodeJS.Timeout>();
  const later = (ms: number, fn: () => void) => {
    const t = setTimeout(() => {
      timers.delete(t);
      fn();
    }, ms);
    timers.add(t);
  };
  const html = (body: Buffer | string, type = 'text/html; charset=utf-8'): Route => (_req, res, count) => {
    res.writeHead(200, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
    res.end(body);
    count(Buffer.byteLength(body));
  };
  const routes: Record<string, Route> = {
    '/article': html(page('article.html')),
    '/no-article': html(page('no-article.html')),
    '/data.json': html(page('data.json'), 'application/json'),
    '/image.png': html(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), 'image/png'),
    '/untyped-binary': (_req, res, count) => {
      const body = Buffer.alloc(4096, 0xff);
      res.writeHead(200, {});
      res.end(body);
      count(body.length);
    },
    '/untyped-html': (_req, res, count) => {
      const body = page('article.html');
      res.writeHead(200, {});
      res.end(body);
      count(body.length);
    },
    '/latin1': (_req, res, count) => {
      const body = Buffer.from('<!DOCTYPE html><html><head><meta charset="windows-1252"><title>T</title></head><body><p>Kova\xe8 and Ren\xe9e met in Br\xebl.</p></body></html>', 'latin1');
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(body);
      count(body.length);
    },
    '/missing': (_req, res) => {
      res.writeHead(404, 'Not Found', { 'content-type': 'text/html' });
      res.end('<h1>Not found</h1>');
    },
    // 6 MB declared up front
    '/huge-declared': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(6 * 1024 * 1024) });
      res.write('<html><body>');
      later(2000, () => res.destroy());
    },
    // 50 MB streamed in 64 KB chunks with no length given: only the reader can stop it
    '/huge-streamed': (_req, res, count) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      const chunk = Buffer.from(`<p>${'word '.repeat(13_106)}</p>\n`.slice(0, 64 * 1024));
      let left = 800; // 800 × 64 KB = 50 MB, unless the client hangs up first
      const pump = () => {
        while (left > 0) {
          left--;
          count(chunk.length);
          if (!res.write(chunk)) {
            res.once('drain', pump);
            return;
          }
        }
        res.end();
      };
      res.on('close', () => { left = 0; });
      pump();
    },
    // headers at once, then a body that dribbles in far slower than any test deadline
    '/slow-body': (_req, res, count) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html><body><p>Starting…');
      count(26);
      later(5000, () => res.end('</p></body></html>'));
    },
    // no answer at all for five seconds
    '/slow-headers': (_req, res) => {
      later(5000, () => html(page('article.html'))(_req, res, () => undefined));
    },
    '/to-file': (_req, res) => {
      res.writeHead(302, { location: 'file:///etc/passwd' });
      res.end();
    },
    '/redirect-without-location': (_req, res) => {
      res.writeHead(302, {});
      res.end();
    },
  };

  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const count = (n: number) => sent.set(path, (sent.get(path) ?? 0) + n);
    // /hop/N redirects to /hop/N-1 with varying status codes; /hop/0 is the article
    const hop = /^\/hop\/(\d+)$/.exec(path);
    if (hop) {
      const n = Number(hop[1]);
      if (n === 0) return routes['/article'](req, res, count);
      const codes = [301, 302, 303, 307, 308];
      res.writeHead(codes[n % codes.length], { location: n % 2 ? `/hop/${n - 1}` : `http://127.0.0.1:${(server.address() as AddressInfo).port}/hop/${n - 1}` });
      return res.end();
    }
    const route = routes[path];
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      return res.end('no such page');
    }
    route(req, res, count);
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    sent,
    close: () => new Promise<void>(resolve => {
      for (const t of timers) clearTimeout(t);
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

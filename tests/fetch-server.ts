// A real HTTP server on a loopback address, started by a test, with hostile routes as plain
// handlers. Every server closes its sockets when the test ends, so nothing hangs.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Route = (req: IncomingMessage, res: ServerResponse) => void;

export interface TestServer {
  base: string;
  /** Requests received per path. */
  hits: Map<string, number>;
  /** The last request's headers per path. */
  headers: Map<string, IncomingMessage['headers']>;
  server: Server;
  close(): Promise<void>;
}

/** Starts a server on `host` (127.0.0.1 unless told) port 0 serving `routes` by path; 404 otherwise. */
export async function startServer(routes: Record<string, Route>, host = '127.0.0.1'): Promise<TestServer> {
  const hits = new Map<string, number>();
  const headers = new Map<string, IncomingMessage['headers']>();
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    headers.set(path, req.headers);
    const route = routes[path];
    if (route) route(req, res);
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    base,
    hits,
    headers,
    server,
    close: () => new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    }),
  };
}

/** A page long enough to be an article. */
export const ARTICLE = `<!doctype html><html><head><meta charset="utf-8"><title>Story</title></head><body><main><h1>Story</h1>
<p>BRUSSELS (Reuters) - NATO urged its trading partners on Wednesday to step up pressure on North Korea over its nuclear programme.</p>
<p>The alliance's ambassadors discussed the crisis for two hours, diplomats said, and agreed to keep talking with partners in Asia.</p>
<p>(Reporting by Robin Emmott; Editing by Andrew Heavens)</p></main></body></html>`;

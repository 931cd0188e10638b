import { createServer, request as forward, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Fault = 'reset-before' | 'reset-after' | 'status-500' | 'status-503' | 'hang-after' | 'down';

export interface FaultProxy {
  url: string;
  /** What happened, request by request. */
  log: { method: string; path: string; fault: Fault | null }[];
  /** Faults on or off (off: a clean pass-through, as when the network is back). */
  setActive(active: boolean): void;
  close(): Promise<void>;
}

/** A small deterministic random generator, so a failing run can be replayed from its seed. */
export function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return ((state >>> 0) % 100_000) / 100_000;
  };
}

/**
 * A proxy between the app and the portal that fails at random: connections reset before the portal
 * sees a request or after it acted on it (the answer lost), 500 and 503, an answer that never comes, and
 * stretches when the portal is down altogether. Loopback only.
 */
export async function startFaultProxy(target: string, seed: number, rate = 0.3): Promise<FaultProxy> {
  const next = random(seed);
  const origin = new URL(target);
  const log: FaultProxy['log'] = [];
  let active = true;
  let downUntil = 0;
  const sockets = new Set<Socket>();

  const pick = (): Fault | null => {
    if (!active) return null;
    if (Date.now() < downUntil) return 'down';
    const roll = next();
    if (roll >= rate) return null;
    const kinds: Fault[] = ['reset-before', 'reset-after', 'status-500', 'status-503', 'hang-after', 'down'];
    const fault = kinds[Math.floor((roll / rate) * kinds.length)];
    if (fault === 'down') downUntil = Date.now() + 300;
    return fault;
  };

  const pass = (incoming: IncomingMessage, body: Buffer, onResponse: (status: number, headers: Record<string, unknown>, data: Buffer) => void): void => {
    const outgoing = forward(
      { host: origin.hostname, port: origin.port, method: incoming.method, path: incoming.url, headers: { ...incoming.headers, host: origin.host } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => onResponse(response.statusCode ?? 502, response.headers, Buffer.concat(chunks)));
      },
    );
    outgoing.on('error', () => onResponse(502, {}, Buffer.from('bad gateway')));
    outgoing.end(body);
  };

  const server: Server = createServer((incoming: IncomingMessage, reply: ServerResponse) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const fault = pick();
      log.push({ method: incoming.method ?? '', path: incoming.url ?? '', fault });
      const body = Buffer.concat(chunks);
      switch (fault) {
        case 'reset-before':
        case 'down':
          incoming.socket.destroy();
          return;
        case 'status-500':
        case 'status-503':
          reply.writeHead(fault === 'status-500' ? 500 : 503, { 'content-type': 'text/html' }).end('<html>Lỗi máy chủ</html>');
          return;
        case 'reset-after':
          pass(incoming, body, () => incoming.socket.destroy());
          return;
        case 'hang-after':
          // The portal acts; the answer never arrives (the client gives up on its own timeout).
          pass(incoming, body, () => undefined);
          return;
        default:
          pass(incoming, body, (status, headers, data) => {
            const clean = Object.fromEntries(Object.entries(headers).filter(([name]) => !['transfer-encoding', 'connection', 'content-length'].includes(name)));
            reply.writeHead(status, { ...clean, 'content-length': data.length }).end(data);
          });
      }
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    setActive(value) {
      active = value;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

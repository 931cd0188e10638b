import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { sep } from 'node:path';
import { Worker } from 'node:worker_threads';

/** A decoded picture: RGBA pixels, turned as the file says (HEIF rotation and mirroring applied). */
export interface DecodedImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/**
 * The worker: heic-decode (libheif and libde265 compiled to WebAssembly; sharp's own libheif here reads only
 * AVIF). A 12-megapixel photo takes about a second to decode, so it happens off the main thread, where saves
 * and the other calls go on meanwhile.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const decode = require(workerData.decoder);
parentPort.on('message', async ({ id, bytes }) => {
  try {
    const image = await decode({ buffer: bytes });
    const data = new Uint8Array(image.data.buffer, image.data.byteOffset, image.data.byteLength);
    parentPort.postMessage({ id, width: image.width, height: image.height, data }, [data.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.message) || error) });
  }
});
`;

/** Where heic-decode is; in the packaged app, its plain copy beside the archive (electron-builder.yml unpacks it). */
function decoderPath(): string {
  const path = createRequire(import.meta.url).resolve('heic-decode');
  const unpacked = path.replace(`app.asar${sep}`, `app.asar.unpacked${sep}`);
  return unpacked !== path && existsSync(unpacked) ? unpacked : path;
}

interface Reply {
  id: number;
  width?: number;
  height?: number;
  data?: Uint8Array;
  error?: string;
}

/** HEIC/HEIF photos (iPhones, many Android phones) decoded in a worker that ends after 10 s without work. */
export class HeicDecoder {
  private worker: Worker | null = null;
  private readonly waiting = new Map<number, { resolve: (image: DecodedImage) => void; reject: (error: Error) => void }>();
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | null = null;

  constructor(private readonly idleMs = 10_000) {}

  decode(bytes: Uint8Array): Promise<DecodedImage> {
    const worker = this.start();
    if (this.idleTimer) clearTimeout(this.idleTimer);
    // Held open while it has work; let go when idle so it never keeps the app from quitting.
    worker.ref();
    const id = this.nextId++;
    return new Promise<DecodedImage>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ id, bytes });
    });
  }

  async close(): Promise<void> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const decoder = decoderPath();
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { decoder } });
    worker.unref();
    worker.on('message', (reply: Reply) => {
      const waiter = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if (waiter) {
        if (reply.error !== undefined || !reply.data) waiter.reject(new Error(reply.error ?? 'HEIF processing error'));
        else waiter.resolve({ width: reply.width ?? 0, height: reply.height ?? 0, data: reply.data });
      }
      this.idleLater();
    });
    const fail = (error: Error): void => {
      if (this.worker === worker) this.worker = null;
      for (const waiter of this.waiting.values()) waiter.reject(error);
      this.waiting.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`bộ giải mã HEIC dừng (mã ${code})`)));
    this.worker = worker;
    return worker;
  }

  private idleLater(): void {
    if (this.waiting.size > 0) return;
    this.worker?.unref();
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => void this.close(), this.idleMs);
    this.idleTimer.unref();
  }
}

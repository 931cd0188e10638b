/**
 * A call whose input holds bytes (a photo) goes to the loopback host as this envelope rather than JSON with
 * base64, which costs a third more to send and several copies to encode, parse and check (≈ 75–85 ms of CPU for
 * a 12.5 MB photo): a 4-byte length, the input as JSON with each byte array replaced by {"$bytes": n}, then the
 * byte arrays one after another. In a page a part may be a File: the browser sends it from the disk without the
 * page reading it. (Electron's IPC carries byte arrays as they are.)
 */
export const BINARY_CALL_TYPE = 'application/x-toasoan-call';

interface Header {
  input: unknown;
  parts: number[];
}

/** A byte array, or in a page a Blob (a File the person chose: the browser sends it from the disk without reading it into the page). */
type Part = Uint8Array | Blob;
const isPart = (value: unknown): value is Part => value instanceof Uint8Array || (typeof Blob !== 'undefined' && value instanceof Blob);

function extract(value: unknown, parts: Part[]): unknown {
  if (isPart(value)) {
    parts.push(value);
    return { $bytes: parts.length - 1 };
  }
  if (Array.isArray(value)) return value.map((item) => extract(item, parts));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, extract(item, parts)]));
  return value;
}

/**
 * Whether an input carries bytes: the contract puts them in top-level fields (photos.add's `bytes`), so only those
 * are looked at — every call asks this, autosaves of long articles included, and their bodies are not walked.
 */
export function holdsBytes(value: unknown): boolean {
  if (isPart(value)) return true;
  return !!value && typeof value === 'object' && Object.values(value).some(isPart);
}

/** The envelope, as pieces to send one after another (a Blob of them is sent without copying the bytes again). */
export function encodeCall(input: unknown): Part[] {
  const parts: Part[] = [];
  const header: Header = { input: extract(input, parts), parts: [] };
  header.parts = parts.map((part) => (part instanceof Uint8Array ? part.byteLength : part.size));
  const json = new TextEncoder().encode(JSON.stringify(header));
  const length = new Uint8Array(4);
  new DataView(length.buffer).setUint32(0, json.byteLength);
  return [length, json, ...parts];
}

/** The input back, its byte arrays as views into the body; anything malformed is an error (the call is refused). */
export function decodeCall(body: Uint8Array): unknown {
  if (body.byteLength < 4) throw new Error('envelope too short');
  const jsonLength = new DataView(body.buffer, body.byteOffset, body.byteLength).getUint32(0);
  if (4 + jsonLength > body.byteLength) throw new Error('envelope header cut short');
  const header = JSON.parse(new TextDecoder().decode(body.subarray(4, 4 + jsonLength))) as Partial<Header>;
  const lengths = header.parts;
  if (!Array.isArray(lengths) || !lengths.every((length) => Number.isSafeInteger(length) && length >= 0)) throw new Error('envelope parts malformed');
  const parts: Uint8Array[] = [];
  let at = 4 + jsonLength;
  for (const length of lengths) {
    if (at + length > body.byteLength) throw new Error('envelope part cut short');
    parts.push(body.subarray(at, at + length));
    at += length;
  }
  if (at !== body.byteLength) throw new Error('envelope has bytes left over');
  const restore = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(restore);
    if (value && typeof value === 'object') {
      const entries = Object.entries(value);
      if (entries.length === 1 && entries[0][0] === '$bytes') {
        const index = entries[0][1];
        if (typeof index !== 'number' || !parts[index]) throw new Error('envelope refers to a missing part');
        return parts[index];
      }
      return Object.fromEntries(entries.map(([key, item]) => [key, restore(item)]));
    }
    return value;
  };
  return restore(header.input);
}

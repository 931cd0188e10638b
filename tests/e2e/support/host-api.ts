import { BINARY_CALL_TYPE, encodeCall, holdsBytes } from '../../../shared/api/wire';

/** A call to a loopback host as the page makes it: JSON, or the envelope when the input holds bytes (a photo). */
export async function hostApi<T>(host: { origin: string; token: string }, name: string, input: unknown): Promise<T> {
  const binary = holdsBytes(input);
  const response = await fetch(`${host.origin}/api/${name}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${host.token}`, 'content-type': binary ? BINARY_CALL_TYPE : 'application/json' },
    body: binary ? Buffer.concat(encodeCall(input) as Uint8Array[]) : JSON.stringify(input),
  });
  const body = (await response.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!body.ok) throw new Error(body.error?.message);
  return body.value as T;
}

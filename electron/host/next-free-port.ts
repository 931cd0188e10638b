/** Starts on `port`, or on the next one up when a port is taken, trying `tries` ports in all. */
export async function onNextFreePort<T>(start: (port: number) => Promise<T>, port: number, tries: number): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await start(port + attempt);
    } catch (error) {
      if (attempt + 1 >= tries || (error as { code?: string }).code !== 'EADDRINUSE') throw error;
    }
  }
}

import { open, readFile, truncate, type FileHandle } from 'node:fs/promises';
import { isMissingFile } from '../storage/fs-errors';

/**
 * An append-only file of JSON lines. Appending costs the size of one entry whatever the size of the
 * library, which keeps autosave fast in a library of ten thousand articles. A line cut short by a
 * crash is ignored on reading: it was never acknowledged.
 */
export class Journal<Entry> {
  private handle: FileHandle | null = null;
  private lines = 0;

  constructor(
    private readonly path: string,
    private readonly durable: boolean,
  ) {}

  get length(): number {
    return this.lines;
  }

  async readAll(parse: (value: unknown) => Entry | null): Promise<Entry[]> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if (isMissingFile(error)) return [];
      throw error;
    }
    const entries: Entry[] = [];
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      try {
        const entry = parse(JSON.parse(line));
        if (entry !== null) entries.push(entry);
      } catch {
        // A torn last line or a damaged one: the article files remain the truth for what it named.
      }
    }
    this.lines = entries.length;
    return entries;
  }

  async append(entry: Entry): Promise<void> {
    if (!this.handle) this.handle = await open(this.path, 'a', 0o600);
    await this.handle.write(`${JSON.stringify(entry)}\n`);
    if (this.durable) await this.handle.datasync();
    this.lines += 1;
  }

  /** Empties the journal once its entries are in the snapshot. */
  async clear(): Promise<void> {
    await this.close();
    try {
      await truncate(this.path, 0);
    } catch (error) {
      if (!isMissingFile(error)) throw error;
    }
    this.lines = 0;
  }

  async close(): Promise<void> {
    const handle = this.handle;
    this.handle = null;
    await handle?.close();
  }
}

import { Low, type Adapter } from 'lowdb';
import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import type { NoticeBoard } from '../notices';
import { writeFileAtomic } from './atomic-write';
import { isMissingFile } from './fs-errors';
import { moveAside } from './move-aside';

/** A lowdb adapter that validates what it reads and writes through a flushed temporary file and a rename. */
class ValidatedFile<T> implements Adapter<T> {
  constructor(
    private readonly path: string,
    private readonly schema: z.ZodType<T>,
  ) {}

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if (isMissingFile(error)) return null;
      throw error;
    }
    return this.schema.parse(JSON.parse(text));
  }

  write(data: T): Promise<void> {
    return writeFileAtomic(this.path, JSON.stringify(data));
  }
}

/**
 * A small document of the office's data (directory, dictionary, codes) in lowdb. Missing: the
 * defaults. Damaged: moved aside, the person told, the defaults used; the rest of the app goes on.
 */
export async function openJsonDocument<T>(path: string, schema: z.ZodType<T>, defaults: () => T, notices: NoticeBoard, what: string): Promise<Low<T>> {
  const db = new Low<T>(new ValidatedFile(path, schema), defaults());
  try {
    await db.read();
  } catch {
    const aside = await moveAside(path);
    notices.add('warning', `Tệp ${what} bị hỏng${aside ? ' nên đã được chuyển sang một bên' : ''}; đang dùng ${what} mặc định.`);
    db.data = defaults();
  }
  return db;
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { DocNode } from '../../shared/article/model';
import { ArticleService } from '../../electron/services/articles/article-service';
import { NoticeBoard } from '../../electron/services/notices';

const made: string[] = [];
afterEach(() => {
  while (made.length) rmSync(made.pop() as string, { recursive: true, force: true });
});

/** A fresh folder removed after the test. */
export function tempDir(prefix = 'toasoan-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function paragraphs(...texts: string[]): DocNode {
  return { type: 'doc', content: texts.map((text) => ({ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] })) };
}

export class TestClock {
  constructor(public value = Date.UTC(2024, 0, 29, 9, 30)) {}
  now = (): number => this.value;
  advance(ms: number): void {
    this.value += ms;
  }
}

export async function openArticles(dataDir: string, clock = new TestClock()) {
  const notices = new NoticeBoard(clock.now);
  const service = await ArticleService.open({ dataDir, notices, now: clock.now });
  return { service, notices, clock };
}

/** The services as the app runs them, in a data folder (a fresh one by default), with a `call` through the contract's door. */
export async function appServices(dataDir = tempDir()) {
  const { createServices } = await import('../../electron/services/services');
  const { dispatch } = await import('../../electron/services/dispatch');
  const services = await createServices({ dataDir, appVersion: 'test' });
  const session = services.sessions.get('test');
  const call = async <T>(name: string, input: unknown): Promise<T> => {
    const result = await dispatch(services.handlers, name, input, session);
    if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code, details: result.error.details });
    return result.value as T;
  };
  /** Chooses a profile for the calls that follow (made first, with these roles, if there is none of that name). */
  const signIn = async (name = 'Trần Thị Thử', roles: string[] = ['reporter', 'photographer']): Promise<string> => {
    const existing = services.office.profiles().find((profile) => profile.name === name);
    const id = existing?.id ?? (await call<{ id: string }>('profiles.save', { name, roles })).id;
    await call('profiles.select', { id });
    return id;
  };
  return { services, call, dataDir, session, signIn };
}

import { AsyncLocalStorage } from 'node:async_hooks';
import type { Profile } from '../../shared/workflow/model';

/**
 * Who is working, per client: an Electron window (its web contents), or the browser host's token. The profile
 * chosen belongs to the session that chose it, not to every client of the services. A call runs inside its
 * session; background work (the outbox) runs in none.
 */
export interface Session {
  readonly key: string;
  profile: Profile | null;
}

export class Sessions {
  private readonly byKey = new Map<string, Session>();

  get(key: string): Session {
    let session = this.byKey.get(key);
    if (!session) {
      session = { key, profile: null };
      this.byKey.set(key, session);
    }
    return session;
  }

  /** A window closed: its choice goes with it. */
  end(key: string): void {
    this.byKey.delete(key);
  }

  /** A profile changed (its roles, its name): every session working as it sees the change. */
  updated(profile: Profile): void {
    for (const session of this.byKey.values()) if (session.profile?.id === profile.id) session.profile = profile;
  }
}

const running = new AsyncLocalStorage<Session>();

export function inSession<T>(session: Session, task: () => T): T {
  return running.run(session, task);
}

/** The session of the call being answered, or undefined outside a call. */
export function currentSession(): Session | undefined {
  return running.getStore();
}

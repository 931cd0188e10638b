import type { CallOutput } from '../../../shared/api/contract';
import type { Profile } from '../../../shared/workflow/model';
import { call } from '../api';

type Profiles = CallOutput<'profiles.list'>;

let arrived: Profiles | null = null;

/**
 * Asks who is working before the first render, with the app's other first calls: an article opened at start is
 * then editable from its first frame, never read-only for the moment the profile takes to come (a click and the
 * first letters typed in that moment were lost). Resolves when it has arrived or failed (App asks again anyway).
 */
export function prefetchProfiles(): Promise<void> {
  return call('profiles.list', {}).then(
    (profiles) => {
      arrived = profiles;
    },
    () => undefined,
  );
}

/** What the prefetch brought: the chosen profile and whether there are any. */
export function startProfiles(): { profile: Profile | null; hasProfiles: boolean } {
  if (!arrived) return { profile: null, hasProfiles: false };
  const { profiles, currentId } = arrived;
  return { profile: profiles.find((item) => item.id === currentId) ?? null, hasProfiles: profiles.length > 0 };
}

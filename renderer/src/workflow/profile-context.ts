import { createContext, useContext } from 'react';
import type { Profile } from '../../../shared/workflow/model';

/** The profile chosen on this workstation, for the screens that show what it may do. */
export const ProfileContext = createContext<Profile | null>(null);

export function useProfile(): Profile | null {
  return useContext(ProfileContext);
}

/** Opens «Hồ sơ làm việc»: the screens that need a profile offer it instead of hiding what they cannot do. */
export const ChooseProfileContext = createContext<() => void>(() => undefined);

export function useChooseProfile(): () => void {
  return useContext(ChooseProfileContext);
}

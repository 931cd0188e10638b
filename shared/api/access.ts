import { reviews, type Role } from '../workflow/machine';

/**
 * What a call needs of the session's profile. Every call of the contract declares one; the services' one door
 * (`dispatch`) refuses a call whose session lacks it before any service runs.
 * - `open`: anyone at the workstation (reading, choosing a profile);
 * - `profile`: a chosen profile (anything that writes; the workflow machine then decides by roles);
 * - `editor`: an editor or an approver (the portal's settings, pulling from the portal);
 * - `self-or-approver`: one's own profile, or an approver for another's; a new profile, anyone (the services
 *   decide which roles it may be given).
 */
export const ACCESS_LEVELS = ['open', 'profile', 'editor', 'self-or-approver'] as const;
export type Access = (typeof ACCESS_LEVELS)[number];

interface Who {
  id: string;
  roles: readonly Role[];
}

const NO_PROFILE = 'Hãy chọn hồ sơ làm việc của mình trước (nút hồ sơ ở góc trên bên phải).';

export interface Refusal {
  code: 'NO_PROFILE' | 'UNAUTHORIZED';
  message: string;
}

/** Null when the call may go ahead; otherwise why not: no profile chosen, or not this one's to do. */
export function accessRefusal(access: Access, profile: Who | null, input: unknown): Refusal | null {
  const message = needs(access, profile, input);
  if (message === null) return null;
  return { code: message === NO_PROFILE ? 'NO_PROFILE' : 'UNAUTHORIZED', message };
}

function needs(access: Access, profile: Who | null, input: unknown): string | null {
  switch (access) {
    case 'open':
      return null;
    case 'profile':
      return profile ? null : NO_PROFILE;
    case 'editor':
      if (!profile) return NO_PROFILE;
      return reviews(profile.roles) ? null : 'Việc này dành cho biên tập viên hoặc lãnh đạo duyệt.';
    case 'self-or-approver': {
      const id = typeof input === 'object' && input !== null ? (input as { id?: unknown }).id : undefined;
      if (id === undefined || id === null) return null;
      if (!profile) return NO_PROFILE;
      return profile.id === id || profile.roles.includes('approver') ? null : 'Chỉ người có hồ sơ đó hoặc lãnh đạo duyệt mới sửa được hồ sơ này.';
    }
  }
}

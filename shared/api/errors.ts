export const ERROR_CODES = [
  'INVALID_INPUT',
  'NOT_FOUND',
  'WRITE_FAILED',
  'READ_ONLY',
  'UNKNOWN_CALL',
  'UNAUTHORIZED',
  /** The call needs a chosen profile and the session has none: the page offers the profile chooser. */
  'NO_PROFILE',
  'UNAVAILABLE',
  /**
   * The call was made on a state the services no longer hold (a change to a body another save has replaced): the
   * page sends it again whole, without troubling the person.
   */
  'OUT_OF_DATE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One thing that stops an article going to review: which field, which rule, said for people. */
export interface Problem {
  field: 'title' | 'lead' | 'categories' | 'byline' | 'photo' | 'style';
  rule: string;
  message: string;
}

/** The kinds of trouble with a portal, for the page to decide what to offer (retype the password, retry later…). */
export const PORTAL_PROBLEMS = ['unreachable', 'credentials', 'forbidden', 'not-wordpress', 'not-portal', 'bad-response', 'server', 'invalid', 'conflict'] as const;
export type PortalProblem = (typeof PORTAL_PROBLEMS)[number];

/** What a program needs beside the message: the page decides from these, never from the sentence. */
export interface ErrorDetails {
  problems?: Problem[];
  portal?: PortalProblem;
}

/** An error a person can act on: a code for programs, a Vietnamese message for people, details where there are some. */
export interface ApiErrorShape {
  code: ErrorCode;
  message: string;
  details?: ErrorDetails;
}

export class ApiError extends Error implements ApiErrorShape {
  readonly code: ErrorCode;
  readonly details?: ErrorDetails;

  constructor(code: ErrorCode, message: string, details?: ErrorDetails) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    if (details) this.details = details;
  }

  toJSON(): ApiErrorShape {
    return { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) };
  }
}

export function isApiErrorShape(value: unknown): value is ApiErrorShape {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ApiErrorShape).code === 'string' &&
    typeof (value as ApiErrorShape).message === 'string'
  );
}

/** What crosses the boundary: a value or an error, never a thrown stack. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorShape };

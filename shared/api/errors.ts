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
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** An error a person can act on: a code for programs, a Vietnamese message for people. */
export interface ApiErrorShape {
  code: ErrorCode;
  message: string;
}

export class ApiError extends Error implements ApiErrorShape {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }

  toJSON(): ApiErrorShape {
    return { code: this.code, message: this.message };
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

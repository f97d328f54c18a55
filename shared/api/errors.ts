import { z } from 'zod';

export const API_ERROR_CODES = [
  'invalid-request',
  'not-found',
  'conflict',
  'read-only',
  'io',
  'refused',
  'internal',
] as const;

export const ApiErrorSchema = z.object({
  code: z.enum(API_ERROR_CODES),
  message: z.string(),
  /** Extra structured detail, e.g. the current revision on a conflict. */
  details: z.unknown().optional(),
});
export type ApiErrorShape = z.infer<typeof ApiErrorSchema>;
export type ApiErrorCode = ApiErrorShape['code'];

/** Thrown by services and carried unchanged across both transports. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly details: unknown;

  constructor(code: ApiErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.details = details;
  }

  toJSON(): ApiErrorShape {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

/** Every response on either transport is one of these two shapes. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorShape };

/**
 * Requests dispatchApiCall has validated against their channel's schema. The
 * object zod returns is new and handed straight to the handler, so its
 * identity proves the check: a service can then skip walking a large
 * document a second time, while an in-process caller that builds a request
 * by hand still gets it validated.
 */
const validated = new WeakSet<object>();

export function markValidatedRequest(request: unknown): void {
  if (typeof request === 'object' && request !== null) validated.add(request);
}

export function isValidatedRequest(request: unknown): boolean {
  return typeof request === 'object' && request !== null && validated.has(request);
}

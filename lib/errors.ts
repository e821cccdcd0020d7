// Errors the app means to show. Anything else is a bug: it is logged and the user sees a generic,
// translated message; Prisma or stack text never reaches the browser.
export type AppErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "INVALID"
  | "UNPROCESSABLE"
  | "RATE_LIMITED"
  | "TOO_LARGE";

export const HTTP_STATUS: Record<AppErrorCode, number> = {
  INVALID: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 404, // a denied record answers as missing, so its existence is not confirmed
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNPROCESSABLE: 422,
  RATE_LIMITED: 429,
  TOO_LARGE: 413,
};

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    /** A translation key under `errors.` (e.g. `errors.emailTaken`), never personal data. */
    readonly messageKey: string = `errors.${code}`,
    /** Field errors: field path -> translation key. */
    readonly fields?: Record<string, string>,
  ) {
    super(messageKey);
    this.name = "AppError";
  }
}

export const notFound = () => new AppError("NOT_FOUND");

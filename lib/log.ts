// Structured logs (JSON lines). Every line written while serving a request carries its request id.
// Never pass personal data (names, emails, phone numbers, free text) or secrets to the logger:
// log ids and codes only. The redact list is a second line of defence, not a licence.
import pino from "pino";
import { env } from "@/lib/env";

export const logger = pino({
  level: env().LOG_LEVEL,
  base: { app: "tumar" },
  redact: {
    paths: ["password", "*.password", "email", "*.email", "token", "*.token", "authorization", "*.authorization"],
    censor: "[redacted]",
  },
});

export function requestLogger(requestId: string | null) {
  return logger.child({ requestId: requestId ?? "none" });
}

// Runs once when the server starts: validate the environment now, so a production server with a
// missing secret stops at boot with a clear message instead of failing on the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { env } = await import("@/lib/env");
    env();
  }
}

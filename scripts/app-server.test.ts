import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { exitOf, hasExited } from "./app-server";

describe("a benchmark's server process", () => {
  // The bench hung when a server ran out of heap: V8 aborts it by a signal, exitCode stays null,
  // and stopping it waited for an "exit" that had already been emitted.
  it("counts as ended when a signal killed it, and waiting for its end then returns", async () => {
    const child = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });
    expect(hasExited(child)).toBe(false);
    child.kill("SIGKILL");
    await new Promise((resolve) => child.once("exit", resolve));
    expect(child.exitCode).toBeNull();
    expect(hasExited(child)).toBe(true);
    await exitOf(child); // after the event: would never settle if it waited for another
  });
});

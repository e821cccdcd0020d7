import v8 from "node:v8";
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { releaseAbortReasonStacks } from "./abort-reason-stacks";

v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;

/** Whether what a frame's receiver held survives once only an aborted signal is left. */
async function retainedByAbortReason(): Promise<boolean> {
  const controller = new AbortController();
  let render: { page: number[]; finish(): Error } | null = {
    page: new Array(100_000).fill(1),
    finish() {
      return new Error("This render completed successfully."); // `this` is in its call sites
    },
  };
  const page = new WeakRef(render.page);
  controller.abort(render.finish());
  render = null;
  await new Promise((resolve) => setImmediate(resolve)); // a WeakRef holds its target to the job's end
  gc();
  expect(controller.signal.reason).toBeInstanceOf(Error);
  return page.deref() !== undefined;
}

describe("abort reasons' stacks", () => {
  it("no longer keep the aborting frames' objects alive once released", async () => {
    // As V8 does by default: the unformatted stack holds the frames' receivers.
    expect(await retainedByAbortReason()).toBe(true);
    releaseAbortReasonStacks();
    expect(await retainedByAbortReason()).toBe(false);
  });

  it("keep the reason, its message and a readable stack", () => {
    releaseAbortReasonStacks();
    releaseAbortReasonStacks(); // once only, however often the server registers
    const controller = new AbortController();
    const reason = new Error("stopped");
    controller.abort(reason);
    expect(controller.signal.aborted).toBe(true);
    expect(controller.signal.reason).toBe(reason);
    expect(reason.stack).toContain("abort-reason-stacks.test.ts");
    const plain = new AbortController();
    plain.abort("a reason that is not an Error");
    expect(plain.signal.reason).toBe("a reason that is not an Error");
  });
});

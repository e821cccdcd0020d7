// React's server renderer (inside Next.js 16.4) ends every render by aborting the render's cache
// signal with a new Error ("This render completed successfully …"). V8 keeps an unformatted stack
// as the call sites themselves, receivers included, until something reads `.stack`; nothing ever
// does. That render ran inside a setImmediate callback, so the Error holds the Immediate, whose
// `_idleNext` still points at the Immediate queued after it, which holds the next render's
// request, whose Error holds its Immediate, and so on: a chain through every later render. Its
// root is anything long-lived created during a render (a database connection opened for the
// pool, a cached promise), so the server kept every page it had rendered (measured: about 125 KB
// a hotline page, out of heap at production's 320 MB after a few minutes of load; decision 0043).
// Upstream: react/react#37289 (capture no stack for that reason) is not released yet.
//
// Reading the stack of an abort reason formats it, and V8 then drops the call sites: the chain is
// cut at its first link. One string per render; every other abort keeps its reason unchanged.
const RELEASED = Symbol.for("tumar.abortReasonStacksReleased");

export function releaseAbortReasonStacks(): void {
  const prototype = AbortController.prototype as AbortController & { [RELEASED]?: true };
  if (prototype[RELEASED]) return;
  const abort = prototype.abort;
  Object.defineProperty(prototype, "abort", {
    configurable: true,
    writable: true,
    value: function abortWithFormattedStack(this: AbortController, reason?: unknown) {
      if (reason instanceof Error) void reason.stack;
      return abort.call(this, reason);
    },
  });
  Object.defineProperty(prototype, RELEASED, { value: true });
}

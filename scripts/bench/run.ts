// How a benchmark script ends: exit 0 when it printed its figures, 1 with the stack otherwise
// (open handles of servers and pools must not keep a finished benchmark alive).
export function runBenchmark(main: () => Promise<void>) {
  main()
    .then(() => process.exit(0))
    .catch((error) => {
      console.error(error instanceof Error ? error.stack : error);
      process.exit(1);
    });
}

/**
 * A wait that ends early, without an error, when its signal aborts: the polling loops of `marsad
 * watch` and `marsad worker` stop at once on SIGTERM instead of sleeping out their interval.
 */
export function sleepUnlessAborted(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });
}

/**
 * Retries `fn` until it returns a truthy value (which is returned) or `deadlineMs`
 * milliseconds have passed (then it rejects, naming what it waited for and the last
 * result or error). Between tries it backs off from 25 ms to 250 ms: it waits for a
 * condition, never for a fixed time.
 */
export async function waitFor<T>(
  fn: () => T | PromiseLike<T>,
  deadlineMs: number,
  what = 'condition',
): Promise<NonNullable<T>> {
  const started = Date.now();
  const deadline = started + deadlineMs;
  let delay = 25;
  let lastResult: unknown;
  let lastError: unknown;
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await fn();
      if (result) return result as NonNullable<T>;
      lastResult = result;
      lastError = undefined;
    } catch (error) {
      lastError = error;
    }
    const left = deadline - Date.now();
    if (left <= 0) {
      const last = lastError !== undefined
        ? `last error: ${lastError instanceof Error ? lastError.stack ?? lastError.message : String(lastError)}`
        : `last result: ${describe(lastResult)}`;
      throw new Error(`waitFor: gave up on ${what} after ${Date.now() - started} ms and ${attempt} attempts; ${last}`);
    }
    await new Promise(resolve => setTimeout(resolve, Math.min(delay, left)));
    delay = Math.min(delay * 2, 250);
  }
}

function describe(value: unknown): string {
  try {
    const text = JSON.stringify(value);
    return text === undefined ? String(value) : text.length > 300 ? `${text.slice(0, 300)}…` : text;
  } catch {
    return String(value);
  }
}

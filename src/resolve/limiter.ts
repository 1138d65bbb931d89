// At most `concurrency` tasks run at once; the rest wait in arrival order. Gentle on the APIs
// without a dependency for twenty lines of code.
export type Limiter = <T>(task: () => Promise<T>) => Promise<T>;

export function createLimiter(concurrency: number): Limiter {
  const limit = Math.max(1, Math.floor(concurrency) || 1);
  let active = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    active--;
    waiting.shift()?.();
  };
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (active >= limit) await new Promise<void>((resume) => waiting.push(resume));
    active++;
    try {
      return await task();
    } finally {
      release();
    }
  };
}

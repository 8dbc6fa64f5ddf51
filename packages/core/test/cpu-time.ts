/**
 * CPU milliseconds this process spent while `run` ran. Bounds on linear paths read this, not the wall clock:
 * other processes on a shared machine (CI's two cores, a suite in parallel) slow the wall clock, not this.
 */
export function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const spent = process.cpuUsage(before);
  return (spent.user + spent.system) / 1000;
}

/** cpuMs for an asynchronous run: the process does nothing else meanwhile in these tests. */
export async function cpuMsOf<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const before = process.cpuUsage();
  const value = await run();
  const spent = process.cpuUsage(before);
  return { value, ms: (spent.user + spent.system) / 1000 };
}

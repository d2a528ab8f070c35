/** Whether a process still runs, for tests of what starts and stops processes. */
export function alive(pid: number): boolean {
  try {
    // Signal 0 delivers nothing: it only asks whether the process exists.
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

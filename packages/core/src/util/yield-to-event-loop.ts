/** A macrotask turn (setImmediate where it exists): SIGINT handlers and timers run before the next slice. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));
}

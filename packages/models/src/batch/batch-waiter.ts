import { abortReason } from '../limits/sleep.ts';

/** A parked `fetch` call: settled with its batch result, or rejected on abort/close. */
export interface Waiter {
  resolve: (response: Response) => void;
  reject: (reason: unknown) => void;
  /** Stops listening for aborts and removes the waiter from whichever list holds it. */
  detach: () => void;
}

export function createWaiter(resolve: (response: Response) => void, reject: (reason: unknown) => void, signal: AbortSignal | undefined): Waiter {
  const waiter: Waiter = { resolve, reject, detach: () => signal?.removeEventListener('abort', onAbort) };
  const onAbort = () => {
    waiter.detach();
    reject(abortReason(signal));
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  return waiter;
}

export function chainDetach(first: () => void, second: () => void): () => void {
  return () => {
    first();
    second();
  };
}

export function removeFrom<ITEM>(list: ITEM[], item: ITEM): void {
  const index = list.indexOf(item);
  if (index >= 0) list.splice(index, 1);
}

/** A JSON `Response` as the AI SDK expects from the chat-completions endpoint. */
export function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

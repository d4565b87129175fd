// A point a test waits at until it is opened: a transaction held open, or a sign that it got somewhere.
export interface Latch {
  /** Settles once the latch is opened. */
  readonly passed: Promise<void>;
  open(): void;
}

export function latch(): Latch {
  let open!: () => void;
  const passed = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { passed, open };
}

// One setup file for every Vitest run, in Node and in jsdom.

// jsdom has no ResizeObserver; Fluent's MessageBar only uses it to reflow its actions, which no test reads.
if (typeof window !== 'undefined') {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

// Code the page loads after its first paint, with import(): the site's build puts it in
// chunks of its own (the single file inlines them, so there it is in at once, a
// microtask later). What renders it reads get(), which is null until the module is
// in, and subscribes to hear when it is; what wants it asks with load().

export interface Later<T> {
  /** The module once in, else null; a module that failed to load throws its error. */
  get(): T | null;
  /** Asks for the module (once; later calls give the same promise). */
  load(): Promise<T>;
  /** Called once the module is in, or failed to load. */
  subscribe(onChange: () => void): () => void;
}

export function later<T>(importer: () => Promise<T>): Later<T> {
  const listeners = new Set<() => void>();
  let module: T | null = null;
  let failed: { error: unknown } | null = null;
  let loading: Promise<T> | null = null;
  const settled = () => {
    for (const l of listeners) l();
  };
  return {
    get() {
      if (failed) throw failed.error;
      return module;
    },
    load() {
      loading ??= importer().then(
        (m) => {
          module = m;
          settled();
          return m;
        },
        (error: unknown) => {
          failed = { error };
          settled();
          throw error;
        },
      );
      return loading;
    },
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
  };
}

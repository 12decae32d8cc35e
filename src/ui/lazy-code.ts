// Code the menu does not need, fetched on first use: once, and again after a failed fetch
// (a dropped connection), which the caller says in words.

/**
 * A way to act with code once it is here; `failed` is told when it could not be fetched.
 * Once fetched, it acts at once, within the click or key that asked (a dialog opens and
 * takes focus in the same task, like any other).
 */
export function lazily<T>(load: () => Promise<T>, failed: () => void): (act: (code: T) => unknown) => void {
  let code: { value: T } | null = null;
  let loading: Promise<T> | null = null;
  return (act) => {
    if (code) {
      act(code.value);
      return;
    }
    loading ??= load();
    loading.then(
      (value) => {
        code = { value };
        act(value);
      },
      () => {
        loading = null;
        failed();
      },
    );
  };
}

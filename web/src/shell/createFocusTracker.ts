export interface FocusTracker {
  /** True once per client-side navigation to a new path; false on the first page shown. */
  shouldFocus(pathname: string): boolean;
}

export function createFocusTracker(): FocusTracker {
  let focusedPathname: string | null = null;
  return {
    shouldFocus(pathname) {
      const isFirstPage = focusedPathname === null;
      if (focusedPathname === pathname) return false;
      focusedPathname = pathname;
      return !isFirstPage;
    },
  };
}

import { useContext, useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { FocusTrackerContext } from './FocusTrackerContext';
import { useDocumentTitle } from './useDocumentTitle';

interface Props {
  children: ReactNode;
  /** Plain text for the browser tab title. */
  title: string;
}

/**
 * The page's h1. After a client-side navigation the page is shown from its top and the heading
 * takes the focus, so keyboard and screen-reader users start reading the new page at its heading.
 */
export function PageHeading({ children, title }: Props) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { pathname } = useLocation();
  const focusTracker = useContext(FocusTrackerContext);
  useDocumentTitle(title);

  useEffect(() => {
    if (!focusTracker.shouldFocus(pathname)) return;
    // The new page starts at its top at once: the smooth scroll KERN sets for the page would otherwise
    // glide up from where the last page was left (a form's save button) and stop short while the page grows.
    window.scrollTo({ top: 0, behavior: 'instant' });
    ref.current?.focus({ preventScroll: true });
  }, [focusTracker, pathname]);

  return (
    <h1 ref={ref} tabIndex={-1} className="kern-heading-large page-heading">
      {children}
    </h1>
  );
}

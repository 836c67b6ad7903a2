import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The frame of every wide table. When the table is wider than the screen it scrolls sideways
 * inside this frame: a hint says so, a shadow marks the side with more columns, and the frame
 * takes keyboard focus so that arrow keys scroll it too.
 */
export function TableScroll({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const hintId = useId();
  const frame = useRef<HTMLDivElement>(null);
  const [overflow, setOverflow] = useState({ left: false, right: false });

  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    const measure = () => {
      const left = element.scrollLeft > 1;
      const right = element.scrollLeft + element.clientWidth < element.scrollWidth - 1;
      setOverflow((current) => (current.left === left && current.right === right ? current : { left, right }));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    element.addEventListener('scroll', measure, { passive: true });
    return () => {
      observer.disconnect();
      element.removeEventListener('scroll', measure);
    };
  }, []);

  const scrolls = overflow.left || overflow.right;
  return (
    <div className="table-scroll" data-more-left={overflow.left} data-more-right={overflow.right}>
      {scrolls && (
        <p id={hintId} className="table-scroll__hint kern-body kern-body--small">
          <span className="kern-icon kern-icon--arrow-forward kern-icon--small" aria-hidden="true" />
          {t('common.tableScrolls')}
        </p>
      )}
      <div
        ref={frame}
        className="kern-table-responsive table-scroll__frame"
        tabIndex={scrolls ? 0 : undefined}
        role={scrolls ? 'group' : undefined}
        aria-labelledby={scrolls ? hintId : undefined}
      >
        {children}
      </div>
    </div>
  );
}

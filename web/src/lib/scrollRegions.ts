import { useEffect } from 'react';

const SELECTOR = '.ant-table-scroll-horizontal .ant-table-content:not([tabindex])';

/**
 * A table wider than the screen scrolls sideways; a keyboard user can only scroll what can take focus,
 * so every such table's scrolling part is made focusable (WCAG 2.1.1), wherever and whenever it appears.
 */
export function useFocusableScrollRegions() {
  useEffect(() => {
    const mark = () => {
      for (const region of document.querySelectorAll<HTMLElement>(SELECTOR)) region.tabIndex = 0;
    };
    mark();
    const observer = new MutationObserver(mark);
    observer.observe(document.body, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);
}

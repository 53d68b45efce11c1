import { createContext, useContext, useEffect } from 'react';

/** Lets a detail page name itself (a project's name, a meeting's date) for the breadcrumb and the tab title. */
export const PageNameContext = createContext<(name: string | undefined) => void>(() => undefined);

/** Names the page shown, once its data is here; the name is cleared when the page goes. */
export function usePageName(name: string | undefined) {
  const setName = useContext(PageNameContext);
  useEffect(() => {
    setName(name);
    return () => setName(undefined);
  }, [name, setName]);
}

import { ReactNode, useEffect } from 'react';

/** The page's h1, also used as the document title. */
export function PageTitle({ children }: { children: ReactNode }) {
  useEffect(() => {
    if (typeof children === 'string') document.title = `${children} · Passerelle`;
  }, [children]);
  return <h1>{children}</h1>;
}

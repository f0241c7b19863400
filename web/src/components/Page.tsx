import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

let firstPage = true;

export interface PageProps {
  /** The page's one h1, also the document title ("<title> – TalentBridge Sachsen"). */
  title: string;
  children?: React.ReactNode;
}

/**
 * Every page starts with <Page title>: it sets the document title and the h1, and after an in-app
 * navigation moves the focus to that h1, so keyboard and screen-reader users start at the new content
 * (the first page keeps the browser's focus, so the skip link comes first).
 */
export function Page({ title, children }: PageProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (firstPage) firstPage = false;
    else heading.current?.focus();
  }, []);
  return (
    <>
      <title>{`${title} – ${t('app.name')}`}</title>
      <h1 ref={heading} tabIndex={-1} className="kern-heading-large tb-page-title">
        {title}
      </h1>
      {children}
    </>
  );
}

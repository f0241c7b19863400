export interface NoticeProps {
  /** `success`: something was done; `info`: something to know. */
  tone: 'success' | 'info';
  title: string;
  children?: React.ReactNode;
  /** `h2` by default; `h3` inside a section. */
  headingLevel?: 2 | 3;
}

/** A calm message about what just happened (announced politely): "Your e-mail address is confirmed". */
export function Notice({ tone, title, children, headingLevel = 2 }: NoticeProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className={`kern-alert kern-alert--${tone} tb-state`} role="status">
      <div className="kern-alert__header">
        <span className={`kern-icon kern-icon--${tone}`} aria-hidden="true" />
        <Heading className="kern-title">{title}</Heading>
      </div>
      {children && <div className="kern-alert__body">{children}</div>}
    </div>
  );
}

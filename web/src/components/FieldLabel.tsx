import { useTranslation } from 'react-i18next';
import { Label } from 'react-aria-components';

/** A field's visible label; optional fields say so (KERN marks the optional ones, not the required ones). */
export function FieldLabel({
  children,
  isRequired,
  elementType,
}: {
  children: React.ReactNode;
  isRequired?: boolean;
  elementType?: string;
}) {
  const { t } = useTranslation();
  return (
    <Label className="kern-label" {...(elementType ? { elementType } : {})}>
      {children}
      {!isRequired && <span className="kern-label__optional"> {t('form.optional')}</span>}
    </Label>
  );
}

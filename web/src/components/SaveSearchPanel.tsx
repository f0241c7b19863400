import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap, type components } from '../api';
import { Button } from './Button';
import { Form } from './Form';
import { RadioGroup } from './RadioGroup';
import { TextField } from './TextField';

type Kind = components['schemas']['SavedSearchKind'];
type Alert = components['schemas']['AlertSetting'];
const ALERTS: readonly Alert[] = ['off', 'daily', 'instant'];

export interface SaveSearchPanelProps {
  kind: Kind;
  /** The search as the search route takes it (paging is left out: an alert looks at every result). */
  query: Record<string, string | number | undefined>;
  /** A name to start from, e.g. the words searched for. */
  suggestedName: string;
}

export const SAVED_SEARCHES_QUERY_KEY = ['saved-searches'] as const;

/**
 * "Save this search": a disclosure with the name and the alert setting. The saved query is the one on
 * screen; the API checks it by the search route's rules, and its messages appear at the fields.
 */
export function SaveSearchPanel({ kind, query, suggestedName }: SaveSearchPanelProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [alert, setAlert] = useState<Alert>('daily');
  const save = useMutation({
    mutationFn: () => {
      const params = Object.fromEntries(
        Object.entries(query).filter(([key, value]) => value !== undefined && value !== '' && key !== 'page' && key !== 'limit'),
      );
      return unwrap(api.POST('/api/v1/saved-searches', { body: { kind, name: name.trim() || suggestedName, query: params, alert } }));
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: SAVED_SEARCHES_QUERY_KEY }),
  });

  return (
    <section className="tb-save-search" aria-label={t('savedSearches.save.label')}>
      <Button
        variant="secondary"
        aria-expanded={open}
        aria-controls={panelId}
        onPress={() => {
          setOpen(!open);
          save.reset();
        }}
      >
        {t('savedSearches.save.open')}
      </Button>
      <div id={panelId} hidden={!open}>
        {open &&
          (save.isSuccess ? (
            <div className="kern-alert kern-alert--success" role="status">
              <div className="kern-alert__body">
                <p className="kern-body">
                  {t('savedSearches.save.saved', { name: save.data.name })}{' '}
                  <Link to="/saved-searches" className="kern-link">
                    {t('savedSearches.save.toList')}
                  </Link>
                </p>
              </div>
            </div>
          ) : (
            <Form error={save.error} className="tb-form--narrow" onSubmit={() => save.mutate()}>
              <TextField
                name="name"
                label={t('savedSearches.save.name')}
                description={t('savedSearches.save.nameHint')}
                placeholder={suggestedName}
                maxLength={100}
                value={name}
                onChange={setName}
              />
              <RadioGroup<Alert>
                name="alert"
                label={t('savedSearches.save.alert')}
                options={ALERTS.map((value) => ({
                  value,
                  label: t(`savedSearches.alert.${value}`),
                  description: t(`savedSearches.alertHint.${value}`),
                }))}
                value={alert}
                onChange={setAlert}
              />
              <Button type="submit" isPending={save.isPending}>
                {t('savedSearches.save.submit')}
              </Button>
            </Form>
          ))}
      </div>
    </section>
  );
}

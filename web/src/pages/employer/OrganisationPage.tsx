import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, isApiError, unwrap, type components } from '../../api';
import { Button, ButtonLink, ErrorState, Form, LoadingState, Page, Select, StaleVersionAlert, TextArea, TextField } from '../../components';

type Employer = components['schemas']['EmployerView'];
type EmployerBody = components['schemas']['UpsertEmployerDto'];
type Size = Employer['size'];
const SIZES: readonly Size[] = ['1-9', '10-49', '50-249', '250+'];

const text = (data: FormData, name: string) => String(data.get(name) ?? '').trim();
const optional = (data: FormData, name: string) => text(data, name) || undefined;

/** The verification status in plain words: what it means and what to do next. */
function VerificationStatus({ employer }: { employer: Employer }) {
  const { t } = useTranslation();
  const status = employer.verificationStatus;
  const kind = status === 'verified' ? 'success' : status === 'rejected' ? 'danger' : 'info';
  return (
    <section className={`kern-alert kern-alert--${kind} tb-state`} role="status" aria-labelledby="tb-verification-title">
      <div className="kern-alert__header">
        <span className={`kern-icon kern-icon--${kind}`} aria-hidden="true" />
        <h2 className="kern-title" id="tb-verification-title">
          {t(`pages.employer.organisation.status.${status}.title`)}
        </h2>
      </div>
      <div className="kern-alert__body">
        <p className="kern-body">{t(`pages.employer.organisation.status.${status}.text`)}</p>
        {status === 'rejected' && employer.rejectionReason && (
          <p className="kern-body">
            <strong>{t('pages.employer.organisation.status.rejected.reason')}</strong> {employer.rejectionReason}
          </p>
        )}
        {status === 'verified' && (
          <div className="tb-state__action">
            <ButtonLink to="/employer/offers">{t('pages.employer.organisation.toOffers')}</ButtonLink>
          </div>
        )}
      </div>
    </section>
  );
}

function OrganisationForm({
  employer,
  onSaved,
  onReload,
}: {
  employer: Employer | null;
  onSaved: (e: Employer) => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const [size, setSize] = useState<Size | null>(employer?.size ?? null);
  const save = useMutation({
    mutationFn: (body: EmployerBody) => unwrap(api.PUT('/api/v1/employers/me', { body })),
    onSuccess: onSaved,
  });
  const stale = isApiError(save.error) && save.error.status === 409;
  return (
    <>
      {stale && (
        <StaleVersionAlert
          message={t('pages.employer.organisation.stale')}
          reloadLabel={t('pages.employer.organisation.reload')}
          onReload={onReload}
        />
      )}
      <Form
        error={stale ? undefined : save.error}
        onSubmit={(data) =>
          save.mutate({
            name: text(data, 'name'),
            website: optional(data, 'website'),
            city: text(data, 'city'),
            postalCode: text(data, 'postalCode'),
            industry: text(data, 'industry'),
            size: (size ?? '') as Size,
            description: text(data, 'description'),
            registrationNumber: optional(data, 'registrationNumber'),
            ...(employer ? { version: employer.version } : {}),
          })
        }
      >
        <TextField
          name="name"
          label={t('pages.employer.organisation.name')}
          defaultValue={employer?.name ?? ''}
          autoComplete="organization"
          isRequired
        />
        <TextField
          name="registrationNumber"
          label={t('pages.employer.organisation.registrationNumber')}
          description={t('pages.employer.organisation.registrationNumberHint')}
          defaultValue={employer?.registrationNumber ?? ''}
        />
        {employer && <p className="kern-body tb-aside">{t('pages.employer.organisation.identityNote')}</p>}
        <TextField
          name="website"
          type="url"
          label={t('pages.employer.organisation.website')}
          description={t('pages.employer.organisation.websiteHint')}
          defaultValue={employer?.website ?? ''}
          autoComplete="url"
        />
        <TextField
          name="city"
          label={t('pages.employer.organisation.city')}
          defaultValue={employer?.city ?? ''}
          autoComplete="address-level2"
          isRequired
        />
        <TextField
          name="postalCode"
          label={t('pages.employer.organisation.postalCode')}
          defaultValue={employer?.postalCode ?? ''}
          autoComplete="postal-code"
          inputMode="numeric"
          width={4}
          isRequired
        />
        <TextField
          name="industry"
          label={t('pages.employer.organisation.industry')}
          description={t('pages.employer.organisation.industryHint')}
          defaultValue={employer?.industry ?? ''}
          isRequired
        />
        <Select<Size>
          name="size"
          label={t('pages.employer.organisation.size')}
          value={size}
          onChange={setSize}
          options={SIZES.map((value) => ({ value, label: t('pages.employer.organisation.sizeOption', { size: value }) }))}
          isRequired
        />
        <TextArea
          name="description"
          label={t('pages.employer.organisation.description')}
          description={t('pages.employer.organisation.descriptionHint')}
          defaultValue={employer?.description ?? ''}
          rows={6}
          isRequired
        />
        <Button type="submit" isPending={save.isPending}>
          {employer ? t('pages.employer.organisation.save') : t('pages.employer.organisation.create')}
        </Button>
      </Form>
    </>
  );
}

export default function OrganisationPage() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [saved, setSaved] = useState(false);
  const [reloads, setReloads] = useState(0);
  const organisation = useQuery({
    queryKey: ['employers', 'me'],
    // 404 until the organisation exists: that is "no organisation yet", not an error.
    queryFn: async () => {
      try {
        return await unwrap(api.GET('/api/v1/employers/me'));
      } catch (error) {
        if (isApiError(error) && error.status === 404) return null;
        throw error;
      }
    },
  });
  if (organisation.isPending)
    return (
      <Page title={t('pages.employer.organisation.title')}>
        <LoadingState />
      </Page>
    );
  if (organisation.isError)
    return (
      <Page title={t('pages.employer.organisation.title')}>
        <ErrorState error={organisation.error} onRetry={() => void organisation.refetch()} />
      </Page>
    );
  const employer = organisation.data;
  const reload = () =>
    void organisation.refetch().then(() => {
      setSaved(false);
      setReloads((n) => n + 1);
    });
  return (
    <Page title={t('pages.employer.organisation.title')}>
      {employer ? <VerificationStatus employer={employer} /> : <p className="kern-body">{t('pages.employer.organisation.intro')}</p>}
      <OrganisationForm
        // Kept mounted across saves (a new version only updates what is sent back); started afresh on a reload.
        key={reloads}
        employer={employer}
        onSaved={(stored) => {
          client.setQueryData(['employers', 'me'], stored);
          setSaved(true);
        }}
        onReload={reload}
      />
      <p className="kern-body" role="status">
        {saved ? t('pages.employer.organisation.saved') : ''}
      </p>
    </Page>
  );
}

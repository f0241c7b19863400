import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, isApiError, unwrap } from '../../api';
import { useAuth } from '../../auth/AuthProvider';
import { useSignOut } from '../../auth/useSignOut';
import { Button, FormError, TextField } from '../../components';

/** talentbridge-export-2026-12-01.json (the local date of the download). */
function exportFileName(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `talentbridge-export-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/** Hands a JSON document to the browser as a file download (a Blob behind a temporary link). */
function download(data: unknown, fileName: string) {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Chromium reads the Blob when the download starts; give it a moment before freeing it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Export my data (GDPR Art. 20) and delete my account (Art. 17), under the profile form. */
export function AccountSection({ email }: { email: string | null }) {
  const { t } = useTranslation();
  const auth = useAuth();
  const signOut = useSignOut();
  const exportHeading = useId();
  const deleteHeading = useId();
  const [confirmation, setConfirmation] = useState('');

  const exportData = useMutation({
    mutationFn: () => unwrap(api.GET('/api/v1/candidates/me/export')),
    onSuccess: (data) => download(data, exportFileName()),
  });

  const word = t('pages.candidate.profile.deleteWord');
  const userEmail = email ?? auth.user?.email ?? null;
  const typed = confirmation.trim();
  const confirmed =
    typed.toLocaleUpperCase() === word.toLocaleUpperCase() || (userEmail !== null && typed.toLowerCase() === userEmail.toLowerCase());

  const erase = useMutation({
    mutationFn: async () => {
      let searchPending = false;
      try {
        await unwrap(api.DELETE('/api/v1/candidates/me'));
      } catch (error) {
        // 503: the erasure is committed; only the removal from search waits for search to be back.
        if (!(isApiError(error) && error.status === 503)) throw error;
        searchPending = true;
      }
      await signOut(searchPending ? '/account-deleted?search=pending' : '/account-deleted');
    },
  });

  return (
    <>
      <section aria-labelledby={exportHeading} className="tb-profile-section">
        <h2 id={exportHeading} className="kern-heading-medium">
          {t('pages.candidate.profile.exportTitle')}
        </h2>
        <p className="kern-body">{t('pages.candidate.profile.exportText')}</p>
        {exportData.isError && <FormError error={exportData.error} />}
        <Button variant="secondary" isPending={exportData.isPending} onPress={() => exportData.mutate()}>
          {t('pages.candidate.profile.exportButton')}
        </Button>
        <p className="kern-body" role="status">
          {exportData.isSuccess ? t('pages.candidate.profile.exportDone') : ''}
        </p>
      </section>

      <section aria-labelledby={deleteHeading} className="tb-profile-section">
        <h2 id={deleteHeading} className="kern-heading-medium">
          {t('pages.candidate.profile.deleteTitle')}
        </h2>
        <p className="kern-body">{t('pages.candidate.profile.deleteText')}</p>
        {erase.isError && <FormError error={erase.error} />}
        <TextField
          name="deleteConfirmation"
          label={t('pages.candidate.profile.deleteConfirmLabel', { word })}
          description={t('pages.candidate.profile.deleteConfirmHint', { word })}
          autoComplete="off"
          value={confirmation}
          onChange={setConfirmation}
        />
        <Button variant="primary" className="tb-danger" isDisabled={!confirmed} isPending={erase.isPending} onPress={() => erase.mutate()}>
          {t('pages.candidate.profile.deleteButton')}
        </Button>
      </section>
    </>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Concept } from '../../api';
import { Button, Form, TaxonomyComboBox, TextField, TodoPage } from '../../components';

/**
 * TODO(job search): list the published offers for the search in the URL (GET /api/v1/job-offers/search with q,
 * skills, languages, cities, filters; facets; pages). The form below already keeps the search in the URL
 * (?q=…&skills=…, skills as ESCO URIs or text), so results can be linked and the back button works.
 */
export default function LandingPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [skills, setSkills] = useState<Concept[]>([]);
  const q = params.get('q') ?? '';
  const searched = params.has('q') || params.has('skills');
  return (
    <TodoPage title={t('pages.landing.title')} api={['GET /api/v1/job-offers/search', 'GET /api/v1/taxonomy/skills', 'GET /api/v1/places']}>
      <p className="kern-body kern-body--large">{t('pages.landing.intro')}</p>
      <Form
        role="search"
        aria-label={t('pages.landing.searchLabel')}
        className="tb-form--narrow"
        onSubmit={(data) => {
          const next = new URLSearchParams();
          const text = String(data.get('q') ?? '').trim();
          if (text) next.set('q', text);
          if (skills.length) next.set('skills', skills.map((skill) => skill.escoUri ?? skill.label).join(','));
          setParams(next);
        }}
      >
        <TextField name="q" type="search" label={t('pages.landing.what')} description={t('pages.landing.whatHint')} defaultValue={q} />
        <TaxonomyComboBox kind="skill" name="skills" label={t('pages.landing.skills')} value={skills} onChange={setSkills} />
        <Button type="submit">{t('pages.landing.search')}</Button>
      </Form>
      <p className="kern-body" role="status">
        {searched ? t('pages.landing.searchTodo') : ''}
      </p>
    </TodoPage>
  );
}

import { useState } from 'react';
import { ApiError, type Concept } from '../../api';
import {
  Button,
  ButtonLink,
  Checkbox,
  ChipList,
  EmptyState,
  ErrorState,
  Form,
  LoadingState,
  Page,
  RadioGroup,
  Select,
  TaxonomyComboBox,
  TextArea,
  TextField,
} from '../../components';
import { useFormat } from '../../format/useFormat';

/** What the API answers to a form with every kind of field wrong (messages as the validation pipe writes them). */
const SAMPLE_ERROR = ApiError.fromResponse(400, {
  statusCode: 400,
  error: 'Bad Request',
  message: [
    'headline must be at most 120 characters long',
    'summary should not be empty',
    'languages.0.level must be one of: A1, A2, B1, B2, C1, C2, native',
    'workPermit must be one of: eu_citizen, has_permit, needs_visa',
    'openToRemote must be a boolean value',
    'skills must contain at least 1 elements',
    'property nickname should not exist',
  ],
  code: 'validation_failed',
});

/**
 * /dev/components: every shared component with sample data, in its normal and error states, for page
 * authors to look at and for the browser tests (axe, keyboard). Not linked from the app; texts in English.
 */
export default function ComponentsPage() {
  const format = useFormat();
  const [error, setError] = useState<ApiError | null>(null);
  const [level, setLevel] = useState<string | null>(null);
  const [permit, setPermit] = useState<string | null>(null);
  const [skills, setSkills] = useState<Concept[]>([{ label: 'Python (computer programming)', escoUri: null }]);
  const [submitted, setSubmitted] = useState('');
  return (
    <div lang="en">
      <Page title="Components">
        <p className="kern-body">The shared building blocks of the web app (web/src/components). This page is for developers.</p>

        <h2 className="kern-heading-medium">Form with API field errors</h2>
        <Form
          error={error}
          className="tb-form--narrow"
          onSubmit={(data) => setSubmitted(JSON.stringify({ ...Object.fromEntries(data), level, permit, skills }))}
        >
          <TextField name="headline" label="Headline" description="One line about you." isRequired />
          <TextArea name="summary" label="Summary" isRequired />
          <Select
            name="languages.0.level"
            label="German level"
            value={level}
            onChange={setLevel}
            options={['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'].map((value) => ({ value, label: value }))}
            isRequired
          />
          <RadioGroup
            name="workPermit"
            label="Work permit"
            value={permit}
            onChange={setPermit}
            isRequired
            options={[
              { value: 'eu_citizen', label: 'EU citizen', description: 'No permit needed.' },
              { value: 'has_permit', label: 'I have a permit' },
              { value: 'needs_visa', label: 'I need a visa' },
            ]}
          />
          <Checkbox name="openToRemote" label="Open to remote work" description="Also jobs outside Saxony, from home." />
          <TaxonomyComboBox kind="skill" name="skills" label="Skills" value={skills} onChange={setSkills} isRequired />
          <div className="tb-state__action">
            <Button type="submit">Submit</Button>
            <Button variant="secondary" onPress={() => setError(SAMPLE_ERROR)}>
              Show API errors
            </Button>
            <Button variant="tertiary" onPress={() => setError(null)}>
              Clear errors
            </Button>
          </div>
        </Form>
        <p className="kern-body" role="status">
          {submitted && `Submitted: ${submitted}`}
        </p>

        <h2 className="kern-heading-medium">Chips</h2>
        <ChipList
          label="Cities"
          items={[
            { id: 'dresden', label: 'Dresden' },
            { id: 'leipzig', label: 'Leipzig' },
          ]}
        />

        <h2 className="kern-heading-medium">Buttons</h2>
        <div className="tb-state__action">
          <Button>Primary</Button>
          <Button variant="secondary">Secondary</Button>
          <Button variant="tertiary">Tertiary</Button>
          <Button isPending>Saving</Button>
          <ButtonLink to="/">A link as a button</ButtonLink>
        </div>

        <h2 className="kern-heading-medium">States</h2>
        <LoadingState />
        <EmptyState title="No job offers yet" headingLevel={3} action={<ButtonLink to="/">Create a job offer</ButtonLink>}>
          When you create a job offer, it appears here.
        </EmptyState>
        {[0, 401, 403, 404, 409, 429, 503].map((status) => (
          <ErrorState
            key={status}
            headingLevel={3}
            error={status ? ApiError.fromResponse(status, {}) : ApiError.network()}
            onRetry={() => undefined}
          />
        ))}

        <h2 className="kern-heading-medium">Formatting</h2>
        <ul className="kern-list">
          <li>{format.date('2027-03-01')}</li>
          <li>{format.dateTime('2027-03-01T09:30:00Z')}</li>
          <li>{format.number(1234567.5)}</li>
          <li>{format.salary({ min: 45000, max: 60000, currency: 'EUR', period: 'year' })}</li>
        </ul>
      </Page>
    </div>
  );
}

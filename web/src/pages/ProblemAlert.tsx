import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';

import { ApiError } from '../api/http';

/** An API error as its problem detail, in the reader's language; never a silent failure. */
export function ProblemAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (error instanceof ApiError && error.status === 0) {
    return <Alert type="error" showIcon title={t('app.networkError')} />;
  }
  if (error instanceof ApiError) {
    return (
      <Alert
        type="error"
        showIcon
        role="alert"
        title={error.problem.detail ?? error.problem.title}
        description={error.problem.errors?.length ? (
          <ul style={{ margin: 0 }}>{error.problem.errors.map((e, i) => <li key={i}>{e.message ?? e.detail}</li>)}</ul>
        ) : undefined}
      />
    );
  }
  return <Alert type="error" showIcon title={String(error)} />;
}

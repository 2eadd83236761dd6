import { useState } from 'react';
import { Alert, App, Button, Card, DatePicker, Input, Skeleton, Space, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';

import { useFollowUp, useRaiseRemediation, useReportRemediation } from '../api/queries';
import type { RemediationAction, RemediationItem, RemediationStatus } from '../api/types';
import { formatDay } from '../lib/dates';
import { ProblemAlert } from './ProblemAlert';

const TONE: Record<RemediationStatus, string> = {
  OPEN: 'default', IN_PROGRESS: 'processing', DONE: 'success', DROPPED: 'default',
};

/** The remediation ("tự sửa") of a review: what earlier campaigns left, what was raised from it, and raising more. */
export function RemediationPanel({ reportId }: { reportId: string }) {
  const { t } = useTranslation();
  const remediation = useReportRemediation(reportId);
  if (remediation.isPending) return <Skeleton active />;
  if (remediation.error) return <ProblemAlert error={remediation.error} />;
  const { raised, carried, mayRaise } = remediation.data;
  if (!raised.length && !carried.length && !mayRaise) return null;
  return (
    <Card size="small" title={t('remediation.title')} data-testid="remediation">
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {carried.length ? (
          <section aria-label={t('remediation.carried')} data-testid="remediation-carried">
            <Typography.Text strong>{t('remediation.carried')}</Typography.Text>
            <Typography.Paragraph type="secondary">{t('remediation.carriedHelp')}</Typography.Paragraph>
            <RemediationList items={carried} />
          </section>
        ) : null}
        {raised.length ? <RemediationList items={raised} /> : null}
        {mayRaise ? <RaiseForm reportId={reportId} /> : null}
      </Space>
    </Card>
  );
}

export function RemediationList({ items }: { items: RemediationItem[] }) {
  return (
    <ul className="plain-list">
      {items.map((item) => <RemediationRow key={item.id} item={item} />)}
    </ul>
  );
}

function RemediationRow({ item }: { item: RemediationItem }) {
  const { t } = useTranslation();
  const followUp = useFollowUp();
  const [acting, setActing] = useState<RemediationAction>();
  const [text, setText] = useState('');
  const needsText = acting && acting !== 'START';

  async function take(action: RemediationAction) {
    const body = action === 'COMPLETE' ? { evidence: text.trim() } : action === 'START' ? {} : { note: text.trim() };
    try {
      await followUp.mutateAsync({ id: item.id, action, ...body });
      setActing(undefined);
      setText('');
    } catch {
      // shown under the item
    }
  }

  return (
    <li className="work-card" data-testid={`remediation-${item.id}`}>
      <div className="row">
        <strong className="pre-line">{item.what}</strong>
        <Tag color={TONE[item.status]} data-testid="remediation-status">{t(`remediation.status.${item.status}`)}</Tag>
        {item.overdue ? <Tag color="error">{t('remediation.overdue')}</Tag> : null}
      </div>
      <div className="secondary">
        {t('remediation.owner', { name: item.ownerName })} · {t('remediation.due', { day: formatDay(item.due) })}
        {' · '}{item.campaignTitle}
      </div>
      {item.evidence ? <div className="pre-line">{t('remediation.evidence')}: {item.evidence}</div> : null}
      {item.actions.length ? (
        <div className="row">
          {item.actions.map((action) => (
            <Button key={action} size="small" type={action === 'COMPLETE' ? 'primary' : 'default'}
              data-testid={`remediation-${action}`}
              onClick={() => (action === 'START' ? void take('START') : setActing(action))}>
              {t(`remediation.act.${action}`)}
            </Button>
          ))}
        </div>
      ) : null}
      {needsText ? (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Input.TextArea rows={2} maxLength={4000} value={text} onChange={(event) => setText(event.target.value)}
            aria-label={t(acting === 'COMPLETE' ? 'remediation.evidence' : 'remediation.note')}
            placeholder={t(acting === 'COMPLETE' ? 'remediation.evidenceHelp' : 'remediation.note')}
            data-testid="remediation-text" />
          <div className="row">
            <Button type="primary" size="small" disabled={!text.trim()} loading={followUp.isPending}
              onClick={() => void take(acting)} data-testid="remediation-confirm">
              {t(`remediation.act.${acting}`)}
            </Button>
            <Button size="small" onClick={() => setActing(undefined)}>{t('unit.cancel')}</Button>
          </div>
        </Space>
      ) : null}
      {followUp.error ? <ProblemAlert error={followUp.error} /> : null}
    </li>
  );
}

function RaiseForm({ reportId }: { reportId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const raise = useRaiseRemediation(reportId);
  const [what, setWhat] = useState('');
  const [due, setDue] = useState<Dayjs | null>(null);
  async function save() {
    if (!due || !what.trim()) return;
    try {
      await raise.mutateAsync({ what: what.trim(), due: due.format('YYYY-MM-DD') });
      setWhat('');
      setDue(null);
      message.success(t('remediation.raised'));
    } catch {
      // shown below
    }
  }
  return (
    <fieldset className="scorecard-part" data-testid="raise-form">
      <legend>{t('remediation.raise')}</legend>
      <Alert type="info" showIcon title={t('remediation.raiseHelp')} />
      <Input.TextArea rows={2} maxLength={2000} value={what} onChange={(event) => setWhat(event.target.value)}
        aria-label={t('remediation.what')} placeholder={t('remediation.what')} data-testid="remediation-what" />
      <DatePicker format={t('common.dateFormat')} value={due} onChange={setDue} style={{ width: '100%' }}
        aria-label={t('remediation.dueOn')} placeholder={t('remediation.dueOn')} data-testid="remediation-due" />
      {raise.error ? <ProblemAlert error={raise.error} /> : null}
      <Button type="primary" disabled={!what.trim() || !due} loading={raise.isPending} onClick={() => void save()}
        data-testid="raise-remediation">
        {t('remediation.raise')}
      </Button>
    </fieldset>
  );
}

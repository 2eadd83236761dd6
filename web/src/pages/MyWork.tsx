import { Alert, Badge, Button, Empty, Skeleton, Tag } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

import { useAssignments, useInbox, useMarkRead, useMe, useMyRemediation, useTemplates, useUnreadCount } from '../api/queries';
import type { AssignmentSummary } from '../api/types';
import { daysBetween, formatDay, formatInstant, vietnamDay } from '../lib/dates';
import { byUrgency, isOpen, nextStep, statusTone } from '../lib/work';
import { ProblemAlert } from './ProblemAlert';

/**
 * Việc của tôi, the first screen after login. Written with plain elements and the lightest components (tags,
 * buttons, badges), so that a phone on a slow network draws it from the fewest scripts.
 */
export default function MyWork() {
  const { t } = useTranslation();
  const me = useMe();
  const assignments = useAssignments();
  const templates = useTemplates();
  const today = vietnamDay();
  const templateName = (code: string) => templates.data?.find((tpl) => tpl.code === code)?.name ?? code;

  return (
    <div className="stack">
      <h1 className="page-title">{t('myWork.title')}</h1>
      {assignments.error ? <ProblemAlert error={assignments.error} /> : null}
      {assignments.isPending ? <Skeleton active /> : null}
      {assignments.data && assignments.data.length === 0 ? <Empty description={t('myWork.empty')} /> : null}
      {assignments.data && assignments.data.length > 0 ? (
        <ul className="plain-list" data-testid="my-work">
          {byUrgency(today, assignments.data).map((item: AssignmentSummary) => {
            const mine = item.memberId !== null && item.memberId === me.data?.memberId;
            const step = nextStep(item.status, mine || item.kind === 'COLLECTIVE');
            const left = daysBetween(today, item.due);
            const open = isOpen(item.status);
            return (
              <li key={item.id} className="work-card">
                <div className="row">
                  <strong>{t(`kind.${item.kind}`)}</strong>
                  <Tag color={statusTone(item.status)}>{t(`status.${item.status}`)}</Tag>
                </div>
                <div>{templateName(item.templateCode)}</div>
                <div className="secondary">{t('myWork.at', { unit: item.placeUnitName })}</div>
                <div className="row">
                  <span>{t('myWork.due', { day: formatDay(item.due) })}</span>
                  {open ? (
                    <Tag color={left < 0 ? 'error' : left <= 3 ? 'warning' : 'default'}>
                      {left < 0 ? t('myWork.overdue', { count: -left }) : left === 0 ? t('myWork.dueToday') : t('myWork.daysLeft', { count: left })}
                    </Tag>
                  ) : null}
                </div>
                {item.status === 'PUBLISHED' ? (
                  <div className="secondary" data-testid="my-result">{t('myWork.resultPublished')}</div>
                ) : null}
                <div className="row">
                  <Link to={`/reports/${item.id}`}>
                    <Button type={step === 'open' ? 'default' : 'primary'}>
                      {item.status === 'PUBLISHED' ? t('myWork.seeResult') : t(`myWork.${step}`)}
                    </Button>
                  </Link>
                  {item.kind === 'COLLECTIVE' ? (
                    <Link to={`/campaigns/${item.campaignId}/units/${item.placeUnitId}`}>
                      <Button>{t('myWork.unitReports')}</Button>
                    </Link>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
      ) : null}
      <MyRemediation />
      <Inbox />
    </div>
  );
}

/** The caller's remediation items and those of the collectives they lead, the pending ones first. */
function MyRemediation() {
  const { t } = useTranslation();
  const items = useMyRemediation();
  if (!items.data || items.data.length === 0) return null;
  return (
    <section aria-labelledby="my-remediation" className="stack" data-testid="my-remediation">
      <h2 id="my-remediation" className="section-title">{t('myWork.remediation')}</h2>
      <ul className="plain-list">
        {items.data.map((item) => (
          <li key={item.id} className="work-card">
            <div className="row">
              <strong className="pre-line">{item.what}</strong>
              <Tag>{t(`remediation.status.${item.status}`)}</Tag>
              {item.overdue ? <Tag color="error">{t('remediation.overdue')}</Tag> : null}
            </div>
            <div className="secondary">
              {t('remediation.owner', { name: item.ownerName })} · {t('remediation.due', { day: formatDay(item.due) })}
            </div>
            <Link to={`/reports/${item.assignmentId}`}>{t('myWork.open')}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Inbox() {
  const { t } = useTranslation();
  const inbox = useInbox();
  const unread = useUnreadCount();
  const markRead = useMarkRead();
  const count = unread.data?.unread ?? 0;
  return (
    <section aria-labelledby="inbox-title" className="stack">
      <div className="row">
        <h2 id="inbox-title" className="section-title">{t('myWork.inbox')}</h2>
        {count > 0 ? <Badge count={count} title={t('myWork.unread', { count })} /> : null}
      </div>
      {inbox.error ? <ProblemAlert error={inbox.error} /> : null}
      {inbox.data && inbox.data.length === 0 ? <Alert type="info" title={t('myWork.inboxEmpty')} showIcon /> : null}
      {inbox.data && inbox.data.length > 0 ? (
        <ul className="plain-list inbox">
          {inbox.data.slice(0, 20).map((item) => (
            <li key={item.id}>
              <div className="inbox-title">
                {item.link ? <a data-app-link href={pathOf(item.link)}>{item.readAt ? item.title : <strong>{item.title}</strong>}</a> : item.title}
              </div>
              <div className="secondary">
                <span className="pre-line">{item.body}</span><br />{formatInstant(item.createdAt)}
              </div>
              {item.readAt ? null : (
                <div style={{ marginTop: 4 }}>
                  <Button size="small" onClick={() => markRead.mutate(item.id)}>{t('myWork.markRead')}</Button>
                </div>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

/** Notices carry the absolute link of emails; inside the app only its path matters. */
export function pathOf(link: string): string {
  try {
    const url = new URL(link, window.location.origin);
    return url.pathname + url.search;
  } catch {
    return '/';
  }
}

import { Alert, Badge, Button, Card, Empty, List, Skeleton, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

import { useAssignments, useInbox, useMarkRead, useMe, useTemplates, useUnreadCount } from '../api/queries';
import type { AssignmentSummary } from '../api/types';
import { daysBetween, formatDay, formatInstant, vietnamDay } from '../lib/dates';
import { byUrgency, nextStep, statusTone } from '../lib/work';
import { ProblemAlert } from './ProblemAlert';

export default function MyWork() {
  const { t } = useTranslation();
  const me = useMe();
  const assignments = useAssignments();
  const templates = useTemplates();
  const today = vietnamDay();
  const templateName = (code: string) => templates.data?.find((tpl) => tpl.code === code)?.name ?? code;

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 26, margin: 0 }}>{t('myWork.title')}</Typography.Title>
      {assignments.error ? <ProblemAlert error={assignments.error} /> : null}
      {assignments.isPending ? <Skeleton active /> : null}
      {assignments.data && assignments.data.length === 0 ? <Empty description={t('myWork.empty')} /> : null}
      {assignments.data && assignments.data.length > 0 ? (
        <List
          data-testid="my-work"
          dataSource={byUrgency(today, assignments.data)}
          renderItem={(item: AssignmentSummary) => {
            const mine = item.memberId !== null && item.memberId === me.data?.memberId;
            const step = nextStep(item.status, mine || item.kind === 'COLLECTIVE');
            const left = daysBetween(today, item.due);
            const open = item.status !== 'SUBMITTED' && item.status !== 'DISCUSSED';
            return (
              <List.Item>
                <Card style={{ width: '100%' }} size="small">
                  <Space orientation="vertical" size={4} style={{ width: '100%' }}>
                    <Space wrap>
                      <Typography.Text strong>{t(`kind.${item.kind}`)}</Typography.Text>
                      <Tag color={statusTone(item.status)}>{t(`status.${item.status}`)}</Tag>
                    </Space>
                    <Typography.Text>{templateName(item.templateCode)}</Typography.Text>
                    <Typography.Text type="secondary">
                      {t('myWork.at', { unit: item.placeUnitName })}
                    </Typography.Text>
                    <Space wrap>
                      <Typography.Text>{t('myWork.due', { day: formatDay(item.due) })}</Typography.Text>
                      {open ? (
                        <Tag color={left < 0 ? 'error' : left <= 3 ? 'warning' : 'default'}>
                          {left < 0 ? t('myWork.overdue', { count: -left }) : left === 0 ? t('myWork.dueToday') : t('myWork.daysLeft', { count: left })}
                        </Tag>
                      ) : null}
                    </Space>
                    <Space wrap>
                      <Link to={`/reports/${item.id}`}>
                        <Button type={step === 'open' ? 'default' : 'primary'}>{t(`myWork.${step}`)}</Button>
                      </Link>
                      {item.kind === 'COLLECTIVE' ? (
                        <Link to={`/campaigns/${item.campaignId}/units/${item.placeUnitId}`}>
                          <Button>{t('myWork.unitReports')}</Button>
                        </Link>
                      ) : null}
                    </Space>
                  </Space>
                </Card>
              </List.Item>
            );
          }}
        />
      ) : null}
      <Inbox />
    </Space>
  );
}

function Inbox() {
  const { t } = useTranslation();
  const inbox = useInbox();
  const unread = useUnreadCount();
  const markRead = useMarkRead();
  const count = unread.data?.unread ?? 0;
  return (
    <section aria-labelledby="inbox-title">
      <Space align="center">
        <Typography.Title level={2} id="inbox-title" style={{ fontSize: 20, margin: 0 }}>{t('myWork.inbox')}</Typography.Title>
        {count > 0 ? <Badge count={count} title={t('myWork.unread', { count })} /> : null}
      </Space>
      {inbox.error ? <ProblemAlert error={inbox.error} /> : null}
      {inbox.data && inbox.data.length === 0 ? <Alert type="info" title={t('myWork.inboxEmpty')} showIcon /> : null}
      {inbox.data && inbox.data.length > 0 ? (
        <List
          dataSource={inbox.data.slice(0, 20)}
          renderItem={(item) => (
            <List.Item>
              <List.Item.Meta
                title={item.link ? <a data-app-link href={pathOf(item.link)}>{item.readAt ? item.title : <strong>{item.title}</strong>}</a> : item.title}
                description={<>
                  <span className="pre-line">{item.body}</span><br />{formatInstant(item.createdAt)}
                  {item.readAt ? null : (
                    <div style={{ marginTop: 4 }}>
                      <Button size="small" onClick={() => markRead.mutate(item.id)}>{t('myWork.markRead')}</Button>
                    </div>
                  )}
                </>}
              />
            </List.Item>
          )}
        />
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

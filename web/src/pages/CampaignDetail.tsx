import { Alert, App, Button, Descriptions, Progress, Skeleton, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';

import { api } from '../api/http';
import { useCampaign, useCampaignAction } from '../api/queries';
import { useUnit } from '../api/orgQueries';
import type { LaunchResult, Suggestion } from '../api/types';
import { formatDay, formatInstant } from '../lib/dates';
import { CampaignProgress } from './CampaignProgress';
import { ProblemAlert } from './ProblemAlert';

export default function CampaignDetail() {
  const { campaignId = '' } = useParams();
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const campaign = useCampaign(campaignId);
  const launch = useCampaignAction(campaignId, 'launch');
  const close = useCampaignAction(campaignId, 'close');
  const issuingUnit = useUnit(campaign.data?.issuingUnitId);
  if (campaign.isPending) return <Skeleton active />;
  if (campaign.error) return <ProblemAlert error={campaign.error} />;
  const c = campaign.data;
  const issuing = issuingUnit.data;
  const result = launch.data as LaunchResult | undefined;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Link to="/campaigns">← {t('campaigns.title')}</Link>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>{c.title}</Typography.Title>
      <Descriptions size="small" bordered column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('campaigns.kind')}>{t(`campaigns.kinds.${c.kind}`)}</Descriptions.Item>
        <Descriptions.Item label={t('unit.status')}><Tag data-testid="campaign-status">{t(`campaigns.statusLabel.${c.status}`)}</Tag></Descriptions.Item>
        <Descriptions.Item label={t('campaigns.issuingUnit')}>{issuing?.name ?? ''}</Descriptions.Item>
        <Descriptions.Item label={t('campaigns.period')}>{formatDay(c.periodStart)} – {formatDay(c.periodEnd)}</Descriptions.Item>
        {c.deadlines.map((deadline) => (
          <Descriptions.Item key={deadline.level} label={t('campaigns.level', { level: deadline.level })}>{formatDay(deadline.due)}</Descriptions.Item>
        ))}
        <Descriptions.Item label={t('campaigns.quota')}>{c.excellenceQuotaPercent}%</Descriptions.Item>
        {c.launchedAt ? <Descriptions.Item label={t('campaigns.launch')}>{formatInstant(c.launchedAt)}</Descriptions.Item> : null}
      </Descriptions>
      <Space wrap>
        {c.status !== 'CLOSED' ? (
          <Button type="primary" data-testid="launch" loading={launch.isPending}
            onClick={() => modal.confirm({
              title: t('campaigns.launchConfirm'), content: t('campaigns.launchConfirmText'),
              okText: t('campaigns.launch'), cancelText: t('common.cancel'),
              onOk: () => launch.mutateAsync().catch(() => undefined),
            })}>
            {t('campaigns.launch')}
          </Button>
        ) : null}
        {c.status === 'LAUNCHED' ? (
          <Button danger loading={close.isPending}
            onClick={() => modal.confirm({ title: t('campaigns.closeConfirm'), okText: t('campaigns.close'), cancelText: t('common.cancel'),
              onOk: () => close.mutateAsync().catch(() => undefined) })}>
            {t('campaigns.close')}
          </Button>
        ) : null}
      </Space>
      {launch.isPending ? <Progress percent={100} status="active" showInfo={false} aria-label={t('campaigns.launching')} /> : null}
      {result ? <Alert type="success" showIcon data-testid="launch-result" title={t('campaigns.launched', { created: result.created, total: result.total })} /> : null}
      {launch.error ? <ProblemAlert error={launch.error} /> : null}
      {close.error ? <ProblemAlert error={close.error} /> : null}
      {c.status !== 'DRAFT' && issuing ? <CampaignProgress campaignId={c.id} rootId={issuing.id} rootName={issuing.name} /> : null}
      {c.status !== 'DRAFT' ? <Suggestions campaignId={c.id} /> : null}
    </Space>
  );
}

/** The suggestions given in this campaign, newest first. */
function Suggestions({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation();
  const suggestions = useQuery({
    queryKey: ['campaign', campaignId, 'suggestions'],
    queryFn: () => api<Suggestion[]>(`/api/reviews/campaigns/${campaignId}/suggestions`),
  });
  return (
    <section aria-labelledby="suggestions-title" className="stack" style={{ gap: 12 }}>
      <h2 id="suggestions-title" className="section-title">{t('suggestions.list')}</h2>
      {suggestions.error ? <ProblemAlert error={suggestions.error} /> : null}
      {suggestions.data && suggestions.data.length === 0 ? <p className="secondary">{t('suggestions.none')}</p> : null}
      <ul className="plain-list">
        {(suggestions.data ?? []).slice().sort((a, b) => b.issuedAt.localeCompare(a.issuedAt)).map((s) => (
          <li key={s.id} className="work-card">
            <span className="secondary">{formatInstant(s.issuedAt)}</span>
            <span className="pre-line">{s.body}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

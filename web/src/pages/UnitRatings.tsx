import { App, Button, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';

import { usePublishResults, useUnitRatings } from '../api/queries';
import type { RatingLevel, UnitRatingItem } from '../api/types';
import { statusTone } from '../lib/work';
import { ProblemAlert } from './ProblemAlert';
import { QuotaMeter } from './RatingPanel';

/**
 * The ratings of a unit's reports: the committee's proposals and the superior's decisions side by side, the quotas
 * they count in, and for the superior the publication of the decided results.
 */
export default function UnitRatings() {
  const { campaignId = '', unitId = '' } = useParams();
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const ratings = useUnitRatings(campaignId, unitId);
  const publish = usePublishResults(campaignId, unitId);

  if (ratings.isPending) return <Skeleton active />;
  if (ratings.error) return <ProblemAlert error={ratings.error} />;
  const data = ratings.data;
  const decided = data.items.filter((item) => item.status === 'DECIDED').length;
  const level = (value: RatingLevel | null | undefined) => (value ? t(`rating.short.${value}`) : '—');

  function confirmPublish() {
    modal.confirm({
      title: t('rating.publish'),
      content: t('rating.publishConfirm', { unit: data.unitName }),
      okText: t('rating.publish'),
      cancelText: t('unit.cancel'),
      onOk: async () => {
        const result = await publish.mutateAsync();
        message.success(t('rating.published', { count: result.published }));
        void ratings.refetch();
      },
    });
  }

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Link to={`/campaigns/${campaignId}/units/${unitId}`}>← {t('unit.title', { unit: data.unitName })}</Link>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>{t('rating.unitTitle', { unit: data.unitName })}</Typography.Title>
      <Space orientation="vertical" style={{ width: '100%', maxWidth: 520 }}>
        {data.quotas.map((quota) => (
          <div key={quota.kind}>
            <Typography.Text type="secondary">
              {t(quota.kind === 'COLLECTIVE' ? 'rating.quotaCollective' : 'rating.quotaIndividual')}
            </Typography.Text>
            <QuotaMeter quota={quota} />
          </div>
        ))}
      </Space>
      {data.mayDecide ? (
        <Button type="primary" disabled={decided === 0} loading={publish.isPending} onClick={confirmPublish} data-testid="publish">
          {t('rating.publish')} ({decided})
        </Button>
      ) : null}
      <Table<UnitRatingItem>
        rowKey="assignmentId"
        size="small"
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('unit.empty') }}
        dataSource={data.items}
        columns={[
          {
            title: t('rating.member'),
            render: (_, item) => (
              <Link to={`/reports/${item.assignmentId}`} data-testid={`rating-row-${item.assignmentId}`}>
                {item.memberName ?? t(`kind.${item.kind}`)}
              </Link>
            ),
          },
          { title: t('rating.self'), render: (_, item) => level(item.selfLevel) },
          { title: t('rating.proposed'), render: (_, item) => level(item.proposedLevel) },
          {
            title: t('rating.decided'),
            render: (_, item) => (item.decidedLevel ? `${level(item.decidedLevel)} (${item.decidedScore ?? ''})` : '—'),
          },
          {
            title: t('unit.status'),
            render: (_, item) => <Tag color={statusTone(item.status)}>{t(`status.${item.status}`)}</Tag>,
            responsive: ['sm'],
          },
        ]}
      />
    </Space>
  );
}

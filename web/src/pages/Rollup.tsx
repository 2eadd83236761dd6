import { Progress, Skeleton, Tag } from 'antd';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';

import { useOverdue, useRollup } from '../api/queries';
import type { RollupNode, RollupQuota } from '../api/types';
import { formatDay } from '../lib/dates';
import { LEVELS } from '../lib/rating';
import { ProblemAlert } from './ProblemAlert';
import { SubtreeProgress } from './SubtreeProgress';

const share = (part: number, whole: number) => (whole ? Math.round((part * 100) / whole) : 0);

/**
 * The superior's dashboard of a campaign at one unit: its subtree's progress and how many units right under it have
 * completed and reported, the decided levels beside the quota, remediation, each unit with a drill-down, and the
 * overdue reports.
 */
export default function Rollup() {
  const { t } = useTranslation();
  const { campaignId = '', unitId = '' } = useParams();
  const rollup = useRollup(campaignId, unitId);
  const overdue = useOverdue(campaignId, unitId);
  if (rollup.isPending) return <Skeleton active />;
  if (rollup.error) return <ProblemAlert error={rollup.error} />;
  const data = rollup.data;
  const unit = data.unit;
  return (
    <div className="stack">
      <Link to={`/campaigns/${campaignId}`}>← {t('rollup.backToCampaign')}</Link>
      <h1 className="page-title">{t('rollup.title', { unit: unit.name })}</h1>
      <section className="work-card" data-testid="rollup-summary" aria-label={t('rollup.summary')}>
        <strong data-testid="completed-children">
          {t('rollup.completed', { done: data.completedChildren, total: data.childrenWithWork })}
        </strong>
        <Bar node={unit} />
        <div className="row">
          <span>{t('rollup.decided', { count: unit.decided })}</span>
          {unit.overdue > 0 ? <Tag color="error">{t('rollup.overdue', { count: unit.overdue })}</Tag> : null}
        </div>
      </section>
      <div className="rollup-grid">
        {(['INDIVIDUAL', 'COLLECTIVE'] as const).map((kind) => (
          <Levels key={kind} kind={kind} node={unit} quota={data.quotas.find((quota) => quota.kind === kind)} />
        ))}
        <section className="work-card" aria-labelledby="remediation-progress" data-testid="rollup-remediation">
          <h2 id="remediation-progress" className="section-title">{t('remediation.title')}</h2>
          <Progress percent={share(data.remediation.done, data.remediation.total - data.remediation.dropped)}
            size="small" aria-label={t('rollup.remediationDone')} />
          <span>{t('rollup.remediation', { done: data.remediation.done, total: data.remediation.total })}</span>
          {data.remediation.overdue > 0 ? (
            <Tag color="error">{t('rollup.remediationOverdue', { count: data.remediation.overdue })}</Tag>
          ) : null}
        </section>
      </div>
      <section aria-labelledby="rollup-children" className="stack">
        <h2 id="rollup-children" className="section-title">{t('rollup.children')}</h2>
        {data.children.length === 0 ? <p className="secondary">{t('campaigns.noChildren')}</p> : (
          <ul className="plain-list" data-testid="rollup-children">
            {data.children.map((child) => (
              <li key={child.unitId} className="work-card">
                <div className="row">
                  <strong>{child.name}</strong>
                  {child.complete ? <Tag color="success">{t('rollup.childComplete')}</Tag> : null}
                </div>
                {child.total === 0 ? <span className="secondary">{t('campaigns.notInCampaign')}</span> : <Bar node={child} />}
                <div className="row">
                  {child.total > 0 ? (
                    <Link to={`/campaigns/${campaignId}/units/${child.unitId}/rollup`} data-testid={`drill-${child.unitId}`}>
                      {t('rollup.open')} →
                    </Link>
                  ) : null}
                  <Link to={`/campaigns/${campaignId}/units/${child.unitId}/ratings`}>{t('rating.open')}</Link>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="rollup-overdue" className="stack">
        <h2 id="rollup-overdue" className="section-title">{t('rollup.overdueList')}</h2>
        {overdue.error ? <ProblemAlert error={overdue.error} /> : null}
        {overdue.data && overdue.data.length === 0 ? <p className="secondary">{t('rollup.noOverdue')}</p> : null}
        {overdue.data && overdue.data.length > 0 ? (
          <ul className="plain-list" data-testid="overdue-list">
            {overdue.data.map((item) => (
              <li key={item.assignmentId} className="work-card">
                <Link to={`/reports/${item.assignmentId}`}>
                  {item.memberName ?? t(`kind.${item.kind}`)}
                </Link>
                <span className="secondary">{item.placeUnitName} · {t('myWork.due', { day: formatDay(item.due) })}</span>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </div>
  );
}

function Bar({ node }: { node: RollupNode }) {
  return <SubtreeProgress name={node.name} done={node.handedIn} total={node.total} late={node.overdue} />;
}

/** The decided levels of one kind as bars, beside the quota of "xuất sắc" they count against. */
function Levels({ kind, node, quota }: { kind: 'INDIVIDUAL' | 'COLLECTIVE'; node: RollupNode; quota?: RollupQuota }) {
  const { t } = useTranslation();
  const counts = node.levels[kind] ?? {};
  const decided = LEVELS.reduce((sum, level) => sum + (counts[level] ?? 0), 0);
  return (
    <section className="work-card" aria-labelledby={`levels-${kind}`} data-testid={`levels-${kind}`}>
      <h2 id={`levels-${kind}`} className="section-title">{t(`rollup.levels.${kind}`)}</h2>
      {decided === 0 ? <p className="secondary">{t('rollup.noDecisions')}</p> : (
        <dl className="level-bars">
          {LEVELS.map((level) => {
            const n = counts[level] ?? 0;
            return (
              <div key={level} className="level-bar">
                <dt>{t(`rating.levels.${level}`)}</dt>
                <dd>
                  <span className={`level-fill level-${level}`} style={{ width: `${share(n, decided)}%` }} />
                  <span data-testid={`level-count-${kind}-${level}`}>{n} ({share(n, decided)}%)</span>
                </dd>
              </div>
            );
          })}
        </dl>
      )}
      {quota ? (
        <p className={quota.excellent > quota.most ? 'danger' : 'secondary'} data-testid={`rollup-quota-${kind}`}>
          {t('rollup.quota', { excellent: quota.excellent, most: quota.most, good: quota.good, percent: quota.percent })}
        </p>
      ) : null}
    </section>
  );
}

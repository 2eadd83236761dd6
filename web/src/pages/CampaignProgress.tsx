import { useState } from 'react';
import { Breadcrumb, Button, Skeleton } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

import { api } from '../api/http';
import { ProblemAlert } from './ProblemAlert';
import { SubtreeProgress } from './SubtreeProgress';
import { SuggestionDialog, type SuggestionTarget } from './SuggestionDialog';

interface Tally {
  unitId: string;
  code: string | null;
  name: string;
  typeCode: string | null;
  childUnits: number;
  total: number;
  done: number;
  late: number;
}

interface Level {
  unit: Tally;
  own: Tally;
  children: Tally[];
}

/**
 * The campaign's units as a tree opened a level at a time, from the issuing unit down: for each unit the reports of
 * its whole subtree submitted out of all, and those late. One request per level, whatever the size of the province.
 */
export function CampaignProgress({ campaignId, rootId, rootName }: { campaignId: string; rootId: string; rootName: string }) {
  const { t } = useTranslation();
  const [trail, setTrail] = useState<{ id: string; name: string }[]>([{ id: rootId, name: rootName }]);
  const [suggesting, setSuggesting] = useState<SuggestionTarget>();
  const current = trail[trail.length - 1];
  const level = useQuery({
    queryKey: ['campaign', campaignId, 'progress', current.id],
    queryFn: () => api<Level>(`/api/reviews/campaigns/${campaignId}/units/${current.id}/progress`),
    refetchInterval: 30_000,
  });

  const bar = (tally: Tally) => <SubtreeProgress name={tally.name} done={tally.done} total={tally.total} late={tally.late} />;

  return (
    <section aria-labelledby="progress-title" className="stack" style={{ gap: 12 }}>
      <h2 id="progress-title" className="section-title">{t('campaigns.progress')}</h2>
      <Breadcrumb items={trail.map((step, index) => ({
        key: step.id,
        title: index < trail.length - 1
          ? <a href="#" onClick={(event) => { event.preventDefault(); setTrail(trail.slice(0, index + 1)); }}>{step.name}</a>
          : step.name,
      }))} />
      {level.error ? <ProblemAlert error={level.error} /> : null}
      {level.isPending ? <Skeleton active /> : null}
      {level.data ? (
        <>
          <div className="work-card" data-testid="progress-unit">
            <strong>{level.data.unit.name}</strong>
            {bar(level.data.unit)}
            {level.data.own.total > 0 ? (
              <div className="row">
                <span className="secondary">{t('campaigns.ownReports', { done: level.data.own.done, total: level.data.own.total })}</span>
                <Link to={`/campaigns/${campaignId}/units/${current.id}`}>{t('campaigns.openReports')}</Link>
              </div>
            ) : null}
            <Link to={`/campaigns/${campaignId}/units/${current.id}/rollup`} data-testid="open-rollup">{t('rollup.open')} →</Link>
          </div>
          {level.data.children.length === 0 ? <p className="secondary">{t('campaigns.noChildren')}</p> : (
            <ul className="plain-list" data-testid="progress-children">
              {level.data.children.map((child) => (
                <li key={child.unitId} className="work-card">
                  <strong>{child.name}</strong>
                  {child.total === 0 ? <span className="secondary">{t('campaigns.notInCampaign')}</span> : bar(child)}
                  <div className="row">
                    {child.childUnits > 0 ? (
                      <Button size="small" onClick={() => setTrail([...trail, { id: child.unitId, name: child.name }])}>
                        {t('campaigns.openLevel', { count: child.childUnits })}
                      </Button>
                    ) : null}
                    <Link to={`/campaigns/${campaignId}/units/${child.unitId}`}>{t('campaigns.openReports')}</Link>
                    <Link to={`/campaigns/${campaignId}/units/${child.unitId}/ratings`} data-testid={`ratings-${child.unitId}`}>
                      {t('rating.open')}
                    </Link>
                    <Button size="small" onClick={() => setSuggesting({ unitId: child.unitId, name: child.name })}>
                      {t('suggestions.give')}
                    </Button>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
      {suggesting ? <SuggestionDialog campaignId={campaignId} target={suggesting} onDone={() => setSuggesting(undefined)} /> : null}
    </section>
  );
}

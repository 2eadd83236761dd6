import { useMemo, useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Descriptions, Input, InputNumber, Modal, Progress, Radio, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { useRate, useRating, useReopen } from '../api/queries';
import type { RatingCard, RatingLevel, RatingQuota, ReportRating, ReviewAction } from '../api/types';
import { formatInstant } from '../lib/dates';
import { type Card as Scorecard, earned, LEVELS, mostExcellent, refusal, score } from '../lib/rating';
import { ProblemAlert } from './ProblemAlert';

const STEP_OF: Partial<Record<ReviewAction, 'self' | 'proposal' | 'decision'>> = {
  SELF_RATE: 'self', PROPOSE: 'proposal', DECIDE: 'decision',
};

/** The rating at the end of a report: what each step gave, and the scorecard of the step the caller may take. */
export function RatingPanel({ reportId }: { reportId: string }) {
  const { t } = useTranslation();
  const rating = useRating(reportId);
  if (rating.isPending) return <Skeleton active />;
  if (rating.error) return <ProblemAlert error={rating.error} />;
  const data = rating.data;
  // the furthest step the caller may take: a superior who proposed may re-propose, but deciding comes next
  const step = (['DECIDE', 'PROPOSE', 'SELF_RATE'] as const).filter((action) => data.actions.includes(action))
    .map((action) => STEP_OF[action]).find(Boolean);
  const nothingYet = !data.self && !data.proposal && !data.decision && !step;
  return (
    <Card size="small" title={t('rating.title')} data-testid="rating">
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {nothingYet ? <Typography.Paragraph type="secondary">{t('rating.notYet')}</Typography.Paragraph> : null}
        <Given rating={data} />
        {step ? <ScoreForm key={`${data.status}-${step}`} reportId={reportId} rating={data} step={step} /> : null}
        {data.actions.includes('REOPEN') ? <Reopen reportId={reportId} /> : null}
      </Space>
    </Card>
  );
}

function Given({ rating }: { rating: ReportRating }) {
  const { t } = useTranslation();
  const cards = [rating.self, rating.proposal, rating.decision].filter((card): card is RatingCard => !!card);
  const waiting = rating.self && !rating.decision && (rating.status === 'DECIDED' || rating.status === 'PROPOSED');
  if (!cards.length) return null;
  return (
    <>
      <Descriptions size="small" column={1} bordered>
        {cards.map((card) => (
          <Descriptions.Item key={card.step} label={t(`rating.steps.${card.step}`)}>
            <span data-testid={`rating-${card.step}`}>
              <Typography.Text strong>{t(`rating.levels.${card.level}`)}</Typography.Text>
              {' · '}{t('rating.points', { score: card.score })}
            </span>
            <div><Typography.Text type="secondary">{card.actorName ?? card.actor}, {formatInstant(card.at)}</Typography.Text></div>
            {card.note ? <div className="pre-line">{card.note}</div> : null}
          </Descriptions.Item>
        ))}
      </Descriptions>
      {waiting ? <Typography.Text type="secondary">{t('rating.awaitPublish')}</Typography.Text> : null}
    </>
  );
}

function startingCard(rating: ReportRating): Scorecard {
  const from = rating.decision ?? rating.proposal ?? rating.self;
  const points: Record<string, number> = {};
  rating.criteria.forEach((criterion) => { points[criterion.code] = from?.points[criterion.code] ?? 0; });
  return {
    points,
    tasksTotal: from?.tasksTotal ?? 0,
    tasksDone: from?.tasksDone ?? 0,
    tasksLate: from?.tasksLate ?? 0,
    tasksBeyond: from?.tasksBeyond ?? 0,
    disciplinedSubordinate: from?.disciplinedSubordinate ?? false,
    disqualified: from?.disqualified ?? false,
  };
}

function ScoreForm({ reportId, rating, step }: { reportId: string; rating: ReportRating; step: 'self' | 'proposal' | 'decision' }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rate = useRate(reportId);
  const [card, setCard] = useState<Scorecard>(() => startingCard(rating));
  const [level, setLevel] = useState<RatingLevel | undefined>(() => (rating.decision ?? rating.proposal ?? rating.self)?.level);
  const [note, setNote] = useState('');
  const total = score(card);
  const best = earned(card);
  const why = level ? refusal(level, card) : null;
  const parts = useMemo(() => ['COMMON', 'TASKS'] as const, []);

  const setPoints = (code: string, value: number | null) => setCard({ ...card, points: { ...card.points, [code]: value ?? 0 } });
  const setCount = (field: 'tasksTotal' | 'tasksDone' | 'tasksLate' | 'tasksBeyond', value: number | null) =>
    setCard({ ...card, [field]: value ?? 0 });

  async function save() {
    if (!level) return;
    try {
      await rate.mutateAsync({ step, body: { ...card, level, note: note.trim() || undefined } });
      message.success(t('rating.saved'));
    } catch {
      // the refusal is shown below the form
    }
  }

  return (
    <Space orientation="vertical" size="small" style={{ width: '100%' }} data-testid="scorecard">
      {parts.map((part) => (
        <fieldset key={part} className="scorecard-part">
          <legend>{t(`rating.parts.${part}`)}</legend>
          {rating.criteria.filter((criterion) => criterion.part === part).map((criterion) => (
            <label key={criterion.code} className="scorecard-line">
              <span>{criterion.title} <Typography.Text type="secondary">({t('rating.maxPoints', { max: criterion.maxPoints })})</Typography.Text></span>
              <InputNumber min={0} max={criterion.maxPoints} precision={0} value={card.points[criterion.code]}
                data-testid={`points-${criterion.code}`} aria-label={criterion.title}
                onChange={(value) => setPoints(criterion.code, value)} />
            </label>
          ))}
        </fieldset>
      ))}
      <fieldset className="scorecard-part">
        <legend>{t('rating.tasks')}</legend>
        {(['tasksTotal', 'tasksDone', 'tasksLate', 'tasksBeyond'] as const).map((field) => (
          <label key={field} className="scorecard-line">
            <span>{t(`rating.${field}`)}</span>
            <InputNumber min={0} max={10000} precision={0} value={card[field]} data-testid={field} aria-label={t(`rating.${field}`)}
              onChange={(value) => setCount(field, value)} />
          </label>
        ))}
        <Checkbox checked={card.disciplinedSubordinate} onChange={(event) => setCard({ ...card, disciplinedSubordinate: event.target.checked })}>
          {t('rating.disciplinedSubordinate')}
        </Checkbox>
        <Checkbox checked={card.disqualified} onChange={(event) => setCard({ ...card, disqualified: event.target.checked })}>
          {t('rating.disqualified')}
        </Checkbox>
      </fieldset>
      <Typography.Text strong data-testid="score">{t('rating.total', { score: total })}</Typography.Text>
      <Typography.Text data-testid="earned">{t('rating.earned', { level: t(`rating.levels.${best}`) })}</Typography.Text>
      <Radio.Group value={level} onChange={(event) => setLevel(event.target.value as RatingLevel)} aria-label={t('rating.level')}
        style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
        {LEVELS.map((option) => (
          <Radio key={option} value={option} data-testid={`level-${option}`}>{t(`rating.levels.${option}`)}</Radio>
        ))}
      </Radio.Group>
      {why ? <Alert type="warning" showIcon data-testid="level-why" title={t(`rating.why.${why.key}`, why.values)} /> : null}
      {step === 'decision' && rating.quota ? <QuotaMeter quota={rating.quota} choosing={level} /> : null}
      <Input.TextArea rows={2} maxLength={2000} value={note} placeholder={t('rating.note')} aria-label={t('rating.note')}
        onChange={(event) => setNote(event.target.value)} />
      {rate.error ? <ProblemAlert error={rate.error} /> : null}
      <Button type="primary" disabled={!level || !!why} loading={rate.isPending} onClick={() => void save()} data-testid={`rate-${step}`}>
        {t(`rating.act.${step}`)}
      </Button>
    </Space>
  );
}

/** The group's "xuất sắc" against what its "tốt" allow, counting the level being chosen. */
export function QuotaMeter({ quota, choosing }: { quota: RatingQuota; choosing?: RatingLevel }) {
  const { t } = useTranslation();
  const excellent = quota.excellent + (choosing === 'XUAT_SAC' ? 1 : 0);
  const good = quota.good + (choosing === 'TOT' ? 1 : 0);
  const most = mostExcellent(quota.percent, good);
  const over = excellent > most;
  return (
    <div data-testid={`quota-${quota.kind}`}>
      <Typography.Text>{t('rating.quota', { unit: quota.unitName })}</Typography.Text>
      <Progress percent={most === 0 ? (excellent > 0 ? 100 : 0) : Math.min(100, Math.round((excellent / most) * 100))}
        status={over ? 'exception' : 'normal'} showInfo={false} aria-label={t('rating.quota', { unit: quota.unitName })} />
      <Typography.Text type={over ? 'danger' : 'secondary'}>
        {t('rating.quotaText', { excellent, most, good, percent: quota.percent })}
        {over ? ` ${t('rating.quotaOver')}` : ''}
      </Typography.Text>
    </div>
  );
}

function Reopen({ reportId }: { reportId: string }) {
  const { t } = useTranslation();
  const reopen = useReopen(reportId);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="reopen">{t('rating.reopen')}</Button>
      <Modal open={open} title={t('rating.reopen')} okText={t('rating.reopen')} cancelText={t('unit.cancel')}
        okButtonProps={{ disabled: !reason.trim() }} confirmLoading={reopen.isPending} destroyOnHidden
        onCancel={() => setOpen(false)}
        onOk={async () => {
          try {
            await reopen.mutateAsync(reason.trim());
            setOpen(false);
          } catch {
            // shown in the dialog
          }
        }}>
        <Input.TextArea rows={3} maxLength={2000} value={reason} aria-label={t('rating.reopenReason')}
          placeholder={t('rating.reopenReason')} onChange={(event) => setReason(event.target.value)} data-testid="reopen-reason" />
        {reopen.error ? <ProblemAlert error={reopen.error} /> : null}
      </Modal>
    </>
  );
}

import { Progress, Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** How far a unit's subtree has got: a bar, "n/m bản đã nộp" and the number late. */
export function SubtreeProgress({ name, done, total, late }: { name: string; done: number; total: number; late: number }) {
  const { t } = useTranslation();
  return (
    <div className="row">
      <Progress percent={total ? Math.round((done * 100) / total) : 0} size="small" style={{ width: 180, margin: 0 }}
        aria-label={t('campaigns.progressOf', { name, done, total })} />
      <span>{t('campaigns.doneOf', { done, total })}</span>
      {late > 0 ? <Tag color="error">{t('campaigns.late', { count: late })}</Tag> : null}
    </div>
  );
}

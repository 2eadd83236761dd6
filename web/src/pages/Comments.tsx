import { useState } from 'react';
import { Button, Card, Form, Input, List } from 'antd';
import { useTranslation } from 'react-i18next';

import { useComments, useReportStep } from '../api/queries';
import { formatInstant } from '../lib/dates';
import { ProblemAlert } from './ProblemAlert';

/** The members' comments on a circulated collective draft, and a way to add one. */
export function Comments({ reportId, canComment }: { reportId: string; canComment: boolean }) {
  const { t } = useTranslation();
  const comments = useComments(reportId, true);
  const add = useReportStep<{ body: string }>(reportId, 'comments');
  const [body, setBody] = useState('');
  return (
    <Card size="small" title={t('unit.comments')}>
      {comments.error ? <ProblemAlert error={comments.error} /> : null}
      <List
        locale={{ emptyText: t('unit.noComments') }}
        dataSource={comments.data ?? []}
        renderItem={(comment) => (
          <List.Item>
            <List.Item.Meta title={`${comment.authorName} · ${formatInstant(comment.createdAt)}`}
              description={<span className="pre-line">{comment.body}</span>} />
          </List.Item>
        )}
      />
      {canComment ? (
        <Form layout="vertical" onFinish={() => add.mutate({ body }, { onSuccess: () => { setBody(''); void comments.refetch(); } })}>
          <Form.Item label={t('unit.commentLabel')} htmlFor={`comment-${reportId}`}>
            <Input.TextArea id={`comment-${reportId}`} data-testid="comment-body" value={body} onChange={(e) => setBody(e.target.value)}
              autoSize={{ minRows: 2, maxRows: 8 }} />
          </Form.Item>
          {add.error ? <ProblemAlert error={add.error} /> : null}
          <Button htmlType="submit" disabled={!body.trim()} loading={add.isPending}>{t('unit.addComment')}</Button>
        </Form>
      ) : null}
    </Card>
  );
}

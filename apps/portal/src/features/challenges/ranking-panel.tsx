import { Alert, Button, Checkbox, Form, Input, InputNumber, Modal, Table, Typography } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { QueryState } from '../../components/query-state';
import type { ChallengeFieldsFragment, ChallengeRankingQuery } from '../../gql/graphql';
import { useActionFeedback } from '../../lib/use-action';
import { ApplicationStatusTag } from './applications-panel';
import { AwardChallengeDocument, ChallengeRankingDocument } from './documents';

type Ranked = ChallengeRankingQuery['challengeRanking'][number];

/** Shortlisted applications whose every assigned review is in: the only ones the API lets win. */
export function awardable(ranking: Ranked[]): Ranked[] {
  return ranking.filter(
    (row) =>
      row.application.status === 'SHORTLISTED' &&
      row.assignedCount > 0 &&
      row.reviewCount === row.assignedCount,
  );
}

/** 评审排名 by weighted score, and the award (winners, the public-notice days, feedback to the others). */
export function RankingPanel({
  challenge,
  onChanged,
}: {
  challenge: ChallengeFieldsFragment;
  onChanged: () => void;
}) {
  const [result, refetch] = useQuery({
    query: ChallengeRankingDocument,
    variables: { challengeId: challenge.id },
  });
  const [awarding, setAwarding] = useState(false);
  const reload = () => {
    refetch({ requestPolicy: 'network-only' });
    onChanged();
  };
  return (
    <QueryState
      fetching={result.fetching}
      error={result.error}
      data={result.data?.challengeRanking}
      onRetry={reload}
    >
      {(ranking) => (
        <>
          <Table
            size="small"
            rowKey={(row) => row.application.id}
            dataSource={ranking}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: '暂无入围申请' }}
            columns={[
              { title: '名次', dataIndex: 'rank', render: (rank: number | null) => rank ?? '—' },
              { title: '揭榜单位', key: 'org', render: (_, row) => row.application.organization.name },
              {
                title: '加权得分',
                dataIndex: 'score',
                render: (score: number | null) => (score === null ? '未评分' : score.toFixed(2)),
              },
              {
                title: '评审进度',
                key: 'progress',
                render: (_, row) => `${row.reviewCount}/${row.assignedCount}`,
              },
              {
                title: '各维度均分',
                key: 'means',
                render: (_, row) =>
                  row.criterionMeans.map((mean) => `${mean.criterion} ${mean.score}`).join('；') || '—',
              },
              {
                title: '状态',
                key: 'status',
                render: (_, row) => <ApplicationStatusTag status={row.application.status} />,
              },
            ]}
          />
          {challenge.status === 'EVALUATING' && (
            <div className="panel-actions">
              <Button
                type="primary"
                onClick={() => setAwarding(true)}
                disabled={awardable(ranking).length === 0}
              >
                确定揭榜方
              </Button>
              {awardable(ranking).length === 0 && (
                <Typography.Text type="secondary">所有评审任务完成评分后可确定揭榜方。</Typography.Text>
              )}
            </div>
          )}
          <AwardDialog
            open={awarding}
            challenge={challenge}
            ranking={ranking}
            onClose={() => setAwarding(false)}
            onDone={reload}
          />
        </>
      )}
    </QueryState>
  );
}

interface AwardValues {
  winnerIds: string[];
  noticeDays: number;
  feedback?: Record<string, string>;
}

function AwardDialog({
  open,
  challenge,
  ranking,
  onClose,
  onDone,
}: {
  open: boolean;
  challenge: ChallengeFieldsFragment;
  ranking: Ranked[];
  onClose: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm<AwardValues>();
  const [state, award] = useMutation(AwardChallengeDocument);
  const feedback = useActionFeedback();
  const winners = Form.useWatch('winnerIds', form) ?? [];
  const candidates = awardable(ranking);
  const others = ranking.filter(
    (row) =>
      !winners.includes(row.application.id) &&
      (row.application.status === 'SHORTLISTED' || row.application.status === 'SUBMITTED'),
  );
  const best = candidates.find((row) => row.rank === 1) ?? candidates[0];
  return (
    <Modal
      open={open}
      title="确定揭榜方并公示"
      okText="确定并公示"
      cancelText="取消"
      okButtonProps={{ loading: state.fetching }}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Alert
        type="info"
        showIcon
        className="form-alert"
        title="确定后进入公示期；其余申请方将收到下方反馈。"
      />
      <Form
        form={form}
        name="award"
        layout="vertical"
        preserve={false}
        initialValues={{ noticeDays: 7, winnerIds: best ? [best.application.id] : [] }}
        onFinish={async (values) => {
          const result = await award({
            id: challenge.id,
            input: {
              expectedVersion: challenge.version,
              winnerIds: values.winnerIds,
              noticeDays: values.noticeDays,
              feedback: others
                .map((row) => ({
                  applicationId: row.application.id,
                  feedback: values.feedback?.[row.application.id]?.trim() ?? '',
                }))
                .filter((item) => item.feedback),
            },
          });
          const error = feedback(result, '已确定揭榜方，进入公示期', { form: true, onRefresh: onDone });
          if (error?.code === 'BAD_USER_INPUT') {
            form.setFields([{ name: 'winnerIds', errors: error.problems }]);
            return;
          }
          onClose();
          onDone();
        }}
      >
        <Form.Item
          name="winnerIds"
          label="揭榜方"
          rules={[{ required: true, message: '请至少选择一个揭榜方' }]}
        >
          <Checkbox.Group
            options={candidates.map((row) => ({
              value: row.application.id,
              label: `${row.application.organization.name}（${row.score?.toFixed(2) ?? '未评分'} 分）`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="noticeDays"
          label="公示天数（1–30）"
          rules={[{ required: true, message: '请填写公示天数' }]}
        >
          <InputNumber min={1} max={30} precision={0} />
        </Form.Item>
        {others.map((row) => (
          <Form.Item
            key={row.application.id}
            name={['feedback', row.application.id]}
            label={`给“${row.application.organization.name}”的反馈（不填则用通用说明）`}
          >
            <Input.TextArea rows={2} />
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}

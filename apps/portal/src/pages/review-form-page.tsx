import { Alert, Button, Card, Col, Form, Input, InputNumber, Row, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { PageHeader } from '../components/page-header';
import { QueryState } from '../components/query-state';
import { ApplicationDetails } from '../features/challenges/applications-panel';
import { ReviewAssignmentDocument, SubmitReviewDocument } from '../features/challenges/documents';
import { weightedScore } from '../features/challenges/transitions';
import type { ReviewAssignmentFieldsFragment } from '../gql/graphql';
import { useActionFeedback } from '../lib/use-action';

interface ReviewValues {
  scores: Record<string, number | null>;
  internalComment?: string;
  applicantFeedback: string;
}

/** The scoring form: one 0–100 score per weighted criterion, an internal comment, feedback to the team. */
export function ReviewFormPage() {
  const { id = '' } = useParams();
  const [result, refetch] = useQuery({ query: ReviewAssignmentDocument, variables: { id } });
  return (
    <QueryState
      fetching={result.fetching}
      error={result.error}
      data={result.data?.reviewAssignment}
      onRetry={() => refetch({ requestPolicy: 'network-only' })}
    >
      {(assignment) => <ReviewForm assignment={assignment} />}
    </QueryState>
  );
}

function ReviewForm({ assignment }: { assignment: ReviewAssignmentFieldsFragment }) {
  const [form] = Form.useForm<ReviewValues>();
  const navigate = useNavigate();
  const [state, submit] = useMutation(SubmitReviewDocument);
  const feedback = useActionFeedback();
  const criteria = assignment.challenge.criteria;
  const scores = Form.useWatch('scores', form) ?? {};
  const preview = weightedScore(criteria, scores);
  const editable = assignment.challenge.status === 'EVALUATING';
  const initialValues: ReviewValues = {
    scores: Object.fromEntries(
      criteria.map((criterion) => [
        criterion.name,
        assignment.review?.scores.find((score) => score.criterion === criterion.name)?.score ?? null,
      ]),
    ),
    internalComment: assignment.review?.internalComment ?? '',
    applicantFeedback: assignment.review?.applicantFeedback ?? '',
  };
  const finish = async (values: ReviewValues) => {
    const result = await submit({
      assignmentId: assignment.id,
      input: {
        scores: criteria.map((criterion) => ({
          criterion: criterion.name,
          score: values.scores[criterion.name] ?? 0,
        })),
        internalComment: values.internalComment?.trim() || undefined,
        applicantFeedback: values.applicantFeedback.trim(),
      },
    });
    const error = feedback(result, '评分已提交', { form: true });
    if (error?.code === 'BAD_USER_INPUT') {
      form.setFields([{ name: 'applicantFeedback', errors: error.problems }]);
      return;
    }
    if (!error) {
      navigate('/reviews');
    }
  };
  return (
    <>
      <PageHeader
        title="专家评分"
        description={`${assignment.challenge.title} · 申请单位：${assignment.application.organization.name}`}
      />
      {!editable && (
        <Alert className="page-alert" type="info" showIcon title="该榜单不在评审期，评分只能查看" />
      )}
      <Card title="揭榜申请" className="detail-card">
        <ApplicationDetails application={assignment.application} />
      </Card>
      <Card title="评分（每项 0–100 分）" className="detail-card">
        <Form
          form={form}
          name="review"
          layout="vertical"
          onFinish={finish}
          initialValues={initialValues}
          disabled={!editable}
        >
          <Row gutter={12}>
            {criteria.map((criterion) => (
              <Col xs={24} sm={12} md={6} key={criterion.name}>
                <Form.Item
                  name={['scores', criterion.name]}
                  label={`${criterion.name}（权重 ${criterion.weight}%）`}
                  rules={[{ required: true, message: '请打分' }]}
                >
                  <InputNumber min={0} max={100} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            ))}
          </Row>
          <Typography.Paragraph className="review-score" role="status" aria-label="加权得分">
            加权得分：
            <Typography.Text strong>
              {preview === null ? '各项打分后计算' : preview.toFixed(2)}
            </Typography.Text>
          </Typography.Paragraph>
          <Form.Item
            name="applicantFeedback"
            label="给申请方的反馈（结果公布后申请方可见）"
            rules={[{ required: true, whitespace: true, message: '请填写给申请方的反馈' }]}
          >
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
          <Form.Item name="internalComment" label="内部意见（仅科技局可见）">
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={state.fetching}>
            {assignment.review ? '修改评分' : '提交评分'}
          </Button>
          <Typography.Paragraph type="secondary" className="section-title">
            您不会被分配评审本单位的申请；如发现利益冲突请联系科技局。
          </Typography.Paragraph>
        </Form>
      </Card>
    </>
  );
}

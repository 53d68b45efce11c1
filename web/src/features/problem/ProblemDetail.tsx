import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Flex,
  Form,
  Input,
  Modal,
  Result,
  Select,
  Space,
  Spin,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { ProblemAction, ProblemStatus } from '../../gql/graphql';
import { errorMessage, showFieldError } from '../../lib/errors';
import { chooseRule } from '../../lib/rules';
import { unitOptions } from '../../lib/unitOptions';
import { usePageName } from '../layout/pageTitle';
import { UnitsForProblemQuery } from './RaiseProblemModal';
import { LevelTag, ProblemStatusTag } from './tags';

export const ProblemDetailFragment = graphql(`
  fragment ProblemDetail on Problem {
    id
    title
    description
    category
    status
    level
    dueOn
    overdue
    createdAt
    viewerActions
    project {
      id
      code
      name
    }
    leadUnit {
      id
      name
    }
    coUnits {
      id
      name
    }
    raisedBy {
      id
      displayName
    }
    meeting {
      id
      title
    }
    parentProblem {
      id
      title
    }
    updates {
      id
      kind
      body
      fromStatus
      toStatus
      fromLevel
      toLevel
      fromDueOn
      toDueOn
      fromUnit {
        id
        name
      }
      toUnit {
        id
        name
      }
      at
      author {
        id
        displayName
      }
    }
  }
`);

const ProblemQuery = graphql(`
  query Problem($id: ID!) {
    problem(id: $id) {
      ...ProblemDetail
    }
  }
`);

const SetStatusMutation = graphql(`
  mutation SetProblemStatus($id: ID!, $status: ProblemStatus!, $note: String) {
    setProblemStatus(id: $id, status: $status, note: $note) {
      ...ProblemDetail
    }
  }
`);

const EscalateMutation = graphql(`
  mutation EscalateProblem($id: ID!, $note: String) {
    escalateProblem(id: $id, note: $note) {
      ...ProblemDetail
    }
  }
`);

const ExtendMutation = graphql(`
  mutation ExtendProblemDue($id: ID!, $dueOn: Date!, $reason: String!) {
    extendProblemDue(id: $id, dueOn: $dueOn, reason: $reason) {
      ...ProblemDetail
    }
  }
`);

const HandOverMutation = graphql(`
  mutation HandOverProblem($id: ID!, $leadUnitId: ID!, $reason: String!) {
    handOverProblem(id: $id, leadUnitId: $leadUnitId, reason: $reason) {
      ...ProblemDetail
    }
  }
`);

const NoteMutation = graphql(`
  mutation AddProblemNote($id: ID!, $body: String!) {
    addProblemNote(id: $id, body: $body) {
      ...ProblemDetail
    }
  }
`);

const statusOf: Partial<Record<ProblemAction, ProblemStatus>> = {
  START: 'IN_PROGRESS',
  RESOLVE: 'RESOLVED',
  REOPEN: 'IN_PROGRESS',
  CLOSE: 'CLOSED',
};

/** Brings the newest timeline entry into view once drawn, so a 批示 or note just written is seen where it landed. */
function showLatest(updates: ReadonlyArray<{ id: string; at: string }>) {
  const latest = [...updates].sort((a, b) => a.at.localeCompare(b.at)).at(-1);
  if (!latest) return;
  requestAnimationFrame(() =>
    document.querySelector(`[data-update-id="${latest.id}"]`)?.scrollIntoView({ block: 'center', behavior: 'smooth' }),
  );
}

/** A problem with its timeline (批示 highlighted) and the actions the signed-in user may take. */
export function ProblemDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data, loading } = useQuery(ProblemQuery, { variables: { id } });
  const [setStatus, settingStatus] = useMutation(SetStatusMutation);
  const [escalate, escalating] = useMutation(EscalateMutation);
  const [addNote, noting] = useMutation(NoteMutation);
  const [note, setNote] = useState('');
  const [dialog, setDialog] = useState<'EXTEND' | 'HAND_OVER' | null>(null);
  const problem = data?.problem;
  usePageName(problem?.title);

  if (loading && !problem) return <Spin />;
  if (!problem) {
    return (
      <Result status="404" title={t('problem.notFound')} extra={<Link to="/problems">{t('problem.back')}</Link>} />
    );
  }

  const act = async (action: ProblemAction) => {
    if (action === 'EXTEND' || action === 'HAND_OVER') {
      setDialog(action);
      return;
    }
    try {
      const status = statusOf[action];
      if (status) await setStatus({ variables: { id, status, note: note.trim() || null } });
      else if (action === 'ESCALATE') await escalate({ variables: { id, note: note.trim() || null } });
      else {
        if (!note.trim()) {
          message.warning(t('problem.noteRequired'));
          return;
        }
        const result = await addNote({ variables: { id, body: note } });
        showLatest(result.data?.addProblemNote.updates ?? []);
      }
      message.success(action === 'INSTRUCT' ? t('problem.instructionSaved') : t('common.saved'));
      setNote('');
    } catch (error) {
      message.error(errorMessage(error, t));
    }
  };

  const actions = problem.viewerActions;
  const writing = actions.includes('NOTE') || actions.includes('INSTRUCT');
  const busy = settingStatus.loading || escalating.loading || noting.loading;

  return (
    <Flex vertical gap={16}>
      <Card>
        <Typography.Text type="secondary">
          <Link to={`/projects/${problem.project.id}`}>
            {problem.project.code} · {problem.project.name}
          </Link>
        </Typography.Text>
        <h1 style={{ fontSize: 22, margin: '4px 0 8px' }}>{problem.title}</h1>
        <Space wrap>
          <span data-testid="problem-status">
            <ProblemStatusTag status={problem.status} />
          </span>
          <span data-testid="problem-level">
            <LevelTag level={problem.level} />
          </span>
          <Tag>{t(`category.${problem.category}`)}</Tag>
          {problem.overdue && <Tag color="red">{t('problem.overdue')}</Tag>}
          {problem.meeting && (
            <Link to={`/meetings/${problem.meeting.id}`}>
              <Tag color="purple">{t('meeting.ofMeeting', { title: problem.meeting.title })}</Tag>
            </Link>
          )}
        </Space>
        <Descriptions size="small" column={{ xs: 1, sm: 2 }} style={{ marginTop: 16 }}>
          <Descriptions.Item label={t('problem.leadUnit')}>{problem.leadUnit.name}</Descriptions.Item>
          <Descriptions.Item label={t('problem.coUnits')}>
            {problem.coUnits.map((u) => u.name).join('、') || '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('problem.dueOn')}>{problem.dueOn ?? '—'}</Descriptions.Item>
          {problem.parentProblem && (
            <Descriptions.Item label={t('meeting.decidedOn')}>
              <Link to={`/problems/${problem.parentProblem.id}`}>{problem.parentProblem.title}</Link>
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('problem.raisedBy')}>
            {problem.raisedBy?.displayName ?? '—'} · {dayjs(problem.createdAt).format('YYYY-MM-DD')}
          </Descriptions.Item>
        </Descriptions>
        {problem.description && <Typography.Paragraph>{problem.description}</Typography.Paragraph>}
      </Card>
      {actions.length > 0 && (
        <Card>
          {writing && (
            <Flex vertical gap={6} style={{ marginBottom: 12 }}>
              <label htmlFor="problem-note">
                {actions.includes('INSTRUCT') ? t('problemAction.INSTRUCT') : t('problem.noteLabel')}
              </label>
              <Input.TextArea
                id="problem-note"
                rows={3}
                maxLength={2000}
                value={note}
                onChange={(e) => setNote(e.target.value)}
              />
            </Flex>
          )}
          <Space wrap>
            {actions.map((action) => (
              <Button
                key={action}
                type={action === 'INSTRUCT' || action === 'RESOLVE' ? 'primary' : 'default'}
                danger={action === 'ESCALATE'}
                loading={busy}
                onClick={() => act(action)}
              >
                {t(`problemAction.${action}`)}
              </Button>
            ))}
          </Space>
        </Card>
      )}
      <Card title={t('problem.timeline')}>
        <Timeline
          items={problem.updates.map((u) => ({
            key: u.id,
            color: u.kind === 'INSTRUCTION' ? 'red' : u.kind.includes('ESCALATION') ? 'orange' : 'blue',
            content: (
              <div data-update-id={u.id}>
                <Space size={6} wrap>
                  <Typography.Text strong>{t(`updateKind.${u.kind}`)}</Typography.Text>
                  {u.fromStatus && u.toStatus && (
                    <Typography.Text>
                      {t(`problemStatus.${u.fromStatus}`)} → {t(`problemStatus.${u.toStatus}`)}
                    </Typography.Text>
                  )}
                  {u.kind === 'EXTENSION' && (
                    <Typography.Text>
                      {u.fromDueOn ?? '—'} → {u.toDueOn}
                    </Typography.Text>
                  )}
                  {u.kind === 'HANDOVER' && (
                    <Typography.Text>
                      {u.fromUnit?.name} → {u.toUnit?.name}
                    </Typography.Text>
                  )}
                  {u.toLevel && (
                    <Typography.Text>
                      {u.fromLevel ? `${t(`level.${u.fromLevel}`)} → ` : ''}
                      {t(`level.${u.toLevel}`)}
                    </Typography.Text>
                  )}
                  <Typography.Text type="secondary">
                    {u.author?.displayName ?? t('problem.system')} · {dayjs(u.at).format('YYYY-MM-DD HH:mm')}
                  </Typography.Text>
                </Space>
                {u.body &&
                  (u.kind === 'INSTRUCTION' ? (
                    <Alert type="error" showIcon={false} title={u.body} style={{ marginTop: 4 }} />
                  ) : (
                    <div>{u.body}</div>
                  ))}
              </div>
            ),
          }))}
        />
      </Card>
      {dialog && (
        <ReasonDialog
          action={dialog}
          problemId={id}
          currentDue={problem.dueOn ?? null}
          currentUnit={problem.leadUnit.id}
          onClose={() => setDialog(null)}
        />
      )}
    </Flex>
  );
}

type ReasonValues = { dueOn?: Dayjs; leadUnitId?: string; reason: string };

/** 延期 (a later due date) or 移交 (another lead unit), each with the reason the timeline keeps. */
function ReasonDialog({
  action,
  problemId,
  currentDue,
  currentUnit,
  onClose,
}: {
  action: 'EXTEND' | 'HAND_OVER';
  problemId: string;
  currentDue: string | null;
  currentUnit: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReasonValues>();
  const { data } = useQuery(UnitsForProblemQuery, { skip: action !== 'HAND_OVER' });
  const [extend, extending] = useMutation(ExtendMutation);
  const [handOver, handing] = useMutation(HandOverMutation);
  const submit = async (v: ReasonValues) => {
    try {
      if (action === 'EXTEND' && v.dueOn) {
        await extend({ variables: { id: problemId, dueOn: v.dueOn.format('YYYY-MM-DD'), reason: v.reason } });
      } else if (v.leadUnitId) {
        await handOver({ variables: { id: problemId, leadUnitId: v.leadUnitId, reason: v.reason } });
      }
      message.success(t('common.saved'));
      onClose();
    } catch (error) {
      if (!showFieldError(form, error)) message.error(errorMessage(error, t));
    }
  };
  return (
    <Modal
      title={t(`problemAction.${action}`)}
      open
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t(`problemAction.${action}`)}
      cancelText={t('common.cancel')}
      confirmLoading={extending.loading || handing.loading}
    >
      <Form form={form} name="problemReason" layout="vertical" onFinish={submit}>
        {action === 'EXTEND' ? (
          <Form.Item
            label={t('problem.newDueOn')}
            name="dueOn"
            rules={[{ required: true }]}
            extra={currentDue ? t('problem.currentDue', { date: currentDue }) : undefined}
          >
            <DatePicker
              style={{ width: '100%' }}
              disabledDate={(d) => Boolean(currentDue && !d.isAfter(dayjs(currentDue), 'day'))}
            />
          </Form.Item>
        ) : (
          <Form.Item label={t('problem.newLeadUnit')} name="leadUnitId" rules={chooseRule(t, t('problem.newLeadUnit'))}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={unitOptions(
                (data?.units ?? []).filter((u) => u.id !== currentUnit),
                t,
              )}
            />
          </Form.Item>
        )}
        <Form.Item label={t('problem.reason')} name="reason" rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

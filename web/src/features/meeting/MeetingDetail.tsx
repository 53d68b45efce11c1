import { useMutation, useQuery } from '@apollo/client/react';
import {
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Empty,
  Flex,
  Form,
  Input,
  List,
  Modal,
  Result,
  Select,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AgendaSource, MeetingDetailFragment, ProblemStatus } from '../../gql/graphql';
import { errorMessage, showFieldError } from '../../lib/errors';
import { chooseRule } from '../../lib/rules';
import { unitOptions } from '../../lib/unitOptions';
import { useCan } from '../auth/session';
import { usePageName } from '../layout/pageTitle';
import { ProblemStatusTag } from '../problem/tags';
import { useMutationErrors } from '../project/useMutationErrors';
import { AddDecisionMutation, MeetingQuery, UnitsQuery, UpdateMeetingMutation } from './graphql';

type Meeting = MeetingDetailFragment;
type Item = Meeting['agenda'][number];
const sourceColors: Record<AgendaSource, string> = {
  ESCALATED: 'red',
  OVERDUE: 'orange',
  RED_MAJOR: 'volcano',
  MANUAL: 'default',
};

/** A meeting: particulars, its agenda (a leader or ADMIN edits it), minutes, and the 议定事项 with where each stands. */
export function MeetingDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const manage = useCan('meeting.manage');
  const { data, loading, refetch } = useQuery(MeetingQuery, { variables: { id } });
  const meeting = data?.meeting;
  const [deciding, setDeciding] = useState(false);
  usePageName(meeting?.title);

  if (loading && !meeting) return <Spin />;
  if (!meeting) {
    return (
      <Result status="404" title={t('meeting.notFound')} extra={<Link to="/meetings">{t('meeting.back')}</Link>} />
    );
  }
  return (
    <Flex vertical gap={16}>
      <Card>
        <Typography.Text type="secondary">
          <Link to="/meetings">{t('meeting.back')}</Link>
        </Typography.Text>
        <h1 style={{ fontSize: 22, margin: '4px 0 8px' }}>{meeting.title}</h1>
        <Descriptions size="small" column={{ xs: 1, sm: 3 }}>
          <Descriptions.Item label={t('meeting.kind')}>{t(`meeting.kinds.${meeting.kind}`)}</Descriptions.Item>
          <Descriptions.Item label={t('meeting.heldOn')}>{meeting.heldOn}</Descriptions.Item>
          <Descriptions.Item label={t('meeting.chair')}>{meeting.chair?.displayName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('meeting.units')} span={3}>
            {meeting.attendingUnits.map((u) => u.name).join('、') || '—'}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Agenda meeting={meeting} manage={manage} reload={refetch} />
      <Minutes meeting={meeting} manage={manage} reload={refetch} />
      <Card
        title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('meeting.decisions')}</h2>}
        extra={
          manage && (
            <Button type="primary" onClick={() => setDeciding(true)}>
              {t('meeting.decide')}
            </Button>
          )
        }
      >
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={meeting.decisions}
          locale={{ emptyText: t('meeting.noDecisions') }}
          columns={[
            {
              title: t('meeting.decisionTitle'),
              dataIndex: 'title',
              render: (title: string, d) => <Link to={`/problems/${d.id}`}>{title}</Link>,
            },
            { title: t('projectField.name'), render: (_, d) => d.project.name },
            { title: t('problem.leadUnit'), render: (_, d) => d.leadUnit.name, width: 140 },
            { title: t('problem.coUnits'), render: (_, d) => d.coUnits.map((u) => u.name).join('、') || '—' },
            {
              title: t('problem.dueOn'),
              width: 150,
              render: (_, d) => (
                <>
                  {d.dueOn ?? '—'} {d.overdue && <Tag color="red">{t('problem.overdue')}</Tag>}
                </>
              ),
            },
            {
              title: t('problem.status'),
              dataIndex: 'status',
              width: 100,
              render: (s: ProblemStatus) => <ProblemStatusTag status={s} />,
            },
          ]}
        />
      </Card>
      {deciding && <DecisionModal meeting={meeting} onClose={() => setDeciding(false)} onSaved={refetch} />}
    </Flex>
  );
}

const asInput = (a: Item) => ({
  title: a.title,
  source: a.source,
  projectId: a.project?.id ?? null,
  problemId: a.problem?.id ?? null,
});

function Agenda({ meeting, manage, reload }: { meeting: Meeting; manage: boolean; reload: () => unknown }) {
  const { t } = useTranslation();
  const [update, updating] = useMutation(UpdateMeetingMutation);
  const onError = useMutationErrors(reload);
  const [item, setItem] = useState('');
  const save = async (agenda: ReturnType<typeof asInput>[]) => {
    try {
      await update({ variables: { id: meeting.id, version: meeting.version, input: { agenda } } });
      setItem('');
    } catch (error) {
      onError(error);
    }
  };
  return (
    <Card
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('meeting.agenda')}</h2>}
      extra={manage && <Typography.Text type="secondary">{t('meeting.agendaHint')}</Typography.Text>}
    >
      <List
        size="small"
        dataSource={meeting.agenda}
        locale={{ emptyText: <Empty description={t('meeting.noAgenda')} /> }}
        renderItem={(a, index) => (
          <List.Item
            actions={
              manage
                ? [
                    <Button
                      key="remove"
                      size="small"
                      type="link"
                      danger
                      disabled={updating.loading}
                      onClick={() => save(meeting.agenda.filter((_, i) => i !== index).map(asInput))}
                    >
                      {t('meeting.removeItem')}
                    </Button>,
                  ]
                : []
            }
          >
            <Flex gap={8} align="center" wrap>
              <Typography.Text type="secondary">{index + 1}.</Typography.Text>
              <Tag color={sourceColors[a.source]}>{t(`meeting.sources.${a.source}`)}</Tag>
              {a.problem ? (
                <Link to={`/problems/${a.problem.id}`}>{a.title}</Link>
              ) : a.project ? (
                <Link to={`/projects/${a.project.id}`}>{a.title}</Link>
              ) : (
                a.title
              )}
            </Flex>
          </List.Item>
        )}
      />
      {manage && (
        <Flex gap={8} style={{ marginTop: 12 }}>
          <Input
            aria-label={t('meeting.newItem')}
            placeholder={t('meeting.newItem')}
            maxLength={200}
            value={item}
            onChange={(e) => setItem(e.target.value)}
          />
          <Button
            disabled={!item.trim()}
            loading={updating.loading}
            onClick={() =>
              save([
                ...meeting.agenda.map(asInput),
                { title: item.trim(), source: 'MANUAL', projectId: null, problemId: null },
              ])
            }
          >
            {t('meeting.addItem')}
          </Button>
        </Flex>
      )}
    </Card>
  );
}

function Minutes({ meeting, manage, reload }: { meeting: Meeting; manage: boolean; reload: () => unknown }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [update, updating] = useMutation(UpdateMeetingMutation);
  const onError = useMutationErrors(reload);
  const [text, setText] = useState(meeting.minutes ?? '');
  useEffect(() => setText(meeting.minutes ?? ''), [meeting.minutes]);
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('meeting.minutes')}</h2>}>
      {manage ? (
        <Flex vertical gap={8}>
          <Input.TextArea
            aria-label={t('meeting.minutes')}
            rows={5}
            maxLength={20000}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <Button
            style={{ alignSelf: 'flex-start' }}
            loading={updating.loading}
            disabled={text === (meeting.minutes ?? '')}
            onClick={async () => {
              try {
                await update({ variables: { id: meeting.id, version: meeting.version, input: { minutes: text } } });
                message.success(t('common.saved'));
              } catch (error) {
                onError(error);
              }
            }}
          >
            {t('meeting.saveMinutes')}
          </Button>
        </Flex>
      ) : (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{meeting.minutes || '—'}</Typography.Paragraph>
      )}
    </Card>
  );
}

type DecisionValues = { item: number; title: string; leadUnitId: string; coUnitIds?: string[]; dueOn: Dayjs };

/** A 议定事项 on an agenda item about a project: its problem (if any) is the one decided on. */
function DecisionModal({
  meeting,
  onClose,
  onSaved,
}: {
  meeting: Meeting;
  onClose: () => void;
  onSaved: () => unknown;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<DecisionValues>();
  const { data } = useQuery(UnitsQuery);
  const [add, adding] = useMutation(AddDecisionMutation);
  const units = unitOptions(data?.units ?? [], t);
  const items = meeting.agenda
    .map((a, index) => ({ a, index }))
    .filter(({ a }) => a.project)
    .map(({ a, index }) => ({ value: index, label: a.title }));

  const submit = async (v: DecisionValues) => {
    const on = meeting.agenda[v.item];
    if (!on?.project) return;
    try {
      await add({
        variables: {
          meetingId: meeting.id,
          input: {
            projectId: on.project.id,
            parentProblemId: on.problem?.id ?? null,
            title: v.title,
            leadUnitId: v.leadUnitId,
            coUnitIds: v.coUnitIds ?? [],
            dueOn: v.dueOn.format('YYYY-MM-DD'),
          },
        },
      });
      message.success(t('common.saved'));
      onClose();
      await onSaved();
    } catch (error) {
      if (!showFieldError(form, error)) message.error(errorMessage(error, t));
    }
  };

  return (
    <Modal
      title={t('meeting.decide')}
      open
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={adding.loading}
    >
      <Form form={form} name="meetingDecision" layout="vertical" onFinish={submit}>
        <Form.Item label={t('meeting.onItem')} name="item" rules={chooseRule(t, t('meeting.onItem'))}>
          <Select options={items} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
        <Form.Item label={t('meeting.decisionTitle')} name="title" rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item label={t('problem.leadUnit')} name="leadUnitId" rules={chooseRule(t, t('problem.leadUnit'))}>
          <Select options={units} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
        <Form.Item label={t('problem.coUnits')} name="coUnitIds">
          <Select mode="multiple" options={units} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
        <Form.Item label={t('problem.dueOn')} name="dueOn" rules={chooseRule(t, t('problem.dueOn'))}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

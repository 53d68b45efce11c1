import { useMutation, useQuery } from '@apollo/client/react';
import {
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  Form,
  Input,
  Modal,
  Result,
  Select,
  Space,
  Spin,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { graphql } from '../../gql';
import { errorMessage, showFieldError } from '../../lib/errors';
import { useCan, useSession } from '../auth/session';
import { usePageName } from '../layout/pageTitle';
import { Conflicts } from './Conflicts';
import { ConvertLeadMutation, DropLeadMutation, LeadPageQuery } from './graphql';
import { InvestorModal } from './LeadForm';
import { LeadStatusTag } from './LeadList';
import { Documents, Talks } from './TalksAndDocuments';

const LeadersQuery = graphql(`
  query ConvertLeaders {
    leaders {
      id
      displayName
    }
  }
`);

const HandOverUnitsQuery = graphql(`
  query HandOverUnits {
    regions {
      id
    }
    units {
      id
      name
      region {
        id
        name
      }
    }
  }
`);

const HandOverLeadMutation = graphql(`
  mutation HandOverLead($id: ID!, $version: Int!, $unitId: ID!) {
    handOverLead(id: $id, version: $version, unitId: $unitId) {
      id
    }
  }
`);

/** The lead page: its investor and contacts, 撞单, talks and documents, and converting or dropping it. */
export function LeadDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { me } = useSession();
  const mayWrite = useCan('lead.write');
  const { data, loading, refetch } = useQuery(LeadPageQuery, { variables: { id } });
  const [converting, setConverting] = useState(false);
  const [dropping, setDropping] = useState(false);
  const [leaderId, setLeaderId] = useState<string>();
  const [convert, convertState] = useMutation(ConvertLeadMutation);
  const [drop, dropState] = useMutation(DropLeadMutation);
  const leaders = useQuery(LeadersQuery, { skip: !converting });
  const [dropForm] = Form.useForm<{ reason: string }>();
  const [handing, setHanding] = useState(false);
  const [editingInvestor, setEditingInvestor] = useState(false);
  const mayEditInvestor = useCan('investor.write');
  const [handTo, setHandTo] = useState<string>();
  const [handOver, handState] = useMutation(HandOverLeadMutation);
  // Only an account that sees regions below its own (a city's) hands leads down (线索分派).
  const below = useQuery(HandOverUnitsQuery, { skip: !mayWrite });
  const lead = data?.lead;
  usePageName(lead?.title);

  if (loading && !lead) return <Spin />;
  if (!lead) {
    return <Result status="404" title={t('lead.notFound')} extra={<Link to="/leads">{t('lead.back')}</Link>} />;
  }
  const open = lead.status === 'NEW' || lead.status === 'FOLLOWING';
  const canWrite = mayWrite && open && (me.role === 'ADMIN' || me.unit?.id === lead.unit.id);
  const record = { leadId: lead.id, unitId: lead.unit.id };
  const districtUnits = (below.data?.units ?? []).filter((u) => u.region.id !== lead.region.id);
  const canHand = canWrite && (below.data?.regions.length ?? 0) > 1 && districtUnits.length > 0;
  const doHand = async () => {
    if (!handTo) return;
    try {
      await handOver({ variables: { id: lead.id, version: lead.version, unitId: handTo } });
      setHanding(false);
      await refetch();
    } catch (error) {
      message.error(errorMessage(error, t));
    }
  };

  const doConvert = async () => {
    try {
      const { data: done } = await convert({
        variables: { id: lead.id, version: lead.version, responsibleLeaderId: leaderId ?? null },
      });
      setConverting(false);
      if (done) navigate(`/projects/${done.convertLead.id}`);
    } catch (error) {
      message.error(errorMessage(error, t));
    }
  };
  const doDrop = async ({ reason }: { reason: string }) => {
    try {
      await drop({ variables: { id: lead.id, version: lead.version, reason } });
      setDropping(false);
      await refetch();
    } catch (error) {
      if (!showFieldError(dropForm, error)) message.error(errorMessage(error, t));
    }
  };

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card>
        <Flex justify="space-between" wrap gap={12}>
          <div>
            <Typography.Text type="secondary">{t(`leadSource.${lead.source}`)}</Typography.Text>
            <h1 style={{ fontSize: 22, margin: '4px 0' }}>{lead.title}</h1>
            <span data-testid="lead-status">
              <LeadStatusTag status={lead.status} />
            </span>
          </div>
          <Space wrap>
            {canWrite && (
              <Button type="primary" onClick={() => setConverting(true)}>
                {t('lead.convert')}
              </Button>
            )}
            {canHand && <Button onClick={() => setHanding(true)}>{t('lead.handOver')}</Button>}
            {canWrite && (
              <Button danger onClick={() => setDropping(true)}>
                {t('lead.drop')}
              </Button>
            )}
            {lead.project && (
              <Link to={`/projects/${lead.project.id}`}>
                {t('lead.openProject')}：{lead.project.code}
              </Link>
            )}
          </Space>
        </Flex>
        {lead.dropReason && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
            {t('lead.dropped', { reason: lead.dropReason })}
          </Typography.Paragraph>
        )}
        <Descriptions bordered size="small" column={{ xs: 1, sm: 2, lg: 3 }} style={{ marginTop: 16 }}>
          <Descriptions.Item label={t('lead.investor')}>
            {lead.investor.name}
            {mayEditInvestor && (
              <Button type="link" size="small" onClick={() => setEditingInvestor(true)}>
                {t('lead.editInvestor')}
              </Button>
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('lead.creditCode')}>{lead.investor.creditCode ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('lead.country')}>{lead.investor.country ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('lead.industry')}>{t(`industry.${lead.industry}`)}</Descriptions.Item>
          <Descriptions.Item label={t('lead.intendedInvestment')}>{lead.intendedInvestment ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('lead.receivedOn')}>{lead.receivedOn}</Descriptions.Item>
          <Descriptions.Item label={t('lead.unit')}>{lead.unit.name}</Descriptions.Item>
          <Descriptions.Item label={t('lead.owner')}>{lead.owner?.displayName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('lead.contact')}>
            {lead.investor.contacts
              .map((c) => [c.name, c.title, c.phone, c.email].filter(Boolean).join(' '))
              .join('；') || '—'}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Conflicts conflicts={lead.conflicts} ownUnitId={lead.unit.id} onChanged={() => refetch()} />
      <Talks record={record} talks={lead.interactions} canWrite={canWrite} onChanged={() => refetch()} />
      <Documents record={record} documents={lead.documents} canWrite={canWrite} onChanged={() => refetch()} />
      <Modal
        open={converting}
        title={t('lead.convert')}
        onCancel={() => setConverting(false)}
        onOk={() => void doConvert()}
        okText={t('lead.convert')}
        cancelText={t('common.cancel')}
        confirmLoading={convertState.loading}
      >
        <Typography.Paragraph>{t('lead.convertConfirm')}</Typography.Paragraph>
        <Select
          allowClear
          placeholder={t('lead.responsibleLeader')}
          aria-label={t('lead.responsibleLeader')}
          style={{ width: '100%' }}
          value={leaderId}
          onChange={setLeaderId}
          options={(leaders.data?.leaders ?? []).map((l) => ({ value: l.id, label: l.displayName }))}
        />
      </Modal>
      <InvestorModal
        open={editingInvestor}
        investor={lead.investor}
        onClose={() => setEditingInvestor(false)}
        onSaved={() => void refetch()}
      />
      <Modal
        open={handing}
        title={t('lead.handOver')}
        onCancel={() => setHanding(false)}
        onOk={() => void doHand()}
        okText={t('lead.handOver')}
        okButtonProps={{ disabled: !handTo }}
        cancelText={t('common.cancel')}
        confirmLoading={handState.loading}
      >
        <Typography.Paragraph>{t('lead.handOverHint')}</Typography.Paragraph>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('lead.handOverTo')}
          aria-label={t('lead.handOverTo')}
          style={{ width: '100%' }}
          value={handTo}
          onChange={setHandTo}
          options={districtUnits.map((u) => ({ value: u.id, label: `${u.region.name} · ${u.name}` }))}
        />
      </Modal>
      <Modal
        open={dropping}
        title={t('lead.drop')}
        onCancel={() => setDropping(false)}
        onOk={() => dropForm.submit()}
        okText={t('lead.drop')}
        okButtonProps={{ danger: true }}
        cancelText={t('common.cancel')}
        confirmLoading={dropState.loading}
        destroyOnHidden
      >
        <Form form={dropForm} layout="vertical" onFinish={doDrop} preserve={false}>
          <Form.Item name="reason" label={t('lead.dropReason')} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={200} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}

import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, DatePicker, Form, InputNumber, Modal, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { AdminTargetsQuery as Result } from '../../gql/graphql';
import { errorMessage, showFieldError } from '../../lib/errors';
import { chooseRule } from '../../lib/rules';
import { useToday } from '../../lib/today';

const AdminTargetsQuery = graphql(`
  query AdminTargets {
    targets {
      code
      name
      unit
      annual
      periodEnded
      periods {
        periodStart
        periodEnd
        targetValue
        baseline
        baselineYear
        quotas {
          unit {
            id
            name
          }
          value
        }
        regionQuotas {
          region {
            id
            name
          }
          value
        }
      }
    }
    units {
      id
      name
      kind
      region {
        id
      }
    }
    me {
      id
      region {
        id
        children {
          id
          name
        }
      }
    }
  }
`);

const UpdateTargetMutation = graphql(`
  mutation UpdateTarget($code: String!, $input: TargetInput!, $periodStart: Date) {
    updateTarget(code: $code, input: $input, periodStart: $periodStart) {
      code
      target
    }
  }
`);

const AddTargetPeriodMutation = graphql(`
  mutation AddTargetPeriod($code: String!, $input: TargetInput!) {
    addTargetPeriod(code: $code, input: $input) {
      code
      target
    }
  }
`);

const SetTargetQuotasMutation = graphql(`
  mutation SetTargetQuotas($code: String!, $periodStart: Date!, $quotas: [UnitQuotaInput!]!) {
    setTargetQuotas(code: $code, periodStart: $periodStart, quotas: $quotas) {
      code
    }
  }
`);

type Target = Result['targets'][number];
type Period = Target['periods'][number];
type Values = {
  targetValue: string;
  baseline?: string | null;
  baselineYear?: number | null;
  periodStart?: Dayjs;
  periodEnd?: Dayjs;
};
type Editing = { target: Target; period: Period | null } | null;

/**
 * ADMIN: each target's plan periods (SPEC 5.1) — value, baseline and dates — a new period when a
 * plan ends, and the division of a period's value among units (指标分解).
 */
const SetRegionQuotasMutation = graphql(`
  mutation SetRegionQuotas($code: String!, $regionId: ID!, $periodStart: Date!, $quotas: [RegionQuotaInput!]!) {
    setRegionQuotas(code: $code, regionId: $regionId, periodStart: $periodStart, quotas: $quotas) {
      code
    }
  }
`);

export function TargetsPanel() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data, loading } = useQuery(AdminTargetsQuery, { fetchPolicy: 'network-only' });
  const today = useToday();
  const [editing, setEditing] = useState<Editing>(null);
  const [dividing, setDividing] = useState<{ target: Target; period: Period } | null>(null);
  const [form] = Form.useForm<Values>();
  const [quotaForm] = Form.useForm<Record<string, string | null>>();
  // The confirmation shows once the table has the saved values.
  const refetch = { refetchQueries: [AdminTargetsQuery], awaitRefetchQueries: true };
  const [update, updating] = useMutation(UpdateTargetMutation, refetch);
  const [addPeriod, adding] = useMutation(AddTargetPeriodMutation, refetch);
  const [setQuotas, settingQuotas] = useMutation(SetTargetQuotasMutation, refetch);
  const [setRegionQuotas, settingRegionQuotas] = useMutation(SetRegionQuotasMutation, refetch);
  // A city divides its targets among its districts (SPEC 2.1); a district among its own units.
  const ownRegion = data?.me?.region;
  const districts = ownRegion?.children ?? [];
  const dividedAmong = districts.length
    ? districts.map((r) => ({ id: r.id, name: r.name }))
    : (data?.units ?? []).filter((u) => u.region.id === ownRegion?.id);
  const divisionOf = (period: Period) =>
    districts.length
      ? period.regionQuotas.map((q) => ({ id: q.region.id, name: q.region.name, value: q.value }))
      : period.quotas.map((q) => ({ id: q.unit.id, name: q.unit.name, value: q.value }));

  const open = (target: Target, period: Period | null) => {
    const last = target.periods.at(-1);
    form.setFieldsValue(
      period
        ? {
            targetValue: period.targetValue,
            baseline: period.baseline ?? null,
            baselineYear: period.baselineYear ?? null,
            periodStart: dayjs(period.periodStart),
            periodEnd: dayjs(period.periodEnd),
          }
        : {
            targetValue: last?.targetValue ?? '',
            baseline: null,
            baselineYear: null,
            // A new plan begins the day after the last one ends, for as long.
            periodStart: last ? dayjs(last.periodEnd).add(1, 'day') : undefined,
            periodEnd: last
              ? dayjs(last.periodEnd).add(dayjs(last.periodEnd).diff(last.periodStart, 'year') + 1, 'year')
              : undefined,
          },
    );
    setEditing({ target, period });
  };

  const submit = async (v: Values) => {
    if (!editing) return;
    const input = {
      targetValue: String(v.targetValue),
      baseline: v.baseline === null || v.baseline === undefined || v.baseline === '' ? null : String(v.baseline),
      baselineYear: v.baselineYear ?? null,
      periodStart: v.periodStart?.format('YYYY-MM-DD'),
      periodEnd: v.periodEnd?.format('YYYY-MM-DD'),
    };
    try {
      if (editing.period) {
        await update({ variables: { code: editing.target.code, input, periodStart: editing.period.periodStart } });
      } else {
        await addPeriod({ variables: { code: editing.target.code, input } });
      }
      message.success(t('common.saved'));
      setEditing(null);
    } catch (error) {
      if (!showFieldError(form, error)) message.error(errorMessage(error, t));
    }
  };

  const openQuotas = (target: Target, period: Period) => {
    quotaForm.resetFields();
    quotaForm.setFieldsValue(Object.fromEntries(divisionOf(period).map((q) => [q.id, q.value])));
    setDividing({ target, period });
  };

  const saveQuotas = async (values: Record<string, string | null>) => {
    if (!dividing) return;
    const given = Object.entries(values).filter(([, v]) => v !== null && v !== undefined && v !== '');
    const { code } = dividing.target;
    const { periodStart } = dividing.period;
    try {
      if (districts.length && ownRegion) {
        const quotas = given.map(([regionId, value]) => ({ regionId, value: String(value) }));
        await setRegionQuotas({ variables: { code, regionId: ownRegion.id, periodStart, quotas } });
      } else {
        const quotas = given.map(([unitId, value]) => ({ unitId, value: String(value) }));
        await setQuotas({ variables: { code, periodStart, quotas } });
      }
      message.success(t('common.saved'));
      setDividing(null);
    } catch (error) {
      message.error(errorMessage(error, t));
    }
  };

  const quotaTotal = (period: Period) => divisionOf(period).reduce((sum, q) => sum + Number(q.value), 0);

  return (
    <>
      <Typography.Paragraph type="secondary">{t('targetAdmin.annualNote')}</Typography.Paragraph>
      <Table<Target>
        rowKey="code"
        loading={loading}
        dataSource={data?.targets ?? []}
        pagination={false}
        expandable={{
          // Every target shows its periods: there are few, and they are what this panel is for.
          expandedRowKeys: (data?.targets ?? []).map((x) => x.code),
          showExpandColumn: false,
          expandedRowRender: (target) => (
            <section aria-label={`${target.name} ${t('targetAdmin.periods')}`}>
              <Table<Period>
                rowKey="periodStart"
                size="small"
                pagination={false}
                // The newest plan first: it is the one to edit and divide.
                dataSource={[...target.periods].sort((a, b) => b.periodStart.localeCompare(a.periodStart))}
                columns={[
                  { title: t('targetAdmin.periodStart'), dataIndex: 'periodStart' },
                  {
                    title: t('targetAdmin.periodEnd'),
                    render: (_, p) => (
                      <Space size={4}>
                        {p.periodEnd}
                        {today && p.periodEnd < today && <Tag>{t('dashboard.periodEnded')}</Tag>}
                      </Space>
                    ),
                  },
                  { title: t('targetAdmin.value'), render: (_, p) => `${p.targetValue} ${target.unit}` },
                  {
                    title: t('targetAdmin.baseline'),
                    render: (_, p) => (p.baseline ? `${p.baseline}（${p.baselineYear ?? ''}）` : '—'),
                  },
                  {
                    title: t('targetAdmin.quotas'),
                    render: (_, p) =>
                      divisionOf(p).length === 0 ? (
                        '—'
                      ) : (
                        <Typography.Text>
                          {divisionOf(p)
                            .map((q) => `${q.name} ${q.value}`)
                            .join('、')}
                          <Typography.Text type="secondary">
                            {' '}
                            {t('targetAdmin.quotaTotal', { total: quotaTotal(p), value: p.targetValue })}
                          </Typography.Text>
                        </Typography.Text>
                      ),
                  },
                  {
                    title: t('common.actions'),
                    render: (_, p) => (
                      <Space>
                        <Button
                          size="small"
                          onClick={() => open(target, p)}
                          aria-label={`${t('common.edit')} ${target.name} ${p.periodStart}`}
                        >
                          {t('common.edit')}
                        </Button>
                        <Button
                          size="small"
                          onClick={() => openQuotas(target, p)}
                          aria-label={`${t('targetAdmin.divide')} ${target.name} ${p.periodStart}`}
                        >
                          {t('targetAdmin.divide')}
                        </Button>
                      </Space>
                    ),
                  },
                ]}
              />
            </section>
          ),
        }}
        columns={[
          { title: t('targetAdmin.name'), dataIndex: 'name' },
          {
            title: t('targetAdmin.current'),
            render: (_, r) =>
              r.periodEnded ? (
                <Tag color="default">{t('dashboard.periodEnded')}</Tag>
              ) : (
                <Tag color="blue">{t('targetAdmin.running')}</Tag>
              ),
          },
          {
            title: t('common.actions'),
            render: (_, r) => (
              <Button size="small" onClick={() => open(r, null)} aria-label={`${t('targetAdmin.addPeriod')} ${r.name}`}>
                {t('targetAdmin.addPeriod')}
              </Button>
            ),
          },
        ]}
      />
      <Modal
        title={`${editing?.period ? t('targetAdmin.edit') : t('targetAdmin.addPeriod')} · ${editing?.target.name ?? ''}`}
        open={editing !== null}
        onCancel={() => setEditing(null)}
        onOk={() => form.submit()}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={updating.loading || adding.loading}
        forceRender
      >
        <Form form={form} name="target" layout="vertical" onFinish={submit}>
          <Form.Item
            label={t('targetAdmin.periodStart')}
            name="periodStart"
            rules={chooseRule(t, t('targetAdmin.periodStart'))}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            label={t('targetAdmin.periodEnd')}
            name="periodEnd"
            rules={chooseRule(t, t('targetAdmin.periodEnd'))}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item label={t('targetAdmin.value')} name="targetValue" rules={[{ required: true }]}>
            <InputNumber stringMode min="0" style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item label={t('targetAdmin.baseline')} name="baseline">
            <InputNumber stringMode min="0" style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item label={t('targetAdmin.baselineYear')} name="baselineYear">
            <InputNumber min={1990} max={2100} style={{ width: '100%' }} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        title={`${t('targetAdmin.divide')} · ${dividing?.target.name ?? ''} · ${dividing?.period.periodStart ?? ''}`}
        open={dividing !== null}
        onCancel={() => setDividing(null)}
        onOk={() => quotaForm.submit()}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={settingQuotas.loading || settingRegionQuotas.loading}
        forceRender
        width={560}
      >
        <Typography.Paragraph type="secondary">
          {districts.length ? t('region.divideHint') : t('targetAdmin.divideHint')}
        </Typography.Paragraph>
        <Form form={quotaForm} name="quotas" layout="horizontal" labelCol={{ span: 10 }} onFinish={saveQuotas}>
          {dividedAmong.map((u) => (
            <Form.Item key={u.id} label={u.name} name={u.id} style={{ marginBottom: 8 }}>
              <InputNumber
                stringMode
                min="0"
                style={{ width: '100%' }}
                aria-label={`${u.name} ${t('targetAdmin.quota')}`}
              />
            </Form.Item>
          ))}
        </Form>
      </Modal>
    </>
  );
}

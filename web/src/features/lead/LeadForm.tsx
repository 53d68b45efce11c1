import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { industries, leadSources } from '@zdyq/db/values';
import { App, Button, DatePicker, Divider, Flex, Form, Input, InputNumber, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { Industry, LeadSource } from '../../gql/graphql';
import { errorMessage, showFieldError } from '../../lib/errors';
import { useTodayDay } from '../../lib/today';
import { useSession } from '../auth/session';
import { CreateLeadMutation, InvestorsQuery, SaveInvestorMutation } from './graphql';

const LeadUnitsQuery = graphql(`
  query LeadUnits {
    units {
      id
      name
    }
  }
`);

type InvestorValues = {
  name: string;
  creditCode?: string;
  country?: string;
  contactName?: string;
  contactTitle?: string;
  contactPhone?: string;
};

/**
 * 新建客商, or with `investor` its correction (name, code, country; its contacts stay as they are): the
 * credit code is checked by the server (GB 32100-2015) and a refusal shown beside it.
 */
export function InvestorModal({
  open,
  onClose,
  onSaved,
  investor,
}: {
  open: boolean;
  onClose: () => void;
  onSaved: (investor: { id: string; name: string }) => void;
  investor?: { id: string; version: number; name: string; creditCode: string | null; country: string | null };
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<InvestorValues>();
  const [save, saving] = useMutation(SaveInvestorMutation);
  useEffect(() => {
    if (open && investor) {
      form.setFieldsValue({
        name: investor.name,
        creditCode: investor.creditCode ?? undefined,
        country: investor.country ?? undefined,
      });
    }
  }, [open, investor, form]);
  const submit = async (v: InvestorValues) => {
    try {
      const { data } = await save({
        variables: {
          input: {
            id: investor?.id ?? null,
            version: investor?.version ?? null,
            name: v.name,
            creditCode: v.creditCode?.trim() || null,
            country: v.country || null,
            contacts: investor
              ? null
              : v.contactName
                ? [{ name: v.contactName, title: v.contactTitle || null, phone: v.contactPhone || null }]
                : [],
          },
        },
      });
      if (data) onSaved(data.saveInvestor);
      form.resetFields();
      onClose();
    } catch (error) {
      if (!showFieldError(form, error)) message.error(errorMessage(error, t));
    }
  };
  return (
    <Modal
      open={open}
      title={investor ? t('lead.editInvestor') : t('lead.newInvestor')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving.loading}
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="name" label={t('lead.investorName')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="creditCode" label={t('lead.creditCode')} extra={t('lead.creditCodeHint')}>
          <Input maxLength={18} style={{ textTransform: 'uppercase' }} />
        </Form.Item>
        <Form.Item name="country" label={t('lead.country')}>
          <Input maxLength={50} />
        </Form.Item>
        {!investor && <Divider plain>{t('lead.contact')}</Divider>}
        <Flex gap={12} wrap hidden={Boolean(investor)}>
          <Form.Item name="contactName" label={t('lead.contactName')} style={{ flex: 1 }}>
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item name="contactTitle" label={t('lead.contactTitle')} style={{ flex: 1 }}>
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item name="contactPhone" label={t('lead.contactPhone')} style={{ flex: 1 }}>
            <Input maxLength={30} />
          </Form.Item>
        </Flex>
      </Form>
    </Modal>
  );
}

type LeadValues = {
  title: string;
  investorId: string;
  industry: Industry;
  intendedInvestment?: number;
  source: LeadSource;
  receivedOn: Dayjs;
  unitId?: string;
};

/** 新建线索: the investor found by name or code, or registered on the spot; a promoter's unit is their own. */
export function LeadFormModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (id: string) => unknown;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { me } = useSession();
  const today = useTodayDay();
  const [form] = Form.useForm<LeadValues>();
  const [search, found] = useLazyQuery(InvestorsQuery);
  const [picked, setPicked] = useState<{ id: string; name: string } | null>(null);
  const [adding, setAdding] = useState(false);
  const units = useQuery(LeadUnitsQuery, { skip: !open || me.role === 'PROMOTER' });
  const [create, creating] = useMutation(CreateLeadMutation);
  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue({ receivedOn: today });
      setPicked(null);
      void search({ variables: { search: '' } });
    }
  }, [open, form, today, search]);
  const investors = [...(found.data?.investors ?? [])];
  if (picked && !investors.some((i) => i.id === picked.id)) investors.unshift({ ...picked, creditCode: null });
  const submit = async (v: LeadValues) => {
    try {
      const { data } = await create({
        variables: {
          input: {
            title: v.title,
            investorId: v.investorId,
            industry: v.industry,
            intendedInvestment: v.intendedInvestment == null ? null : String(v.intendedInvestment),
            source: v.source,
            receivedOn: v.receivedOn.format('YYYY-MM-DD'),
            unitId: v.unitId ?? null,
          },
        },
      });
      message.success(t('common.saved'));
      onClose();
      if (data) await onCreated(data.createLead.id);
    } catch (error) {
      if (!showFieldError(form, error)) message.error(errorMessage(error, t));
    }
  };
  return (
    <Modal
      open={open}
      title={t('lead.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={creating.loading}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="title" label={t('lead.name')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item label={t('lead.investor')} required>
          <Flex gap={8}>
            <Form.Item name="investorId" noStyle rules={[{ required: true }]}>
              <Select
                showSearch={{ filterOption: false, onSearch: (text) => void search({ variables: { search: text } }) }}
                loading={found.loading}
                options={investors.map((i) => ({
                  value: i.id,
                  label: i.creditCode ? `${i.name}（${i.creditCode}）` : i.name,
                }))}
                style={{ flex: 1 }}
                aria-label={t('lead.investor')}
              />
            </Form.Item>
            <Button onClick={() => setAdding(true)}>{t('lead.newInvestor')}</Button>
          </Flex>
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="industry" label={t('lead.industry')} rules={[{ required: true }]} style={{ flex: 1 }}>
            <Select options={industries.map((i) => ({ value: i, label: t(`industry.${i}`) }))} />
          </Form.Item>
          <Form.Item name="source" label={t('lead.source')} rules={[{ required: true }]} style={{ flex: 1 }}>
            <Select options={leadSources.map((s) => ({ value: s, label: t(`leadSource.${s}`) }))} />
          </Form.Item>
        </Flex>
        <Flex gap={12} wrap>
          <Form.Item name="intendedInvestment" label={t('lead.intendedInvestment')} style={{ flex: 1 }}>
            <InputNumber min={0} precision={4} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="receivedOn" label={t('lead.receivedOn')} rules={[{ required: true }]} style={{ flex: 1 }}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
        {me.role !== 'PROMOTER' && (
          <Form.Item name="unitId" label={t('lead.unit')} rules={[{ required: true }]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={(units.data?.units ?? []).map((u) => ({ value: u.id, label: u.name }))}
            />
          </Form.Item>
        )}
      </Form>
      <InvestorModal
        open={adding}
        onClose={() => setAdding(false)}
        onSaved={(investor) => {
          setPicked(investor);
          form.setFieldsValue({ investorId: investor.id });
        }}
      />
    </Modal>
  );
}

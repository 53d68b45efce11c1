import { useMutation, useQuery } from '@apollo/client/react';
import { likelihoods, needsResponsibleLeader } from '@zdyq/db/values';
import {
  App,
  AutoComplete,
  Button,
  Col,
  DatePicker,
  Drawer,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Space,
  Switch,
} from 'antd';
import type { Rule } from 'antd/es/form';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { graphql } from '../../gql';
import type { Industry, Likelihood, ProjectInput, ProjectSource } from '../../gql/graphql';
import { useNames } from '../../lib/labels';
import { useTodayDay } from '../../lib/today';
import { unitOptions } from '../../lib/unitOptions';
import { useSession } from '../auth/session';
import { useMutationErrors } from './useMutationErrors';
import { creationStages, industries, sources } from './values';

const FormUnitsQuery = graphql(`
  query ProjectFormUnits {
    units {
      id
      name
      kind
    }
    leaders {
      id
      displayName
    }
    nodeTemplates {
      kind
      name
    }
  }
`);

const UnitPromotersQuery = graphql(`
  query UnitPromoters($unitId: ID!) {
    unitPromoters(unitId: $unitId) {
      id
      displayName
    }
  }
`);

const CreateProjectMutation = graphql(`
  mutation CreateProject($input: ProjectInput!) {
    createProject(input: $input) {
      id
    }
  }
`);

const UpdateProjectMutation = graphql(`
  mutation UpdateProject($id: ID!, $version: Int!, $input: ProjectPatch!) {
    updateProject(id: $id, version: $version, input: $input) {
      ...ProjectDetail
    }
  }
`);

/** The editable fields of a project as the form holds them. */
export type ProjectValues = {
  name: string;
  investor: string;
  industry: Industry;
  source: ProjectSource;
  isManufacturing: boolean;
  isForeign: boolean;
  foreignInvestmentUsd: string | null;
  totalInvestmentUsd: string | null;
  isChainProject: boolean;
  /** 项目类型: the node template applied at signing. */
  kind: string;
  totalInvestment: string;
  fixedAssetInvestment: string | null;
  landArea: string | null;
  leadUnitId: string;
  platformId: string | null;
  responsibleLeader: string | null;
  serviceOfficerId: string | null;
  latitude: number | null;
  longitude: number | null;
  address: string | null;
  /** While negotiating (SPEC 3.1). */
  likelihood: Likelihood | null;
  expectedSigningMonth: string | null;
};

type FormValues = ProjectValues & { stage?: 'NEGOTIATING' | 'SIGNED'; signedOn?: Dayjs | null };

const DECIMAL = /^\d+(\.\d{1,4})?$/;

type Props =
  | { open: boolean; onClose: () => void; project?: undefined }
  | {
      open: boolean;
      onClose: () => void;
      /** `signed`: the project has its nodes already, which a change of kind leaves as they are. */
      project: ProjectValues & { id: string; version: number; signed: boolean };
      onReload: () => unknown;
    };

/** Create or edit a project; the same rules as the server, shown beside each field before sending. */
export function ProjectFormDrawer(props: Props) {
  const { t } = useTranslation();
  const names = useNames();
  const today = useTodayDay();
  const { message } = App.useApp();
  const { me } = useSession();
  const navigate = useNavigate();
  const [form] = Form.useForm<FormValues>();
  const { data } = useQuery(FormUnitsQuery);
  const [create, created] = useMutation(CreateProjectMutation);
  const [update, updated] = useMutation(UpdateProjectMutation);
  const onError = useMutationErrors(props.project ? props.onReload : () => undefined);
  const editing = props.project;
  const lockedUnit = me.role === 'PROMOTER' ? (me.unit?.id ?? null) : null;

  const initial = useMemo<Partial<FormValues>>(
    () =>
      editing ?? {
        industry: 'NEW_MATERIALS',
        source: 'NEW',
        isManufacturing: true,
        isForeign: false,
        isChainProject: false,
        kind: 'NEW_BUILD',
        stage: 'NEGOTIATING',
        leadUnitId: lockedUnit ?? undefined,
      },
    [editing, lockedUnit],
  );
  useEffect(() => {
    if (props.open) {
      form.resetFields();
      form.setFieldsValue(initial);
    }
  }, [props.open, form, initial]);

  const label = (field: string) => t(`projectField.${field}`);
  const required = (field: string): Rule => ({
    required: true,
    message: t('project.requiredField', { field: label(field) }),
  });
  const decimalRule: Rule = { pattern: DECIMAL, message: t('form.decimal') };
  const units = data?.units ?? [];
  const leadUnitOptions = unitOptions(units, t);
  const platformOptions = unitOptions(
    units.filter((u) => u.kind !== 'DEPARTMENT'),
    t,
  );

  const submit = async (values: FormValues) => {
    const clean = <T,>(v: T | undefined | '') => (v === undefined || v === '' ? null : v);
    const fields: ProjectValues = {
      name: values.name,
      investor: values.investor,
      industry: values.industry,
      source: values.source,
      isManufacturing: values.isManufacturing,
      isForeign: values.isForeign,
      foreignInvestmentUsd: values.isForeign ? clean(values.foreignInvestmentUsd) : null,
      totalInvestmentUsd: values.isForeign ? clean(values.totalInvestmentUsd) : null,
      isChainProject: values.isChainProject,
      kind: values.kind,
      totalInvestment: values.totalInvestment,
      fixedAssetInvestment: clean(values.fixedAssetInvestment),
      landArea: clean(values.landArea),
      leadUnitId: values.leadUnitId,
      platformId: clean(values.platformId),
      responsibleLeader: clean(values.responsibleLeader?.trim()),
      serviceOfficerId: clean(values.serviceOfficerId),
      latitude: clean(values.latitude),
      longitude: clean(values.longitude),
      address: clean(values.address?.trim()),
      likelihood: clean(values.likelihood),
      expectedSigningMonth: clean(values.expectedSigningMonth),
    };
    try {
      if (editing) {
        const changed = Object.fromEntries(
          Object.entries(fields).filter(([k, v]) => editing[k as keyof ProjectValues] !== v),
        );
        if (Object.keys(changed).length > 0) {
          await update({ variables: { id: editing.id, version: editing.version, input: changed } });
        }
        message.success(t('common.saved'));
        props.onClose();
      } else {
        const input: ProjectInput = {
          ...fields,
          stage: values.stage ?? 'NEGOTIATING',
          signedOn: values.stage === 'SIGNED' && values.signedOn ? values.signedOn.format('YYYY-MM-DD') : null,
        };
        const result = await create({ variables: { input } });
        message.success(t('common.saved'));
        props.onClose();
        if (result.data) navigate(`/projects/${result.data.createProject.id}`);
      }
    } catch (error) {
      onError(error, form);
    }
  };

  return (
    <Drawer
      title={editing ? t('project.edit') : t('project.create')}
      open={props.open}
      onClose={props.onClose}
      size="large"
      destroyOnHidden
      forceRender
      extra={
        <Space>
          <Button onClick={props.onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={created.loading || updated.loading} onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      <Form form={form} name="project" layout="vertical" onFinish={submit} scrollToFirstError>
        <Form.Item label={label('name')} name="name" rules={[required('name'), { max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item label={label('investor')} name="investor" rules={[required('investor'), { max: 100 }]}>
          <Input />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item label={label('industry')} name="industry" rules={[required('industry')]}>
              <Select options={industries.map((v) => ({ value: v, label: t(`industry.${v}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item label={label('source')} name="source" rules={[required('source')]}>
              <Select options={sources.map((v) => ({ value: v, label: t(`source.${v}`) }))} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          label={label('kind')}
          name="kind"
          rules={[required('kind')]}
          extra={editing?.signed ? t('project.kindSignedHint') : t('project.kindHint')}
        >
          <Select options={(data?.nodeTemplates ?? []).map((k) => ({ value: k.kind, label: names.kind(k) }))} />
        </Form.Item>
        <Space size="large" wrap>
          <Form.Item label={label('isManufacturing')} name="isManufacturing" valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item label={label('isChainProject')} name="isChainProject" valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item label={label('isForeign')} name="isForeign" valuePropName="checked">
            <Switch />
          </Form.Item>
        </Space>
        <Form.Item noStyle dependencies={['isForeign']}>
          {({ getFieldValue }) =>
            getFieldValue('isForeign') && (
              <Row gutter={12}>
                <Col xs={24} sm={12}>
                  <Form.Item
                    label={label('totalInvestmentUsd')}
                    name="totalInvestmentUsd"
                    rules={[required('totalInvestmentUsd'), decimalRule]}
                    extra={t('project.totalInvestmentUsdHint')}
                  >
                    <InputNumber stringMode min="0" style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12}>
                  <Form.Item label={label('foreignInvestmentUsd')} name="foreignInvestmentUsd" rules={[decimalRule]}>
                    <InputNumber stringMode min="0" style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
              </Row>
            )
          }
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item
              label={label('totalInvestment')}
              name="totalInvestment"
              rules={[
                required('totalInvestment'),
                decimalRule,
                {
                  validator: (_, v) =>
                    v && Number(v) <= 0 ? Promise.reject(new Error(t('form.positive'))) : Promise.resolve(),
                },
              ]}
            >
              <InputNumber stringMode min="0" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              label={label('fixedAssetInvestment')}
              name="fixedAssetInvestment"
              dependencies={['totalInvestment']}
              rules={[
                decimalRule,
                ({ getFieldValue }) => ({
                  validator: (_, v) =>
                    v && getFieldValue('totalInvestment') && Number(v) > Number(getFieldValue('totalInvestment'))
                      ? Promise.reject(new Error(t('form.fixedAsset')))
                      : Promise.resolve(),
                }),
              ]}
            >
              <InputNumber stringMode min="0" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item label={label('landArea')} name="landArea" rules={[decimalRule]}>
              <InputNumber stringMode min="0" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              label={label('responsibleLeader')}
              name="responsibleLeader"
              dependencies={['totalInvestment']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: (_, v) =>
                    needsResponsibleLeader(String(getFieldValue('totalInvestment') ?? '0')) && !v?.trim()
                      ? Promise.reject(new Error(t('form.leaderRequired')))
                      : Promise.resolve(),
                }),
              ]}
            >
              <AutoComplete
                options={(data?.leaders ?? []).map((l) => ({ value: l.displayName }))}
                filterOption={(input, option) => String(option?.value ?? '').includes(input)}
              />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item label={label('leadUnitId')} name="leadUnitId" rules={[required('leadUnitId')]}>
              <Select
                options={leadUnitOptions}
                disabled={lockedUnit !== null}
                showSearch={{ optionFilterProp: 'label' }}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item label={label('platformId')} name="platformId">
              <Select options={platformOptions} allowClear showSearch={{ optionFilterProp: 'label' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item noStyle dependencies={['leadUnitId']}>
          {({ getFieldValue }) => (
            <ServiceOfficerField unitId={getFieldValue('leadUnitId')} label={label('serviceOfficerId')} />
          )}
        </Form.Item>
        <Form.Item label={label('address')} name="address" rules={[{ max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item noStyle dependencies={['stage']}>
          {({ getFieldValue }) =>
            (editing ? !editing.signed : getFieldValue('stage') !== 'SIGNED') && (
              <Row gutter={12}>
                <Col xs={12}>
                  <Form.Item label={label('likelihood')} name="likelihood">
                    <Select allowClear options={likelihoods.map((l) => ({ value: l, label: t(`likelihood.${l}`) }))} />
                  </Form.Item>
                </Col>
                <Col xs={12}>
                  <Form.Item
                    label={label('expectedSigningMonth')}
                    name="expectedSigningMonth"
                    getValueProps={(v: string | null) => ({ value: v ? dayjs(v) : null })}
                    normalize={(d: Dayjs | null) => (d ? d.format('YYYY-MM') : null)}
                  >
                    <DatePicker picker="month" style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
              </Row>
            )
          }
        </Form.Item>
        <Row gutter={12}>
          <Col xs={12}>
            <Form.Item label={label('latitude')} name="latitude">
              <InputNumber min={-90} max={90} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item label={label('longitude')} name="longitude">
              <InputNumber min={-180} max={180} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        {!editing && (
          <>
            <Form.Item label={label('stage')} name="stage">
              <Radio.Group options={creationStages.map((stage) => ({ value: stage, label: t(`stage.${stage}`) }))} />
            </Form.Item>
            <Form.Item noStyle dependencies={['stage']}>
              {({ getFieldValue }) =>
                getFieldValue('stage') === 'SIGNED' && (
                  <Form.Item label={label('signedOn')} name="signedOn" rules={[required('signedOn')]}>
                    <DatePicker
                      disabledDate={(d) => Boolean(today && d.isAfter(today, 'day'))}
                      style={{ width: '100%' }}
                    />
                  </Form.Item>
                )
              }
            </Form.Item>
          </>
        )}
      </Form>
    </Drawer>
  );
}

/** 首席服务员: one of the lead unit's promoters. */
function ServiceOfficerField({ unitId, label }: { unitId: string | undefined; label: string }) {
  const { data } = useQuery(UnitPromotersQuery, { variables: { unitId: unitId ?? '' }, skip: !unitId });
  return (
    <Form.Item label={label} name="serviceOfficerId">
      <Select allowClear options={(data?.unitPromoters ?? []).map((u) => ({ value: u.id, label: u.displayName }))} />
    </Form.Item>
  );
}

import { useQuery } from '@apollo/client/react';
import { leadSources, leadStatuses } from '@zdyq/db/values';
import { Button, Card, Checkbox, Flex, Input, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { LeadSource, LeadStatus, LeadsQuery as LeadsData } from '../../gql/graphql';
import { withLanguage } from '../../i18n';
import { useCan } from '../auth/session';
import { LeadsQuery } from './graphql';
import { LeadFormModal } from './LeadForm';
import { LeadImportModal } from './LeadImport';

type LeadRow = LeadsData['leads']['nodes'][number];

const statusColor: Record<LeadStatus, string> = {
  NEW: 'blue',
  FOLLOWING: 'processing',
  CONVERTED: 'green',
  DROPPED: 'default',
};

export function LeadStatusTag({ status }: { status: LeadStatus }) {
  const { t } = useTranslation();
  return <Tag color={statusColor[status]}>{t(`leadStatus.${status}`)}</Tag>;
}

/** 招商线索: filter by status, source and 撞单, search by title, investor or credit code, newest received first. */
export function LeadList() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canCreate = useCan('lead.write');
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<LeadStatus[]>([]);
  const [source, setSource] = useState<LeadSource[]>([]);
  const [conflict, setConflict] = useState(false);
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const filter = {
    search: search || null,
    status: status.length ? status : null,
    source: source.length ? source : null,
    conflict: conflict ? true : null,
  };
  const { data, loading, fetchMore, refetch } = useQuery(LeadsQuery, { variables: { filter, first: 50 } });
  const query = new URLSearchParams(
    Object.entries({
      search,
      status: status.join(','),
      source: source.join(','),
      conflict: conflict ? 'true' : '',
    }).filter(([, v]) => v !== ''),
  ).toString();
  const exportUrl = withLanguage(`/api/leads.xlsx${query ? `?${query}` : ''}`);
  const page = data?.leads;
  return (
    <Card>
      <Flex justify="space-between" wrap gap={12} style={{ marginBottom: 12 }}>
        <h1 style={{ fontSize: 20, margin: 0 }}>{t('lead.title')}</h1>
        <Flex gap={8}>
          <Button href={exportUrl}>{t('lead.export')}</Button>
          {canCreate && <Button onClick={() => setImporting(true)}>{t('lead.import')}</Button>}
          {canCreate && (
            <Button type="primary" onClick={() => setCreating(true)}>
              {t('lead.create')}
            </Button>
          )}
        </Flex>
      </Flex>
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder={t('lead.search')}
          aria-label={t('lead.search')}
          onSearch={setSearch}
          style={{ maxWidth: 320 }}
        />
        <Select
          mode="multiple"
          allowClear
          placeholder={t('lead.status')}
          aria-label={t('lead.status')}
          style={{ minWidth: 160 }}
          value={status}
          onChange={setStatus}
          options={leadStatuses.map((s) => ({ value: s, label: t(`leadStatus.${s}`) }))}
        />
        <Select
          mode="multiple"
          allowClear
          placeholder={t('lead.source')}
          aria-label={t('lead.source')}
          style={{ minWidth: 160 }}
          value={source}
          onChange={setSource}
          options={leadSources.map((s) => ({ value: s, label: t(`leadSource.${s}`) }))}
        />
        <Checkbox checked={conflict} onChange={(e) => setConflict(e.target.checked)}>
          {t('lead.conflictOnly')}
        </Checkbox>
      </Flex>
      <Table<LeadRow>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={page?.nodes ?? []}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{ emptyText: t('lead.empty') }}
        columns={[
          {
            title: t('lead.name'),
            key: 'title',
            fixed: 'left',
            render: (_, l) => (
              <>
                <Link to={`/leads/${l.id}`}>{l.title}</Link>
                {l.conflict && (
                  <Tag color="red" style={{ marginInlineStart: 8 }}>
                    {t('lead.conflict')}
                  </Tag>
                )}
              </>
            ),
          },
          { title: t('lead.investor'), key: 'investor', render: (_, l) => l.investor.name },
          { title: t('lead.status'), key: 'status', render: (_, l) => <LeadStatusTag status={l.status} /> },
          { title: t('lead.source'), key: 'source', render: (_, l) => t(`leadSource.${l.source}`) },
          { title: t('lead.intendedInvestment'), dataIndex: 'intendedInvestment', align: 'right' },
          { title: t('lead.unit'), key: 'unit', render: (_, l) => l.unit.name },
          { title: t('lead.owner'), key: 'owner', render: (_, l) => l.owner?.displayName ?? '—' },
          { title: t('lead.receivedOn'), dataIndex: 'receivedOn' },
        ]}
      />
      {page?.pageInfo.hasNextPage && (
        <Flex justify="center" style={{ marginTop: 12 }}>
          <Button
            onClick={() =>
              void fetchMore({
                variables: { after: page.pageInfo.endCursor },
                updateQuery: (before, { fetchMoreResult }) => ({
                  leads: {
                    ...fetchMoreResult.leads,
                    nodes: [...(before.leads?.nodes ?? []), ...fetchMoreResult.leads.nodes],
                  },
                }),
              })
            }
          >
            {t('lead.more')}
          </Button>
        </Flex>
      )}
      <LeadImportModal open={importing} onClose={() => setImporting(false)} onImported={() => refetch()} />
      <LeadFormModal open={creating} onClose={() => setCreating(false)} onCreated={(id) => navigate(`/leads/${id}`)} />
    </Card>
  );
}

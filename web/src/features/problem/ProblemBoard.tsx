import { useQuery } from '@apollo/client/react';
import { escalationLevels, problemStatuses } from '@zdyq/db/values';
import { Badge, Card, Checkbox, Col, Empty, Flex, Input, Row, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { EscalationLevel, ProblemCategory, ProblemFilter, ProblemStatus } from '../../gql/graphql';
import { useSession } from '../auth/session';
import { categories } from './RaiseProblemModal';
import { LevelTag } from './tags';

const ProblemBoardQuery = graphql(`
  query ProblemBoard($filter: ProblemFilter) {
    problems(filter: $filter, first: 200) {
      totalCount
      nodes {
        id
        title
        status
        level
        category
        dueOn
        overdue
        leadUnit {
          id
          name
        }
        project {
          id
          name
        }
      }
    }
  }
`);

const statuses: readonly ProblemStatus[] = problemStatuses;
const levels: readonly EscalationLevel[] = escalationLevels;

/** 问题督办: a column per status, overdue first (the server's order), with the level on every card. */
export function ProblemBoard() {
  const { t } = useTranslation();
  const { me } = useSession();
  const [filter, setFilter] = useState<ProblemFilter>({});
  const { data, loading } = useQuery(ProblemBoardQuery, { variables: { filter } });
  const nodes = data?.problems.nodes ?? [];
  const set = <K extends keyof ProblemFilter>(key: K, value: ProblemFilter[K]) =>
    setFilter((f) => ({ ...f, [key]: Array.isArray(value) && value.length === 0 ? undefined : value }));

  return (
    <Card title={<h1 style={{ fontSize: 18, margin: 0 }}>{t('problem.board')}</h1>} loading={loading && !data}>
      <Flex wrap gap={8} style={{ marginBottom: 16 }} align="center">
        <Input.Search
          allowClear
          placeholder={t('problem.search')}
          aria-label={t('problem.search')}
          style={{ width: 240 }}
          onSearch={(v) => set('search', v || undefined)}
        />
        <Select
          mode="multiple"
          allowClear
          placeholder={t('problem.allLevels')}
          aria-label={t('problem.allLevels')}
          style={{ minWidth: 160 }}
          options={levels.map((l) => ({ value: l, label: t(`level.${l}`) }))}
          onChange={(v: EscalationLevel[]) => set('level', v)}
        />
        <Select
          mode="multiple"
          allowClear
          placeholder={t('problem.allCategories')}
          aria-label={t('problem.allCategories')}
          style={{ minWidth: 160 }}
          options={categories.map((c) => ({ value: c, label: t(`category.${c}`) }))}
          onChange={(v: ProblemCategory[]) => set('category', v)}
        />
        {me.unit && (
          <Checkbox onChange={(e) => set('unitId', e.target.checked ? me.unit?.id : undefined)}>
            {t('problem.mine')}
          </Checkbox>
        )}
      </Flex>
      <Row gutter={[12, 12]}>
        {statuses.map((status) => {
          const column = nodes.filter((p) => p.status === status);
          return (
            <Col key={status} xs={24} md={12} xl={6}>
              <section aria-label={t(`problemStatus.${status}`)}>
                <Card
                  size="small"
                  title={
                    <Space>
                      {t(`problemStatus.${status}`)}
                      <Badge count={column.length} showZero color="#8c8c8c" />
                    </Space>
                  }
                  styles={{ body: { background: '#fafafa', minHeight: 120 } }}
                >
                  {column.length === 0 && (
                    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('problem.empty')} />
                  )}
                  <Flex vertical gap={8}>
                    {column.map((p) => (
                      <Card key={p.id} size="small" style={p.overdue ? { borderColor: '#ff4d4f' } : undefined}>
                        <Link to={`/problems/${p.id}`}>{p.title}</Link>
                        <div>
                          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                            {p.project.name}
                          </Typography.Text>
                        </div>
                        <Space size={4} wrap style={{ marginTop: 4 }}>
                          <LevelTag level={p.level} />
                          <Typography.Text style={{ fontSize: 12 }}>{t(`category.${p.category}`)}</Typography.Text>
                          <Typography.Text style={{ fontSize: 12 }}>{p.leadUnit.name}</Typography.Text>
                          {p.dueOn && (
                            <Typography.Text type={p.overdue ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
                              {p.overdue ? `${t('problem.overdue')} · ` : ''}
                              {p.dueOn}
                            </Typography.Text>
                          )}
                        </Space>
                      </Card>
                    ))}
                  </Flex>
                </Card>
              </section>
            </Col>
          );
        })}
      </Row>
    </Card>
  );
}

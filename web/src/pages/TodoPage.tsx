import { useMutation, useQuery } from '@apollo/client/react';
import { Card, Empty, Flex, List, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MarkTodoSeenMutation, MyTodoQuery } from '../features/todo/graphql';
import type { MyTodoQuery as MyTodoResult, TodoKind } from '../gql/graphql';

type Item = MyTodoResult['myTodo'][number];

/** The order the groups are shown in: what is late first. */
const kinds: TodoKind[] = [
  'NODE_OVERDUE',
  'PROBLEM_OVERDUE',
  'RED_PROJECT',
  'AWAITING_INSTRUCTION',
  'RECTIFY_DUE',
  'NODE_DUE',
  'PROBLEM_DUE',
  'REPORT_MISSING',
  'INSPECTION_DUE',
];

/** Where an item is done: its problem, its project, or the page of its kind. */
function linkOf(item: Item): string {
  if (item.problem) return `/problems/${item.problem.id}`;
  if (item.kind === 'REPORT_MISSING') return '/reports';
  if (item.project) return `/projects/${item.project.id}`;
  if (item.kind === 'NODE_OVERDUE') return '/projects?warning=OVERDUE_NODE';
  if (item.kind === 'PROBLEM_OVERDUE') return '/problems';
  return '/';
}

/** 我的待办: the user's items grouped by kind, overdue first; opening it marks them seen. */
export default function TodoPage() {
  const { t } = useTranslation();
  const { data, loading } = useQuery(MyTodoQuery, { fetchPolicy: 'cache-and-network' });
  const [markSeen] = useMutation(MarkTodoSeenMutation, { refetchQueries: [MyTodoQuery] });
  const items = data?.myTodo ?? [];
  const unseenIds = items.filter((i) => !i.seen).map((i) => i.id);
  const unseenKey = unseenIds.join(',');

  useEffect(() => {
    if (unseenKey) void markSeen({ variables: { ids: unseenKey.split(',') } }).catch(() => undefined);
  }, [unseenKey, markSeen]);

  const groups = kinds
    .map((kind) => ({ kind, items: items.filter((i) => i.kind === kind) }))
    .filter((g) => g.items.length > 0);

  return (
    <Card title={<h1 style={{ fontSize: 18, margin: 0 }}>{t('todo.title')}</h1>} loading={loading && !data}>
      {groups.length === 0 ? (
        <Empty description={t('todo.empty')} />
      ) : (
        <Flex vertical gap={16}>
          {groups.map((group) => (
            <section key={group.kind} aria-label={t(`todo.kind.${group.kind}`)}>
              <Typography.Title level={5} style={{ marginTop: 0 }}>
                {t(`todo.kind.${group.kind}`)} <Tag>{group.items.length}</Tag>
              </Typography.Title>
              <List
                size="small"
                bordered
                dataSource={group.items}
                renderItem={(item) => (
                  <List.Item
                    extra={
                      item.dueOn ? (
                        <Tag color={item.overdue ? 'red' : 'orange'}>
                          {t(item.overdue ? 'todo.wasDue' : 'todo.due', { date: item.dueOn })}
                        </Tag>
                      ) : null
                    }
                  >
                    <Link to={linkOf(item)}>
                      {!item.seen && <Tag color="blue">{t('todo.new')}</Tag>}
                      {item.title}
                    </Link>
                  </List.Item>
                )}
              />
            </section>
          ))}
        </Flex>
      )}
    </Card>
  );
}

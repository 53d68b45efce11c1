import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Empty, Flex, List, Tabs, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import {
  MarkNotificationsReadMutation,
  MarkTodoSeenMutation,
  MyNotificationsQuery,
  MyTodoQuery,
  UnreadCountQuery,
} from '../features/todo/graphql';
import type { MyTodoQuery as MyTodoResult, TodoKind } from '../gql/graphql';

type Item = MyTodoResult['myTodo'][number];

/** The order the groups are shown in: what is late first. */
const kinds: TodoKind[] = [
  'TARGET_PERIOD_ENDED',
  'LEAD_CONFLICT',
  'NODE_OVERDUE',
  'PROBLEM_OVERDUE',
  'DECISION_OVERDUE',
  'RED_PROJECT',
  'AWAITING_INSTRUCTION',
  'RECTIFY_DUE',
  'NODE_DUE',
  'PROBLEM_DUE',
  'DECISION_DUE',
  'REPORT_RETURNED',
  'REPORT_TO_REVIEW',
  'REPORT_NO_REVIEWER',
  'REPORT_MISSING',
  'INSPECTION_DUE',
  'FOLLOW_UP_DUE',
];

/** Where an item is done: its problem, its project, or the page of its kind. */
function linkOf(item: Item): string {
  if (item.problem) return `/problems/${item.problem.id}`;
  // A lead's follow-up or 撞单 is done on the lead, until it became a project.
  if (item.lead && !(item.kind === 'FOLLOW_UP_DUE' && item.project)) return `/leads/${item.lead.id}`;
  if (
    item.kind === 'REPORT_MISSING' ||
    item.kind === 'REPORT_RETURNED' ||
    item.kind === 'REPORT_TO_REVIEW' ||
    item.kind === 'REPORT_NO_REVIEWER'
  )
    return '/reports';
  if (item.kind === 'TARGET_PERIOD_ENDED') return '/admin?tab=targets';
  if (item.project) return `/projects/${item.project.id}`;
  if (item.kind === 'NODE_OVERDUE') return '/projects?warning=OVERDUE_NODE';
  if (item.kind === 'PROBLEM_OVERDUE') return '/problems';
  return '/';
}

/** 我的待办 and 通知: what to do, and what happened that concerns me. */
export default function TodoPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const unread =
    useQuery(UnreadCountQuery, { fetchPolicy: 'cache-and-network' }).data?.myNotifications.unreadCount ?? 0;
  return (
    <Card title={<h1 style={{ fontSize: 18, margin: 0 }}>{t('todo.title')}</h1>}>
      <Tabs
        activeKey={params.get('tab') === 'notifications' ? 'notifications' : 'todo'}
        onChange={(key) => setParams(key === 'todo' ? {} : { tab: key }, { replace: true })}
        items={[
          { key: 'todo', label: t('todo.items'), children: <TodoList /> },
          {
            key: 'notifications',
            label: (
              <Badge count={unread} size="small" offset={[8, 0]}>
                {t('todo.notifications')}
              </Badge>
            ),
            children: <Notifications />,
            destroyOnHidden: true,
          },
        ]}
      />
    </Card>
  );
}

/** The user's items grouped by kind, overdue first; opening the list marks them seen. */
function TodoList() {
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

  if (loading && !data) return null;
  return (
    <>
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
    </>
  );
}

function Notifications() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data, loading, fetchMore } = useQuery(MyNotificationsQuery, { fetchPolicy: 'cache-and-network' });
  const [markRead] = useMutation(MarkNotificationsReadMutation, {
    refetchQueries: [MyNotificationsQuery, UnreadCountQuery],
  });
  const page = data?.myNotifications;
  const open = async (id: string, link: string | null) => {
    await markRead({ variables: { ids: [id] } }).catch(() => undefined);
    if (link) navigate(link);
  };
  return (
    <Flex vertical gap={12}>
      <Button
        style={{ alignSelf: 'flex-start' }}
        disabled={!page?.unreadCount}
        onClick={() => void markRead({ variables: { ids: null } })}
      >
        {t('todo.markAllRead')}
      </Button>
      <List
        loading={loading && !data}
        bordered
        locale={{ emptyText: t('todo.noNotifications') }}
        dataSource={page?.nodes ?? []}
        renderItem={(n) => (
          <List.Item
            extra={<Typography.Text type="secondary">{dayjs(n.createdAt).format('MM-DD HH:mm')}</Typography.Text>}
          >
            <List.Item.Meta
              title={
                <Button
                  type="link"
                  style={{ padding: 0, height: 'auto' }}
                  onClick={() => void open(n.id, n.link ?? null)}
                >
                  {!n.read && <Tag color="blue">{t('todo.new')}</Tag>}
                  {n.title}
                </Button>
              }
              description={<span style={{ whiteSpace: 'pre-line' }}>{n.body}</span>}
            />
          </List.Item>
        )}
      />
      {page?.pageInfo.hasNextPage && (
        <Button
          style={{ alignSelf: 'flex-start' }}
          onClick={() =>
            fetchMore({
              variables: { after: page.pageInfo.endCursor },
              updateQuery: (prev, { fetchMoreResult }) => ({
                myNotifications: {
                  ...fetchMoreResult.myNotifications,
                  nodes: [...(prev.myNotifications?.nodes ?? []), ...fetchMoreResult.myNotifications.nodes],
                },
              }),
            })
          }
        >
          {t('common.loadMore')}
        </Button>
      )}
    </Flex>
  );
}

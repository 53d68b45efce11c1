import { BellOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Badge, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { MyTodoQuery, UnreadCountQuery } from './graphql';

/** Five minutes: a to-do changes with the working day, not by the second; a phone on 3G pays little. */
const POLL_MS = 5 * 60_000;

/** The header's bell: to-do items not yet seen and notifications not yet read; red when any item is overdue. */
export function TodoBell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data } = useQuery(MyTodoQuery, { pollInterval: POLL_MS, fetchPolicy: 'cache-and-network' });
  const unread = useQuery(UnreadCountQuery, { pollInterval: POLL_MS, fetchPolicy: 'cache-and-network' });
  const items = data?.myTodo ?? [];
  const unseen = items.filter((i) => !i.seen);
  const overdue = unseen.some((i) => i.overdue);
  const count = unseen.length + (unread.data?.myNotifications.unreadCount ?? 0);
  return (
    <Button type="text" onClick={() => navigate('/todo')} data-testid="todo-bell">
      <span className="sr-only">{t('todo.bell', { count })}</span>
      <span aria-hidden>
        <Badge count={count} size="small" color={overdue ? '#cf1322' : '#ad4e00'} overflowCount={99}>
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      </span>
    </Button>
  );
}

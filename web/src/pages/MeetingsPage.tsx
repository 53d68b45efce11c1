import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { BulletinList } from '../features/meeting/BulletinList';
import { MeetingList } from '../features/meeting/MeetingList';

/** 调度会商: the meetings with their 议定事项, and the 督查通报. */
export default function MeetingsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  return (
    <Card title={<h1 style={{ fontSize: 18, margin: 0 }}>{t('meeting.title')}</h1>}>
      <Tabs
        activeKey={params.get('tab') === 'bulletins' ? 'bulletins' : 'meetings'}
        onChange={(key) => setParams(key === 'meetings' ? {} : { tab: key }, { replace: true })}
        items={[
          { key: 'meetings', label: t('meeting.meetings'), children: <MeetingList /> },
          { key: 'bulletins', label: t('meeting.bulletins'), children: <BulletinList /> },
        ]}
      />
    </Card>
  );
}

import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DeliveriesPanel } from '../features/admin/DeliveriesPanel';
import { GradesPanel } from '../features/admin/GradesPanel';
import { LeaderLinksPanel } from '../features/admin/LeaderLinksPanel';
import { NodeTemplatesPanel } from '../features/admin/NodeTemplatesPanel';
import { RacePanel } from '../features/admin/RacePanel';
import { TargetsPanel } from '../features/admin/TargetsPanel';
import { UnitsPanel } from '../features/admin/UnitsPanel';
import { UsersPanel } from '../features/admin/UsersPanel';
import { WeightsPanel } from '../features/admin/WeightsPanel';
import { BackupsPanel } from '../features/backup/BackupsPanel';

export default function AdminPage() {
  const { t } = useTranslation();
  // The tab is in the address (?tab=backups), so a notification can link to it.
  const [search, setSearch] = useSearchParams();
  return (
    <Card title={<h1 style={{ fontSize: 18, margin: 0 }}>{t('nav.admin')}</h1>}>
      <Tabs
        activeKey={search.get('tab') ?? 'users'}
        onChange={(tab) => setSearch({ tab }, { replace: true })}
        items={[
          { key: 'users', label: t('admin.users'), children: <UsersPanel /> },
          { key: 'units', label: t('admin.units'), children: <UnitsPanel /> },
          { key: 'targets', label: t('targetAdmin.targets'), children: <TargetsPanel /> },
          { key: 'weights', label: t('targetAdmin.weights'), children: <WeightsPanel /> },
          { key: 'race', label: t('targetAdmin.race'), children: <RacePanel /> },
          { key: 'leaders', label: t('leader.links'), children: <LeaderLinksPanel />, destroyOnHidden: true },
          { key: 'grades', label: t('targetAdmin.grades'), children: <GradesPanel /> },
          { key: 'templates', label: t('nodeTemplate.tab'), children: <NodeTemplatesPanel /> },
          { key: 'deliveries', label: t('notify.failures'), children: <DeliveriesPanel />, destroyOnHidden: true },
          { key: 'backups', label: t('backup.tab'), children: <BackupsPanel />, destroyOnHidden: true },
        ]}
      />
    </Card>
  );
}

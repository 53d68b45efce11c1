import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { DeliveriesPanel } from '../features/admin/DeliveriesPanel';
import { GradesPanel } from '../features/admin/GradesPanel';
import { LeaderLinksPanel } from '../features/admin/LeaderLinksPanel';
import { NodeTemplatesPanel } from '../features/admin/NodeTemplatesPanel';
import { RacePanel } from '../features/admin/RacePanel';
import { TargetsPanel } from '../features/admin/TargetsPanel';
import { UnitsPanel } from '../features/admin/UnitsPanel';
import { UsersPanel } from '../features/admin/UsersPanel';
import { WeightsPanel } from '../features/admin/WeightsPanel';

export default function AdminPage() {
  const { t } = useTranslation();
  return (
    <Card title={<h1 style={{ fontSize: 18, margin: 0 }}>{t('nav.admin')}</h1>}>
      <Tabs
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
        ]}
      />
    </Card>
  );
}

import { ReportSheet } from '../features/report/ReportSheet';

export default function ReportsPage() {
  return <ReportSheet />;
}

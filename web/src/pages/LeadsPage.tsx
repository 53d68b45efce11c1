import { LeadList } from '../features/lead/LeadList';

export default function LeadsPage() {
  return <LeadList />;
}

import { InspectionsDue } from '../features/compliance/InspectionsDue';

export default function CompliancePage() {
  return <InspectionsDue />;
}

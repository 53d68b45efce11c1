import { useParams } from 'react-router';
import { LeadDetail } from '../features/lead/LeadDetail';

export default function LeadPage() {
  const { id } = useParams();
  return id ? <LeadDetail id={id} /> : null;
}

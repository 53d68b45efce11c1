import { useParams } from 'react-router';
import { MeetingDetail } from '../features/meeting/MeetingDetail';

export default function MeetingPage() {
  const { id } = useParams();
  return id ? <MeetingDetail id={id} /> : null;
}

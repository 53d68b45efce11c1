import { useParams } from 'react-router';
import { ProblemDetail } from '../features/problem/ProblemDetail';

export default function ProblemPage() {
  const { id } = useParams();
  return id ? <ProblemDetail id={id} /> : null;
}

import { ProblemBoard } from '../features/problem/ProblemBoard';

export default function ProblemsPage() {
  return <ProblemBoard />;
}

import { useParams } from 'react-router';
import { ProjectDetail } from '../features/project/ProjectDetail';

export default function ProjectPage() {
  const { id } = useParams();
  return id ? <ProjectDetail id={id} /> : null;
}

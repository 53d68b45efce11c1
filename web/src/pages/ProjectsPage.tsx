import { ProjectList } from '../features/project/ProjectList';

export default function ProjectsPage() {
  return <ProjectList />;
}

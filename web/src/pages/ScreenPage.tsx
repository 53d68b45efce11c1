import { WallScreen } from '../features/battle/WallScreen';

export default function ScreenPage() {
  return <WallScreen />;
}

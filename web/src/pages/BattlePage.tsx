import { BattleBoard } from '../features/battle/BattleBoard';

export default function BattlePage() {
  return <BattleBoard />;
}

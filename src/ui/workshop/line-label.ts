// Who speaks a scene line, as the control screen and the projector both label it.
import type { SceneLine } from '../../workshop/workshop-flow.ts';
import type { Dict } from '../i18n/index.ts';

/** "Sam's alarm: ", "Coach: ", "You: ", "Sam: ", or nothing for narration. */
export function lineLabel(game: Dict, name: string, line: Pick<SceneLine, 'role' | 'speaker'>): string {
  if (line.role === 'inner') return `${game.play.inner(name)}: `;
  if (line.role === 'coach') return `${game.play.coach}: `;
  if (line.role === 'speech') return `${line.speaker === 'you' ? game.play.you : name}: `;
  return '';
}

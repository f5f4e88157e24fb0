import type { Framework } from '../framework/index.ts';
import type { ArchetypeId } from '../schemas/index.ts';
import { closest } from '../validation/nearest.ts';
import { nameKey } from '../text/name-key.ts';

/**
 * The archetypes a comma-separated list names (`drivers,users`, or their names, in any case),
 * in framework order; or a message that lists the archetypes, for a person typing a command.
 */
export function archetypeSelection(
  framework: Framework,
  text: string | undefined,
): { ids: ArchetypeId[] } | { error: string } {
  const all = framework.archetypes.map((a) => `${a.id} (${a.name})`).join(', ');
  const words = (text ?? '')
    .split(',')
    .map((w) => w.trim())
    .filter((w) => w !== '');
  if (words.length === 0) return { error: `Name one or more archetypes with --archetypes: ${all}.` };
  const chosen = new Set<ArchetypeId>();
  for (const word of words) {
    const found = framework.archetypes.find(
      (a) => a.id === nameKey(word) || nameKey(a.name) === nameKey(word),
    );
    if (!found) {
      const meant = closest(
        word,
        framework.archetypes.map((a) => ({ id: a.id, names: [a.name] })),
      );
      return {
        error: `Unknown archetype "${word}"${meant ? ` (did you mean ${meant}?)` : ''}. The archetypes are: ${all}.`,
      };
    }
    chosen.add(found.id);
  }
  return { ids: framework.archetypes.map((a) => a.id).filter((id) => chosen.has(id)) };
}

import { unchanged, type ArchetypeChanges, type FrameworkDiff } from './framework-diff.ts';
import { escapeMarkdown as md } from './markdown.ts';

/**
 * Last line of the report (invisible in a comment), so a workflow can find and update its own
 * pull-request comment; the report itself starts with its heading.
 */
export const DIFF_MARKER = '<!-- framework-diff -->';

/**
 * The change report as GitHub Markdown, for a pull-request comment: the edition, then each
 * archetype's changes, then recommendations. Archetypes without changes share one line.
 * Text from content is escaped, so a title can never break the comment.
 */
export function diffMarkdown(diff: FrameworkDiff, ref: string): string {
  const lines = [`## Framework changes since \`${ref.replace(/`/g, '')}\``, ''];
  const { before, after } = diff.edition;
  lines.push(
    before === undefined
      ? `There was no framework content at \`${ref.replace(/`/g, '')}\`: everything is new. Edition **${md(after)}**.`
      : before === after
        ? `Edition **${md(after)}** (unchanged). Competencies: ${diff.competencyCount.before} → ${diff.competencyCount.after}.`
        : `Edition **${md(before)}** → **${md(after)}**. Competencies: ${diff.competencyCount.before} → ${diff.competencyCount.after}.`,
    '',
  );
  const changed = diff.archetypes.filter((a) => !unchanged(a));
  const quiet = diff.archetypes.filter(unchanged);
  if (changed.length === 0 && diff.recommendations.length === 0) {
    lines.push('No competency, level or recommendation changed for any archetype.', '');
  }
  for (const archetype of changed) lines.push(...archetypeSection(archetype));
  if (changed.length > 0 && quiet.length > 0) {
    lines.push(`No changes for ${quiet.map((a) => md(a.name)).join(', ')}.`, '');
  }
  if (diff.recommendations.length > 0) {
    lines.push('### Recommendations', '');
    for (const r of diff.recommendations) {
      const what = `${r.number}. ${md(r.title)} (\`${r.id}\`)`;
      lines.push(
        r.change === 'changed'
          ? `- **Changed:** ${what}: ${r.fields.join(', ')}`
          : `- **${r.change === 'added' ? 'Added' : 'Removed'}:** ${what}`,
      );
    }
    lines.push('');
  }
  if (diff.placeholders.length > 0) {
    lines.push(
      '### ⚠ Placeholders left',
      '',
      'These files still contain TODO text from `npm run new`; replace it before merging:',
      '',
      ...diff.placeholders.map((file) => `- \`${file}\``),
      '',
    );
  }
  return `${lines.join('\n').trimEnd()}\n\n${DIFF_MARKER}\n`;
}

function archetypeSection(a: ArchetypeChanges): string[] {
  const counts = [
    [a.added.length, 'added'],
    [a.removed.length, 'removed'],
    [a.merged.length, 'merged'],
    [a.relevelled.length, 're-levelled'],
    [a.reworded.length, 'reworded'],
    [a.changed.length, 'changed'],
  ]
    .filter(([n]) => n)
    .map(([n, label]) => `${n} ${label}`)
    .join(', ');
  const name = (c: { id: string; title: string }) => `${md(c.title)} (\`${c.id}\`)`;
  return [
    `### ${md(a.name)} (${counts})`,
    '',
    ...list(
      'Added',
      a.added.map((c) => `${name(c)} at *${md(c.level)}*`),
    ),
    ...list(
      'Removed',
      a.removed.map((c) => `${name(c)} (was *${md(c.level)}*)`),
    ),
    ...list(
      'Merged',
      a.merged.map((c) => `${name(c)} (was *${md(c.level)}*) into ${name(c.into)}`),
    ),
    ...list(
      'Re-levelled',
      a.relevelled.map((c) => `${name(c)}: *${md(c.from)}* → *${md(c.to)}*`),
    ),
    ...list(
      'Reworded',
      a.reworded.map(
        (c) =>
          `${name(c)}: ${c.fields.join(', ')}${c.oldTitle === undefined ? '' : ` (title was "${md(c.oldTitle)}")`}`,
      ),
    ),
    ...list(
      'Other changes',
      a.changed.map(
        (c) => `${name(c)}: ${c.fields.map((f) => `${f.field} ${md(f.from)} → ${md(f.to)}`).join('; ')}`,
      ),
    ),
  ];
}

function list(heading: string, items: string[]): string[] {
  return items.length === 0 ? [] : [`**${heading}**`, '', ...items.map((item) => `- ${item}`), ''];
}

/** The report when one side cannot be compared because its content does not pass the checks. */
export function diffFailureMarkdown(
  ref: string,
  where: string,
  problems: ReadonlyArray<{ file: string; line: number; message: string; code: string }>,
): string {
  return [
    `## Framework changes since \`${ref.replace(/`/g, '')}\``,
    '',
    `The content ${where} does not pass \`npm run check\` (${problems.length} ${problems.length === 1 ? 'error' : 'errors'}), so the framework cannot be compared. ${problems.length > 5 ? 'The first five:' : 'Fix this first:'}`,
    '',
    ...problems.slice(0, 5).map((p) => `- \`${p.file}:${p.line}\` ${md(p.message)} (\`${p.code}\`)`),
    '',
    DIFF_MARKER,
    '',
  ].join('\n');
}

import type { EntityDetail, EntityKind } from '../api/types.ts';
import { formatDate, KIND_NOUNS, period } from './phrasing.ts';

/**
 * An organisation's history, as the detail panel tells it: when it began and ended, what it took over and what
 * took it over, and the region, area team or local office, STP or ICB it belonged to in each period. Pure: read
 * from the entity's relationships, earliest first.
 */

const GROUP_KINDS: EntityKind[] = ['REGION', 'LOCAL_OFFICE', 'STP', 'INTEGRATED_CARE_BOARD'];

export interface HistoryLine {
  /** Sort key: the day the line starts (empty for an undated one, listed first). */
  day: string;
  text: string;
}

export function historyOf(detail: EntityDetail): HistoryLine[] {
  const lines: HistoryLine[] = [];
  if (detail.validFrom) lines.push({ day: detail.validFrom, text: `${capital(formatDate(detail.validFrom, 'start'))}: opened.` });
  for (const rel of detail.relationships) {
    const outgoing = rel.from.id === detail.id;
    const other = outgoing ? rel.to : rel.from;
    const day = rel.validFrom ?? '';
    const when = rel.validFrom ? capital(formatDate(rel.validFrom, 'start')) : 'Undated';
    if (rel.type === 'MERGED_INTO' || rel.type === 'SUCCEEDED_BY') {
      const verb = outgoing ? (rel.type === 'MERGED_INTO' ? 'merged into' : 'succeeded by') : rel.type === 'MERGED_INTO' ? 'took over' : 'took over from';
      lines.push({ day, text: `${when}: ${verb} ${other.name}.` });
    } else if (rel.type === 'PART_OF' && outgoing && GROUP_KINDS.includes(other.kind)) {
      const span = period(rel.validFrom, rel.validTo);
      lines.push({ day, text: `${capital(span || 'at some time')}: part of ${other.name} (${KIND_NOUNS[other.kind].one}).` });
    }
  }
  if (detail.validTo) lines.push({ day: detail.validTo, text: `${capital(formatDate(detail.validTo, 'end'))}: closed.` });
  return lines.sort((a, b) => a.day.localeCompare(b.day));
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

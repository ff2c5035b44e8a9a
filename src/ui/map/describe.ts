import type { Level, Service } from '../../core/pathway/types.ts';
import { keyTags, tagText } from '../common/tags.ts';

/**
 * The accessible name of a service node: "School — Universal — early intervention". It names what the
 * node shows (label, lane, badges), so speech and sight agree; the side panel lists every tag.
 */
export function serviceAriaLabel(
  service: Pick<Service, 'label' | 'tags'>,
  level: Pick<Level, 'label'>,
): string {
  const tags = keyTags(service.tags).map(tagText).join(', ');
  return [service.label, level.label, tags].filter((part) => part !== '').join(' — ');
}

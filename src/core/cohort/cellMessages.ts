import type { Pathway } from '../pathway/types.ts';
import { findIdentifier, KIND_LABEL } from './identifiers.ts';

/** A value quoted for a message: shortened, and masked if it looks identifying. */
export function showValue(value: string): string {
  const hit = findIdentifier(value);
  if (hit) return `"${hit.masked}" (masked: it looks like ${KIND_LABEL[hit.kind]})`;
  const v = value.length > 60 ? `${value.slice(0, 57)}…` : value;
  return JSON.stringify(v);
}

/** `"x" is not a service of pathway p; allowed: …` */
export function serviceMessage(pathway: Pathway, value: string): string {
  const ids = pathway.services.map((s) => s.id).join(', ');
  return `${showValue(value)} is not a service of pathway ${pathway.id}; allowed: ${ids} (service labels are accepted too).`;
}

import { decodeText } from '../core/cohort/decodeText.ts';
import { discoverPathway, type Discovery } from '../core/discover/discoverPathway.ts';
import { parseProfile } from '../core/profile/parseProfile.ts';
import { ok, type Result } from '../core/problems.ts';
import type { DiscoverRequest } from './protocol.ts';

/**
 * "Start from data" in the worker: the log read (through its import profile when one was given) and a
 * draft pathway discovered from it, exactly as `pathway-lens discover` does. A bad profile or log gives
 * its problems (file, row, column), never an exception.
 */
export function discoverInWorker(
  request: DiscoverRequest,
): Result<{ discovery: Discovery; ms: () => number }> {
  const started = performance.now();
  const text = typeof request.data === 'string' ? request.data : decodeText(request.data);
  let profile;
  if (request.profile) {
    const parsed = parseProfile(request.profile.text, request.profile.fileName);
    if (!parsed.ok) return parsed;
    profile = { profile: parsed.value, file: request.profile.fileName };
  }
  const found = discoverPathway(request.fileName, text, {
    profile,
    byteLength: typeof request.data === 'string' ? undefined : request.data.byteLength,
  });
  if (!found.ok) return found;
  return ok({ discovery: found.value, ms: () => performance.now() - started });
}

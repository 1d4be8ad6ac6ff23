import path from 'node:path';
import { findConfigFiles } from '../read/findConfigFiles.js';
import { hashFile } from './hashFile.js';
import type { ManifestEntry } from './manifest.js';

/**
 * Whether an issue's last build still stands: same settings, every output as it was written,
 * every input with the same content, and no bulletin.yaml added along the path since.
 *
 * @param file Absolute path of the issue.
 * @param folder The output folder (where the manifest is).
 * @param entry The manifest's entry for the issue, if any.
 * @param settings The current {@link buildSettings} for the entry's template.
 */
export async function isUpToDate(file: string, folder: string, entry: ManifestEntry | undefined, settings: string | undefined): Promise<boolean> {
  if (!entry || settings === undefined || entry.settings !== settings) return false;
  const outputs = Object.entries(entry.outputs);
  if (outputs.length === 0) return false;
  for (const [name, hash] of outputs) if ((await hashFile(path.join(folder, name))) !== hash) return false;
  const inputs = new Set<string>();
  for (const [relative, hash] of Object.entries(entry.inputs)) {
    const input = path.resolve(folder, relative);
    if ((await hashFile(input)) !== hash) return false;
    inputs.add(input);
  }
  if (!inputs.has(file)) return false;
  for (const config of await findConfigFiles(path.dirname(file))) if (!inputs.has(config)) return false;
  return true;
}

import { compact } from './compact.js';
import type { MetaLayer } from './metaSchema.js';

/**
 * Merge metadata layers, later over earlier: fields are replaced (lists too), except the
 * `secretariat`, `fonts` and `distribution` mappings, which are merged key by key so an issue
 * can change one secretariat line without repeating the rest.
 *
 * @param layers Farthest first (bulletin.yaml files, then front matter, then overrides).
 * @returns The merged layer.
 */
export function mergeLayers(layers: readonly MetaLayer[]): MetaLayer {
  let merged: MetaLayer = {};
  for (const layer of layers) {
    const secretariat = mergeMapping(merged.secretariat, layer.secretariat);
    const fonts = mergeMapping(merged.fonts, layer.fonts);
    const distribution = mergeMapping(merged.distribution, layer.distribution);
    merged = {
      ...merged,
      ...compact(layer),
      ...(secretariat === undefined ? {} : { secretariat }),
      ...(fonts === undefined ? {} : { fonts }),
      ...(distribution === undefined ? {} : { distribution }),
    };
  }
  return merged;
}

function mergeMapping<T extends object>(below: T | undefined, above: T | undefined): T | undefined {
  if (below === undefined) return above;
  if (above === undefined) return below;
  return { ...below, ...compact(above) };
}

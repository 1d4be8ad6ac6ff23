/**
 * Puts `value` in `map` under `key` as the most recently used entry (a Map keeps insertion order)
 * and drops the least recently used past `limit`.
 *
 * @returns The values dropped, oldest first.
 */
export function keepRecent<K, V>(map: Map<K, V>, key: K, value: V, limit: number): V[] {
  map.delete(key);
  map.set(key, value);
  const dropped: V[] = [];
  for (const [oldKey, oldValue] of map) {
    if (map.size <= limit) break;
    map.delete(oldKey);
    dropped.push(oldValue);
  }
  return dropped;
}

/** `T` with every `undefined` value left out, as `exactOptionalPropertyTypes` wants optional fields. */
export type Compact<T extends object> = { [K in keyof T]?: Exclude<T[K], undefined> };

/**
 * A shallow copy of `value` without its `undefined` entries. zod's partial objects type their
 * fields `T | undefined`, and a caller's `{title: undefined}` must not erase an inherited title.
 *
 * @param value An object.
 * @returns The same entries, minus those whose value is `undefined`.
 */
export function compact<T extends object>(value: T): Compact<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Compact<T>;
}

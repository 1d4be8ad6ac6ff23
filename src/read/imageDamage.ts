import type { MessageKey, MessageParams } from '../messages/catalogue.js';

/** The messages that say what is wrong inside a picture file; each also takes the image's `name`. */
export type ImageDamageKey = Extract<MessageKey, `limits.png-${string}` | `limits.jpeg-${string}` | 'limits.image-pixels'>;

/** What is wrong inside a picture file: a catalogue message and its parameters (without `name`). */
export interface ImageDamage {
  readonly key: ImageDamageKey;
  readonly params: MessageParams;
}

// Names and integrity values taken from a file's content, for every file dist/ serves: a new build
// changes a file's name exactly when it changes the file, so a host may cache every file for ever, and
// the page checks what it loads (`integrity`).
import { createHash } from 'node:crypto';

/** 16 hex digits of the SHA-256 of `parts`, one after another with a NUL between them. */
export const contentHash = (...parts) => {
  const hash = createHash('sha256');
  parts.forEach((part, index) => {
    if (index > 0) hash.update('\0');
    hash.update(part);
  });
  return hash.digest('hex').slice(0, 16);
};

/** `prefix-HASH.ext`, HASH the content's. */
export const hashedName = (prefix, content, ext) => `${prefix}-${contentHash(content)}.${ext}`;

/** The value of an `integrity` attribute for `content`. */
export const integrity = (content) => `sha384-${createHash('sha384').update(content).digest('base64')}`;

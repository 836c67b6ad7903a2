import { randomUUID } from 'node:crypto';
import fc from 'fast-check';

const ONE_MEGABYTE = 'x'.repeat(1_000_000);

function nested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level++) value = level % 2 === 0 ? [value] : { a: value };
  return value;
}

/** Values a careless or malicious client might send in place of any field. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    '\u0000',
    'Grünau\u0000',
    '\uD800',
    'x\uDFFFy',
    ONE_MEGABYTE,
    '',
    ' ',
    '../../etc/passwd',
    "'; DROP TABLE users; --",
    '<script>alert(1)</script>',
    '‮Leipzig‬ 👩🏽‍🚀',
    '%00',
    '__proto__',
    1e308,
    -1e308,
    2 ** 53 + 1,
    -0,
    0.1,
    Number.MAX_SAFE_INTEGER,
    -1,
    0,
    true,
    null,
    [],
    {},
    JSON.parse('{"__proto__": {"polluted": true}}'),
    [null],
    '1e999',
    '99999999999999999999999999',
    '2026-02-30',
    '0000-00-00T00:00:00Z',
  ),
  fc.constant(null).map(() => nested(1000)),
  fc.constant(null).map(() => randomUUID()),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

/** Path and query values are strings: the hostile ones, as a client would put them into a URL. */
export const hostileUrlValue: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('%00', 'a%00b', '%ED%A0%80', '%C0%AF', '..%2F..%2Fetc', '%25', '%2F', 'null', 'undefined', '-1', '0', '1e999', '99999999999999999999', '%20', 'NaN'),
  fc.constant('y'.repeat(9000)),
  fc.constant(null).map(() => randomUUID()),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).map((text) => encodeURIComponent(text)),
);

/** Whole bodies that are not what any operation takes. */
export const hostileBody: fc.Arbitrary<{ payload: string; contentType: string }> = fc.oneof(
  fc.constantFrom(
    { payload: '{"unterminated": ', contentType: 'application/json' },
    { payload: 'null', contentType: 'application/json' },
    { payload: '[]', contentType: 'application/json' },
    { payload: '"text"', contentType: 'application/json' },
    { payload: '1e999', contentType: 'application/json' },
    { payload: '{"__proto__": {"admin": true}}', contentType: 'application/json' },
    { payload: '{"constructor": {"prototype": {"admin": true}}}', contentType: 'application/json' },
    { payload: '<a/>', contentType: 'application/xml' },
    { payload: 'a=1&b=2', contentType: 'application/x-www-form-urlencoded' },
    { payload: '{}', contentType: 'application/json; charset=utf-16' },
  ),
  // Built as text: deeper than JSON.stringify can go.
  fc.constant({ payload: `${'['.repeat(100_000)}${']'.repeat(100_000)}`, contentType: 'application/json' }),
);

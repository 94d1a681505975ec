import { createDispute, type Dispute } from 'dispute-timeline';

/** Text that would break markup, a diagram or the reading order if it were not escaped. */
export const HOSTILE =
  '<script>alert(1)</script> "double" \'single\' ]]> &amp; a: b # c; d %% e {f} `g`\nnew line \u202eevil\u2066 <br> </svg>';

/** A dispute whose title, actor names, event titles and quotes are all hostile. */
export function hostileDispute(): Dispute {
  return createDispute({ id: 'hostile', title: `Title ${HOSTILE}`, timeZone: 'Asia/Karachi' })
    .actor({ id: 'a', name: `Actor ${HOSTILE}`, kind: 'company' })
    .source({ id: 's', publisher: `Publisher ${HOSTILE}`, url: 'https://example.org/?q=<script>&x="1"' })
    .event({
      id: 'e',
      date: '2015-07',
      kind: 'statement',
      title: `Event ${HOSTILE}`,
      actors: ['a'],
      sources: [{ source: 's', quote: `Quote ${HOSTILE}` }],
      confidence: 'confirmed',
    })
    .event({
      id: 'f',
      date: { value: '2015-07-24T09:30', timeZone: 'America/Toronto' },
      kind: 'statement',
      title: '# starts with a hash: and a colon',
      actors: ['a'],
      sources: [{ source: 's' }],
      confidence: 'confirmed',
    })
    .build();
}

/**
 * The pictures the docs show, each written by the library itself: every shipped case, the four cases side by
 * side, and the Pakistan case from July 2015 in the dark theme. `npm run pictures` writes them to docs/pictures/;
 * tests/docs/pictures.test.ts fails when a committed one is out of date.
 */
import { datasets } from '../src/datasets/index.js';
import { writeCasesSvg } from '../src/formats/cases-svg.js';
import { writeSvg } from '../src/formats/svg.js';

/** A picture: its file name in docs/pictures/ and its SVG. */
export interface Picture {
  readonly file: string;
  readonly svg: string;
}

/** Every picture of the docs. */
export function pictures(): Picture[] {
  const pakistan = datasets.find((dispute) => dispute.id === 'blackberry-pakistan-2015');
  return [
    ...datasets.map((dispute) => ({ file: `${dispute.id}.svg`, svg: writeSvg(dispute) })),
    { file: 'cases-side-by-side.svg', svg: writeCasesSvg(datasets, { anchor: 'first-deadline' }) },
    ...(pakistan === undefined
      ? []
      : [
          {
            file: 'blackberry-pakistan-2015-dark.svg',
            svg: writeSvg(pakistan, { from: '2015-07', theme: 'dark' }),
          },
        ]),
  ];
}

/**
 * The pictures the docs show, each written by the library itself: every shipped case and the four cases side by
 * side, each in the light and the dark theme. `npm run pictures` writes them to docs/pictures/;
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

/** Every picture of the docs: each shipped case and the four side by side, in the light and the dark theme. */
export function pictures(): Picture[] {
  return [
    ...datasets.flatMap((dispute) => [
      { file: `${dispute.id}.svg`, svg: writeSvg(dispute) },
      { file: `${dispute.id}-dark.svg`, svg: writeSvg(dispute, { theme: 'dark' }) },
    ]),
    { file: 'cases-side-by-side.svg', svg: writeCasesSvg(datasets, { anchor: 'first-deadline' }) },
    {
      file: 'cases-side-by-side-dark.svg',
      svg: writeCasesSvg(datasets, { anchor: 'first-deadline', theme: 'dark' }),
    },
  ];
}

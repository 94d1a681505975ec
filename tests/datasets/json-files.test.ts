import { readdirSync, readFileSync } from 'node:fs';
import { type Dispute, parseDispute, serializeDispute } from 'dispute-timeline';
import { datasets } from 'dispute-timeline/datasets';
import { describe, expect, it } from 'vitest';

const JSON_DIRECTORY = new URL('../../src/datasets/json/', import.meta.url);
const STALE = 'is stale: run npx tsx scripts/write-datasets.ts and commit the result';

const committedFile = (dispute: Dispute) =>
  readFileSync(new URL(`${dispute.id}.json`, JSON_DIRECTORY), 'utf8');

describe('the committed JSON files of the datasets', () => {
  it('holds one file per shipped dataset, named by its id, and no other', () => {
    const files = readdirSync(JSON_DIRECTORY).sort();
    expect(files).toEqual(datasets.map((dispute) => `${dispute.id}.json`).sort());
  });

  it('matches serializeDispute of each dataset byte for byte', () => {
    for (const dispute of datasets) {
      expect(committedFile(dispute), `${dispute.id}.json ${STALE}`).toBe(serializeDispute(dispute));
    }
  });

  it('reads back with parseDispute into a dispute equal to the dataset', () => {
    for (const dispute of datasets) {
      expect(parseDispute(committedFile(dispute)), dispute.id).toEqual(dispute);
    }
  });
});

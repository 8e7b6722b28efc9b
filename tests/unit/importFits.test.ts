/** An import that does not fit a session's worksheet is refused as a whole, before anything is sent. */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { plates } from '../../plates';
import { LIMITS } from '../../src/domain/limits';
import { importFits, importInto, type ResultsExport } from '../../src/worksheets/exportFormat';

function exportOf(cards: number, textLength: number): ResultsExport {
  const plate = plates.find((candidate) => candidate.worksheet)!;
  const column = plate.worksheet!.columns[0];
  return {
    format: 'praatplaten-results', version: 1, code: 'ABCDEF', title: 'Test', exportedAt: new Date(0).toISOString(),
    worksheets: [{
      plateId: plate.id, plateTitle: '', prompt: '',
      columns: [{ id: column.id, title: '', cards: Array.from({ length: cards }, (_, index) => ({ text: `${index} ${'x'.repeat(textLength)}`, detail: '', author: 'Import', votes: 0, createdAt: 1 })) }],
    }],
  } as unknown as ResultsExport;
}

describe('imports that must fit', () => {
  it('a workshop\'s export fits', () => {
    expect(importFits(exportOf(300, 200)).fits).toBe(true);
  });

  it('ten thousand cards of a kilobyte do not, and the estimate is not below what the worksheet really grows', () => {
    expect(importFits(exportOf(10_000, 1000)).fits).toBe(false);
    const sample = exportOf(200, 1000);
    const doc = new Y.Doc();
    importInto(doc, sample, plates, 'importer');
    expect(importFits(sample).bytes).toBeGreaterThanOrEqual(Y.encodeStateAsUpdate(doc).length);
    expect(LIMITS.worksheetBytes).toBe(8 * 1024 * 1024);
  });
});

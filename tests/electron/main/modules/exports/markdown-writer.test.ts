import {
  createMarkdownWriter,
  escapeMarkdown,
} from '../../../../../electron/main/modules/exports/markdown-writer';

const COLUMNS = ['customer', 'notes', 'amount'] as const;
type Row = Readonly<Record<(typeof COLUMNS)[number], string>>;

const writer = () =>
  createMarkdownWriter(COLUMNS, { title: 'Calls', heading: (row: Row) => row.customer });

describe('escapeMarkdown', () => {
  it('escapes pipes so a value never ends its table cell', () => {
    expect(escapeMarkdown('a | b')).toBe('a \\| b');
  });

  it('shows HTML as text and line breaks as <br>', () => {
    expect(escapeMarkdown('<b>x</b> & y\r\nz')).toBe('&lt;b&gt;x&lt;/b&gt; &amp; y<br>z');
  });

  it('escapes Markdown punctuation, backslashes first', () => {
    expect(escapeMarkdown('\\*bold* _x_ #1 [y]')).toBe('\\\\\\*bold\\* \\_x\\_ \\#1 \\[y\\]');
  });
});

describe('createMarkdownWriter', () => {
  it('writes a title and one section per row, its fields in column order', () => {
    const markdown = writer();
    const text =
      markdown.header() +
      markdown.rows([{ customer: 'Acme | Co', notes: 'paid', amount: '12.50' }]) +
      markdown.footer();
    expect(text).toBe(
      [
        '# Calls',
        '',
        '## Acme \\| Co',
        '',
        '| Field | Value |',
        '| --- | --- |',
        '| customer | Acme \\| Co |',
        '| notes | paid |',
        '| amount | 12.50 |',
        '',
        '',
      ].join('\n'),
    );
  });

  it('leaves empty fields out of a section', () => {
    const text = writer().rows([{ customer: 'Acme', notes: '', amount: '' }]);
    expect(text).not.toContain('| notes |');
  });

  it('gives the same text in batches as in one go', () => {
    const rows: Row[] = [
      { customer: 'A', notes: 'x', amount: '1.00' },
      { customer: 'B', notes: 'y', amount: '2.00' },
    ];
    expect(writer().rows(rows)).toBe(
      writer().rows(rows.slice(0, 1)) + writer().rows(rows.slice(1)),
    );
  });
});

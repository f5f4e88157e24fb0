import { extractText, getDocumentProxy } from 'unpdf';

/** What a reader (or assistive technology) gets from a PDF, read with pdf.js. */
export interface PdfFacts {
  /** All text, whitespace collapsed to single spaces. */
  text: string;
  /** Text per page, whitespace collapsed. */
  pages: string[];
  title: string | undefined;
  language: string | undefined;
  author: string | undefined;
  /** The Info dictionary's creation date, raw (`D:2026...`). */
  creationDate: string | undefined;
  /** MarkInfo /Marked: the PDF declares itself tagged. */
  marked: boolean;
  /** Whether the first page has a structure tree (StructTreeRoot). */
  structured: boolean;
  /** Every bookmark title, depth-first. */
  outline: string[];
  /** The alternative text of every Figure in the structure tree, page by page. */
  figures: string[];
}

/** Reads a PDF's text, metadata, tagging and bookmarks. */
export async function readPdf(bytes: Uint8Array): Promise<PdfFacts> {
  // A fresh Uint8Array (not a Buffer): pdf.js requires one and may detach it.
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(pdf, { mergePages: false });
  const info = (await pdf.getMetadata()).info as Record<string, unknown>;
  const markInfo = await pdf.getMarkInfo();
  const structTree = await (await pdf.getPage(1)).getStructTree();
  const outline: string[] = [];
  type Item = { title: string; items: Item[] };
  const walk = (items: Item[] | null) => {
    for (const item of items ?? []) {
      outline.push(item.title);
      walk(item.items);
    }
  };
  walk((await pdf.getOutline()) as Item[] | null);
  const pages = text.map(collapse);
  const figures: string[] = [];
  type Node = { role?: string; alt?: string; children?: Node[] };
  const visit = (node: Node) => {
    if (node.role === 'Figure') figures.push(node.alt ?? '');
    for (const child of node.children ?? []) visit(child);
  };
  for (let n = 1; n <= pdf.numPages; n++) {
    const tree = (await (await pdf.getPage(n)).getStructTree()) as Node | null;
    if (tree) visit(tree);
  }
  await pdf.destroy();
  return {
    text: pages.join(' '),
    pages,
    title: info['Title'] as string | undefined,
    language: info['Language'] as string | undefined,
    author: info['Author'] as string | undefined,
    creationDate: info['CreationDate'] as string | undefined,
    marked: markInfo?.Marked === true,
    structured: structTree !== null && structTree.children.length > 0,
    outline,
    figures,
  };
}

/** Whitespace collapsed to single spaces, as text extraction breaks lines where layout did. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

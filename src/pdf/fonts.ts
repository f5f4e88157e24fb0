import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The body font: Atkinson Hyperlegible Next, designed for readers with low vision. */
export const BODY_FONT = 'Atkinson Hyperlegible Next';
/** The font for code and other raw text, from the same family. */
export const MONO_FONT = 'Atkinson Hyperlegible Mono';

// Fonts come from npm packages (TTF files from Google Fonts, SIL Open Font Licence), so a PDF
// looks the same on every machine and never depends on the fonts a machine happens to have.
const FILES = [
  '@expo-google-fonts/atkinson-hyperlegible-next/400Regular/AtkinsonHyperlegibleNext_400Regular.ttf',
  '@expo-google-fonts/atkinson-hyperlegible-next/400Regular_Italic/AtkinsonHyperlegibleNext_400Regular_Italic.ttf',
  '@expo-google-fonts/atkinson-hyperlegible-next/700Bold/AtkinsonHyperlegibleNext_700Bold.ttf',
  '@expo-google-fonts/atkinson-hyperlegible-next/700Bold_Italic/AtkinsonHyperlegibleNext_700Bold_Italic.ttf',
  '@expo-google-fonts/atkinson-hyperlegible-mono/400Regular/AtkinsonHyperlegibleMono_400Regular.ttf',
  '@expo-google-fonts/atkinson-hyperlegible-mono/700Bold/AtkinsonHyperlegibleMono_700Bold.ttf',
];

let cached: Buffer[] | undefined;

/** The font files the PDFs use, read once from node_modules. */
export function fontFiles(): Buffer[] {
  const require = createRequire(import.meta.url);
  cached ??= FILES.map((file) => readFileSync(require.resolve(file)));
  return cached;
}

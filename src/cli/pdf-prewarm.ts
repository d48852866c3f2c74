/**
 * Imported first by the CLI's entry (index.ts): when a PDF is named on the command line, pdf.js
 * starts loading in its workers while the rest of the CLI's modules load (src/sources/pdf-node.ts).
 */
import { prewarmPdfReaders } from '../sources/pdf-node';

if (process.argv.slice(2).some((a) => /\.pdf$/i.test(a))) prewarmPdfReaders();

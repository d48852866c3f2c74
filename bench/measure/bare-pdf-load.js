// The reference cost of a folder of PDFs: each file opened by pdf.js and the text of every page
// read (getTextContent), one after the other on one core, nothing else — what any reader of the
// tables pays. (yusuan also reads each page's drawn lines; that is part of what it is measured on.)
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');

const root = path.dirname(require.resolve('pdfjs-dist/package.json'));

function files(args) {
  return args.flatMap((a) => (fs.statSync(a).isDirectory() ? fs.readdirSync(a).filter((f) => f.endsWith('.pdf')).sort().map((f) => path.join(a, f)) : [a]));
}

(async () => {
  const pdfjs = await import(pathToFileURL(path.join(root, 'legacy/build/pdf.mjs')).href);
  for (const f of files(process.argv.slice(2))) {
    const doc = await pdfjs.getDocument({
      data: new Uint8Array(fs.readFileSync(f)),
      cMapUrl: pathToFileURL(path.join(root, 'cmaps')).href + '/',
      cMapPacked: true,
      standardFontDataUrl: pathToFileURL(path.join(root, 'standard_fonts')).href + '/',
      verbosity: 0,
    }).promise;
    for (let p = 1; p <= doc.numPages; p++) await (await doc.getPage(p)).getTextContent();
    await doc.destroy();
  }
})();

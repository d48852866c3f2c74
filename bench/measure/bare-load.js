// The reference cost: read each file (or each .xlsx of a folder) and load it with exceljs, one
// after the other on one core, nothing else — what every check pays.
const fs = require('fs');
const path = require('path');
const ExcelJS = require('exceljs');

function files(args) {
  return args.flatMap((a) => (fs.statSync(a).isDirectory() ? fs.readdirSync(a).filter((f) => f.endsWith('.xlsx')).sort().map((f) => path.join(a, f)) : [a]));
}

(async () => {
  for (const f of files(process.argv.slice(2))) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(f));
    if (wb.worksheets.length === 0) process.exitCode = 3;
  }
})();

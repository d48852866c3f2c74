/** Debug aid: print every harvested pair with the catalog's verdict. */
import { harvestAll } from './harvest';
import { compareName } from '../compare';

harvestAll().then((pairs) => {
  for (const p of pairs) {
    const c = compareName(p.code, p.name, p.year);
    console.log([c.status, p.code, p.name, c.catalogName ?? '', p.year ?? '', p.source].join('\t'));
  }
});

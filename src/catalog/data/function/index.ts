/** 支出功能分类科目: 类 + 款/项, one file per group of 类 so each stays readable. */
import type { RawEntry } from '../../types';
import { functionClasses } from './classes';
import { general } from './general';
import { publicServices } from './public';
import { social } from './social';
import { economy } from './economy';

export const functionEntries: RawEntry[] = [...functionClasses, ...general, ...publicServices, ...social, ...economy];

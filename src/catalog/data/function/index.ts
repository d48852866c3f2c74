/** 支出功能分类科目: 类 + 款/项, one file per group of 类 so each stays readable. */
import type { RawEntry } from '../../types';
import { functionClasses } from './classes';

export const functionEntries: RawEntry[] = [...functionClasses];

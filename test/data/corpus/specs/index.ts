/** Every corpus workbook spec, in build order. */
import type { WorkbookSpec } from './types';
import { GOV_OFFICE_2025 } from './gov-office-2025';
import { SOCIAL_WORK_2024 } from './social-work-2024';
import { WELFARE_HOME_2024 } from './welfare-home-2024';
import { FINANCE_BUREAU_2024 } from './finance-bureau-2024';

export const SPECS: WorkbookSpec[] = [GOV_OFFICE_2025, SOCIAL_WORK_2024, WELFARE_HOME_2024, FINANCE_BUREAU_2024];

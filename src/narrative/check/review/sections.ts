/**
 * Required 说明 sections (财政部 公开 templates, 预算 and 决算): a reviewer looks for each and
 * scores the package down when one is missing. A section may say 「无」, but it must be there.
 * DATA: each section with the words that show it (heading or body), and the stage it applies to.
 * Judged only on a whole 说明 (see review/index.ts), always a warning.
 */
import type { Finding } from '../../../findings';
import { documentFinding } from './util';

export interface RequiredSection {
  name: string;
  shows: RegExp;
  stage?: '预算' | '决算';
}

export const REQUIRED_SECTIONS: RequiredSection[] = [
  { name: '部门主要职能', shows: /职能|职责/ },
  { name: '机构设置', shows: /机构设置|机构编制|编制机构|机构数|单位构成|机构构成|内设机构|机构情况|所属单位|下属单位|部门构成|纳入.{0,12}(预算|决算)编制范围/ },
  { name: '收支总体情况', shows: /收支.{0,6}总(体|计|表|额)|收入支出.{0,6}总(体|计|表|额)|收入(预算|决算)?总(计|额)/ },
  { name: '收入情况', shows: /收入(预算|决算)?(总体)?情况|收入(预算|决算)?总表|收入(预算|决算)|本年收入/ },
  { name: '支出情况', shows: /支出(预算|决算)?(总体)?情况|支出(预算|决算)?总表|支出(预算|决算)|本年支出/ },
  { name: '财政拨款收支情况', shows: /财政拨款收(入)?支(出)?/ },
  { name: '一般公共预算支出情况', shows: /一般公共预算.{0,10}支出/ },
  { name: '一般公共预算基本支出情况', shows: /基本支出/ },
  { name: '“三公”经费情况', shows: /三公/ },
  { name: '政府性基金预算支出情况', shows: /政府性基金/ },
  { name: '国有资本经营预算支出情况', shows: /国有资本经营/ },
  { name: '机关运行经费情况', shows: /(机关|机构|单位)?.{0,4}(运行|运转)经费/ },
  { name: '政府采购情况', shows: /政府采购/ },
  { name: '国有资产占有使用情况', shows: /国有资产/ },
  { name: '绩效目标（绩效管理）情况', shows: /绩效/ },
  { name: '名词解释', shows: /名词解释|名词说明|术语解释|专业名词/ },
  { name: '完成年初预算情况', shows: /年初预算|调整预算|全年预算|预算完成|完成.{0,8}预算/, stage: '决算' },
];

export function sectionFindings(text: string, stage: '预算' | '决算'): Finding[] {
  const compact = text.replace(/\s+/g, '');
  return REQUIRED_SECTIONS.filter((s) => (!s.stage || s.stage === stage) && !s.shows.test(compact)).map((s) =>
    documentFinding('section_missing', 'warning', `说明中没有「${s.name}」部分；部门${stage}公开说明应包括这一部分，确实没有内容的也应写明「无」并说明原因`, []),
  );
}

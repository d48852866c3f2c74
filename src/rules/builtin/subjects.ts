/** 科目: codes well-formed, names as in the 政府收支分类科目, headers that match the codes. */
export default `
【subject.names】科目编码与名称符合政府收支分类科目（提示）
  内置 科目名称

【subject.header】表头分类与科目编码一致（提示）
  内置 表头分类
`;

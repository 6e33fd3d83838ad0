/** One thing wrong with a definition: where (a path into it) and what, never echoing its texts. */
export interface DefinitionIssue {
  path: (string | number)[];
  message: string;
}

/** An issue for every id that repeats an earlier one in the list. */
export function duplicateIdIssues(ids: readonly string[], path: (string | number)[], what: string): DefinitionIssue[] {
  const seen = new Set<string>();
  const issues: DefinitionIssue[] = [];
  ids.forEach((id, index) => {
    if (seen.has(id)) issues.push({ path: [...path, index, 'id'], message: `duplicate ${what} id "${id}"` });
    seen.add(id);
  });
  return issues;
}

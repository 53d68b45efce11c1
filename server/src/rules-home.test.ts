import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as values from '@zdyq/db/values';
import { describe, expect, it } from 'vitest';

/**
 * Each rule and each list of values is written in one place and imported everywhere else, so a change
 * of the rule is made once. This reads the sources of the three packages and fails when a rule's
 * literal or a hand-written list of an enum's values stands outside its home.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const sourceFolders = ['server/src', 'web/src', 'db/src'];
const skipped = /(\.test\.tsx?$|\/generated\/|\/gql\/|\/i18n\/(en|zh)\.ts$)/;
/**
 * The schema's constraints and indexes state rules again as the data's own guard (a check, a
 * partial index), fixed in the migrations: they are a home of every rule.
 */
const schemaFolder = 'db/src/schema/';

function sources(): Array<{ path: string; text: string }> {
  const found: Array<{ path: string; text: string }> = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.tsx?$/.test(name)) {
        const path = relative(root, full);
        if (!skipped.test(path)) found.push({ path, text: readFileSync(full, 'utf8') });
      }
    }
  };
  for (const folder of sourceFolders) walk(join(root, folder));
  return found;
}

/** A rule's literal, and the files that are its home. */
const rules: Array<{ rule: string; pattern: RegExp; home: readonly string[] }> = [
  {
    rule: 'not terminated as of a day (project.rules notTerminatedSql / terminatedSql)',
    pattern:
      /terminated_?[oO]n\}?\s*(IS NULL|<=|>=|<|>)|stage\}?\s*(<>|!=|=)\s*'TERMINATED'|ne\([^)]*stage[^)]*'TERMINATED'/,
    home: ['server/src/modules/project/project.rules.ts'],
  },
  {
    rule: 'open problem statuses (problem.rules openStatuses / openStatusSql)',
    pattern: /'OPEN',\s*'IN_PROGRESS'/,
    home: ['server/src/modules/problem/problem.rules.ts', 'db/src/values.ts'],
  },
  {
    rule: 'the tiers’ lines (values.ts tierLines)',
    pattern:
      /(total_investment|totalInvestment)\)?\}?\s*(>=|<=|<|>)\s*(50|10|1)\b|compareDecimal\([^)]*'(50|10|1)'\)|totalInvestment'\)[^)]*\)\s*>=\s*\d/,
    home: [],
  },
  {
    rule: 'the check in force (compliance.rules checkInForceSql)',
    pattern: /supersedes_id\s*=\s*\w+\.id/,
    home: ['server/src/modules/compliance/compliance.rules.ts'],
  },
  {
    rule: 'a check that asks for rectification (compliance.rules asksRectificationSql)',
    pattern: /action\s*<>\s*'NONE'/,
    home: ['server/src/modules/compliance/compliance.rules.ts'],
  },
  {
    rule: 'a project that needs a monthly report (report.rules needsReportSql)',
    pattern: /started_?[oO]n\}?\s*<=\s*\$\{monthEnd/,
    home: ['server/src/modules/report/report.rules.ts'],
  },
];

/**
 * An enum's values written out as a list elsewhere: three neighbours of a longer list (a pair of
 * neighbours is as often a rule's own choice, e.g. who holds a permission), or a two-value list whole.
 */
const isList = (value: unknown): value is readonly string[] => Array.isArray(value) && value.length > 1;
const enumLists = Object.entries(values)
  .flatMap(([name, list]) => (isList(list) ? [[name, list] as const] : []))
  .map(([name, list]) => {
    const run = Math.min(3, list.length);
    const runs = list.slice(0, list.length - run + 1).map((_, i) => list.slice(i, i + run));
    return { name, pattern: new RegExp(runs.map((r) => r.map((v) => `'${v}'`).join(',\\s*')).join('|')) };
  });

/** Lists that are rules of their own, each in its home. */
const ownLists: Record<string, readonly string[]> = {};

describe('one home for each rule and each list of values', () => {
  const files = sources();

  it('reads the sources of every package', () => {
    expect(files.length).toBeGreaterThan(150);
    expect(files.some((f) => f.path.startsWith('web/src/'))).toBe(true);
  });

  for (const { rule, pattern, home } of rules) {
    it(`writes ${rule} only in its home`, () => {
      const strays = files
        .filter((f) => !home.includes(f.path) && !f.path.startsWith(schemaFolder) && pattern.test(f.text))
        .map((f) => f.path);
      expect(strays).toEqual([]);
    });
  }

  it('writes the values of every enum only in values.ts', () => {
    const strays = files.flatMap((f) =>
      f.path === 'db/src/values.ts' || f.path.startsWith(schemaFolder)
        ? []
        : enumLists
            .filter((e) => e.pattern.test(f.text) && !(ownLists[e.name] ?? []).includes(f.path))
            .map((e) => `${f.path}: ${e.name}`),
    );
    expect(strays).toEqual([]);
  });
});

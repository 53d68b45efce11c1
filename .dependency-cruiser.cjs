/**
 * Which folder may import which (ARCHITECTURE.md, "Layers"), checked by `npm test`:
 * - server: entry points and the API (main.ts, setup.ts, http/, graphql/, loaders.ts) above the
 *   domain modules (modules/), above the shared pieces (lib/, i18n/, errors.ts, config.ts, logger.ts);
 *   an import only runs down, never back up, and nothing imports in a circle.
 * - web: pages above features, features above lib, i18n and the generated gql; a feature does not
 *   import a page.
 * Imports of types only are left aside: the API's Context type is what every resolver is typed by.
 */
const server = 'server/src';
const web = 'web/src';
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A circle of imports: one of them belongs in a module of its own, or lower.',
      from: { path: '^(server|web|db)/src' },
      to: { circular: true, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'server-shared-stays-below',
      severity: 'error',
      comment: 'lib/, i18n/, errors, config and logger serve everything above and import none of it.',
      from: { path: `^${server}/(lib/|i18n/|errors\\.ts|config\\.ts|logger\\.ts)` },
      to: {
        path: `^${server}/(modules|graphql|http)/|^${server}/(main|setup|loaders|context)\\.ts`,
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'server-modules-below-the-api',
      severity: 'error',
      comment: 'The domain modules are gathered by the API (graphql/, http/, loaders.ts) and never import it.',
      from: { path: `^${server}/modules/` },
      to: {
        path: `^${server}/(graphql|http)/|^${server}/(main|setup|loaders)\\.ts`,
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'web-features-below-pages',
      severity: 'error',
      comment: 'Pages compose features; a feature never imports a page.',
      from: { path: `^${web}/features/` },
      to: { path: `^${web}/pages/` },
    },
    {
      name: 'web-lib-below-features',
      severity: 'error',
      comment: 'lib/ serves the features and pages and imports none of them.',
      from: { path: `^${web}/lib/` },
      to: { path: `^${web}/(features|pages)/` },
    },
    {
      name: 'db-below-everything',
      severity: 'error',
      comment: 'The db package is used by the server and the web, and uses neither.',
      from: { path: '^db/src' },
      to: { path: '^(server|web)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(node_modules|/generated/|\\.test\\.tsx?$|/test/)' },
    tsPreCompilationDeps: true,
    combinedDependencies: false,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
    tsConfig: { fileName: 'tsconfig.base.json' },
  },
};

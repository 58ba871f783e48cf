// Architecture rules, enforced by test/architecture/boundaries.spec.ts (style.md practice 14).
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'dominio-puro',
      comment: 'libs/domain is pure TypeScript: it imports only decimal.js and itself (no framework, driver or Node API).',
      severity: 'error',
      from: { path: '(^|/)libs/domain/src/' },
      to: { pathNot: ['(^|/)libs/domain/src/', '(^|/)node_modules/decimal\\.js/'] },
    },
    {
      name: 'nest-solo-en-apps',
      comment: '@nestjs/* is imported only in apps/ and in a lib\'s nest/ wiring folder.',
      severity: 'error',
      from: { path: '(^|/)libs/', pathNot: '(^|/)libs/[^/]+/src/nest/' },
      to: { path: '(^|/)node_modules/@nestjs/' },
    },
    {
      name: 'libs-no-importan-apps',
      comment: 'Libraries never depend on the applications (projections, event store, domain...).',
      severity: 'error',
      from: { path: '(^|/)libs/' },
      to: { path: '(^|/)apps/' },
    },
    {
      name: 'solo-la-api-importa-la-api',
      comment: 'apps/api is HTTP only and nothing else depends on it: the worker, the seeds and the rest of infra/ call the libs.',
      severity: 'error',
      from: { path: '(^|/)(apps/[^/]+|infra)/', pathNot: '(^|/)apps/api/' },
      to: { path: '(^|/)apps/api/' },
    },
    {
      name: 'sin-ciclos',
      severity: 'error',
      from: { path: '(^|/)libs/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.spec\\.ts$' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.js', '.json'] },
  },
};

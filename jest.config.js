/** One Jest run for every suite: pure specs, golden cases, contract, integration, e2e and browser tests. */
const fs = require('node:fs');
const swcrc = JSON.parse(fs.readFileSync(`${__dirname}/.swcrc`, 'utf8'));

module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/{apps,libs,test}/**/*.spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '<rootDir>/test/architecture/fixtures/'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { ...swcrc, swcrc: false }],
    // ESM-only dependency of @fastify/static (swagger UI assets): Node 20 requires it natively, Jest does not.
    'node_modules/content-disposition/.+\\.js$': ['@swc/jest', { ...swcrc, swcrc: false, jsc: { ...swcrc.jsc, parser: { syntax: 'ecmascript' } } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!content-disposition/)'],
  moduleNameMapper: {
    '^@tesoreria/acceso$': '<rootDir>/libs/acceso/src/index.ts',
    '^@tesoreria/acceso/(.*)$': '<rootDir>/libs/acceso/src/$1',
    '^@tesoreria/domain$': '<rootDir>/libs/domain/src/index.ts',
    '^@tesoreria/domain/(.*)$': '<rootDir>/libs/domain/src/$1',
    '^@tesoreria/parametros$': '<rootDir>/libs/parametros/src/index.ts',
    '^@tesoreria/parametros/(.*)$': '<rootDir>/libs/parametros/src/$1',
    '^@tesoreria/event-store$': '<rootDir>/libs/event-store/src/index.ts',
    '^@tesoreria/event-store/(.*)$': '<rootDir>/libs/event-store/src/$1',
    '^@tesoreria/projections$': '<rootDir>/libs/projections/src/index.ts',
    '^@tesoreria/jobs$': '<rootDir>/libs/jobs/src/index.ts',
    '^@tesoreria/catalogo$': '<rootDir>/libs/catalogo/src/index.ts',
    '^@tesoreria/creditos$': '<rootDir>/libs/creditos/src/index.ts',
    '^@tesoreria/creditos/(.*)$': '<rootDir>/libs/creditos/src/$1',
    '^@tesoreria/command-handling$': '<rootDir>/libs/command-handling/src/index.ts',
    '^@tesoreria/command-handling/(.*)$': '<rootDir>/libs/command-handling/src/$1',
    '^@tesoreria/plataforma$': '<rootDir>/libs/plataforma/src/index.ts',
    '^@tesoreria/plataforma/(.*)$': '<rootDir>/libs/plataforma/src/$1',
    '^@tesoreria/registro$': '<rootDir>/libs/registro/src/index.ts',
    '^@tesoreria/registro/(.*)$': '<rootDir>/libs/registro/src/$1',
  },
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 60000,
  maxWorkers: 2,
};

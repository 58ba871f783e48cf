// Reports, before any suite runs, which external stores this run covers. PostgreSQL and Redis are
// required (their suites fail without them); EventStoreDB runs only when EVENTSTORE_URL is given.
export default async function globalSetup(): Promise<void> {
  const lines = [
    `PostgreSQL: ${process.env.DATABASE_URL ? process.env.DATABASE_URL.replace(/\/\/[^@]*@/, '//***@') : 'DATABASE_URL NO definida: sus pruebas fallarán'}`,
    `Redis: ${process.env.REDIS_URL ?? 'REDIS_URL NO definida: sus pruebas fallarán'}`,
    `EventStoreDB: ${process.env.EVENTSTORE_URL ? process.env.EVENTSTORE_URL : 'EVENTSTORE_URL no definida: la suite de contrato de EventStoreDB NO se ejecutó'}`,
  ];
  process.stdout.write(`\n[tesoreria] ${lines.join('\n[tesoreria] ')}\n`);
}

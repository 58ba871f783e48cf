export * from './job-scheduler';
export * from './daily-schedule';
export * from './in-process-job-scheduler';
export * from './bullmq-job-scheduler';
export * from './create-job-scheduler';

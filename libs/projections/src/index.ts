export * from './engine/projection';
export * from './engine/checkpoint-store';
export * from './engine/incidents';
export * from './engine/projection-schema';
export * from './engine/leadership';
export * from './engine/projection-runner';
export * from './engine/projection-daemon';

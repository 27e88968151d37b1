export * from './csv';
export * from './escapeHtml';
export * from './format';
export * from './kpiReport';
export * from './labels';
export * from './pairsCsv';

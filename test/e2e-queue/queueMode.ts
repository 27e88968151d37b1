// Every suite of `npm run test:e2e:queue` starts its n8n with `npm run start:queue` (helpers/localN8n.ts).
process.env.MENTORSHIP_E2E_QUEUE = '1';

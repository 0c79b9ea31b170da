export { createTestDatabase, startTestDatabaseServer, type TestDatabaseServer } from './database.js';
export { startTestApp, type GraphQLResponse, type TestApp, type TestAppOptions } from './test-app.js';

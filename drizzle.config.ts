import { defineConfig } from 'drizzle-kit';

// drizzle-kit only generates SQL from the schema; it cannot open the encrypted file,
// so the app applies the migrations itself when a workspace opens.
export default defineConfig({
  dialect: 'sqlite',
  schema: [
    './src/core/storage/schema.ts',
    './src/core/storage/operatorSchema.ts',
    './src/core/storage/retailerSchema.ts',
    './src/core/storage/purchaseSchema.ts',
    './src/core/storage/accessSchema.ts',
    './src/core/storage/reportSchema.ts',
    './src/core/storage/settlementSchema.ts',
    './src/core/storage/secretSchema.ts',
    './src/core/storage/auditSchema.ts',
  ],
  out: './migrations',
});

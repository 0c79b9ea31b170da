import 'reflect-metadata';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { createSchema } from './schema.js';

/** Writes the SDL of the running schema (for the portal's code generator): `node dist/print-schema.js [file]`. */
const target = path.resolve(process.argv[2] ?? 'dist/schema.graphql');
const sdl = printSchema(lexicographicSortSchema(await createSchema()));
await mkdir(path.dirname(target), { recursive: true });
await writeFile(target, `${sdl}\n`);
console.log(`schema written to ${target}`);

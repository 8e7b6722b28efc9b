/**
 * The settings from the environment, checked before anything starts: a
 * mistake stops the start with one line that names the setting and says what
 * is wrong, instead of a stack trace or a server that fails later.
 */
import { accessSync, constants, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LOG_LEVELS, type LogLevel } from './logger';
import { parseAllowedOrigins } from './origin';
import { SECRET_BYTES, secretFromText } from './secret';

export class ConfigError extends Error {}

/** The SQLite file in the data folder; the backup and admin commands open the same one. */
export function databasePath(dataDir: string): string {
  return join(dataDir, 'praatplaten.sqlite');
}

export interface Config {
  port: number;
  host?: string;
  staticDir: string;
  dataDir: string;
  retentionDays: number;
  maxConnectionsPerSession: number;
  trustProxy: boolean;
  /** Origins of pages, besides the server's own, whose websockets are accepted. */
  allowedOrigins: string[];
  rateLimits: boolean;
  logLevel: LogLevel;
  /** PRAATPLATEN_SECRET; without it the server keeps its secret in DATA_DIR/secret.key. */
  secret?: Buffer;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = env.DATA_DIR === ':memory:' ? ':memory:' : resolve(env.DATA_DIR ?? 'data');
  if (dataDir !== ':memory:') checkWritable(dataDir);
  const logLevel = (env.LOG_LEVEL ?? 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, not "${env.LOG_LEVEL}"`);
  return {
    port: integer(env, 'PORT', 8080, 0, 65535),
    host: env.HOST || undefined,
    staticDir: resolve(env.STATIC_DIR ?? 'dist'),
    dataDir,
    retentionDays: days(env, 'RETENTION_DAYS', 30, 36500),
    maxConnectionsPerSession: integer(env, 'MAX_CONNECTIONS_PER_SESSION', 200, 1, 100_000),
    trustProxy: flag(env, 'TRUST_PROXY', false),
    allowedOrigins: origins(env),
    rateLimits: env.RATE_LIMIT !== 'off',
    logLevel,
    secret: secret(env),
  };
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, not "${text}"`);
  }
  return value;
}

/** A positive number of days; fractions allowed (0.5 is twelve hours). */
function days(env: NodeJS.ProcessEnv, name: string, fallback: number, max: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!/^\s*(\d+(\.\d*)?|\.\d+)\s*$/.test(text) || !(value > 0) || value > max) {
    throw new ConfigError(`${name} must be a positive number of days up to ${max} (fractions such as 0.5 allowed), not "${text}"`);
  }
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  if (['1', 'true', 'on', 'yes'].includes(text)) return true;
  if (['0', 'false', 'off', 'no'].includes(text)) return false;
  throw new ConfigError(`${name} must be 1 or 0, not "${text}"`);
}

function secret(env: NodeJS.ProcessEnv): Buffer | undefined {
  const text = env.PRAATPLATEN_SECRET;
  if (text === undefined || text === '') return undefined;
  const bytes = secretFromText(text);
  // Never the value itself in the message: it ends up in logs.
  if (!bytes) throw new ConfigError(`PRAATPLATEN_SECRET must be at least ${SECRET_BYTES} random bytes written as hex or base64url (openssl rand -hex 32 makes one); the value given is ${text.length} characters long`);
  return bytes;
}

function origins(env: NodeJS.ProcessEnv): string[] {
  const parsed = parseAllowedOrigins(env.ALLOWED_ORIGINS);
  if ('bad' in parsed) throw new ConfigError(`ALLOWED_ORIGINS must be origins such as https://praatplaten.school.nl, separated by commas; "${parsed.bad}" is not one`);
  return parsed.origins;
}

function checkWritable(dataDir: string): void {
  try {
    mkdirSync(dataDir, { recursive: true });
    accessSync(dataDir, constants.W_OK | constants.X_OK);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new ConfigError(`DATA_DIR ${dataDir} cannot be written (${reason}); create it and give the server's user write access`);
  }
}

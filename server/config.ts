/**
 * Settings from the environment, checked before anything starts: a typo in a
 * service file stops the start with one line that says which setting and why,
 * instead of a server that runs with a surprise (RETENTION_DAYS=0 deleting
 * every new session at once).
 */
import { accessSync, constants, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ServerOptions } from './app';

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) throw new ConfigError(`${name}=${raw} is not valid: use a whole number from ${min} to ${max}`);
  return value;
}

function positive(env: Env, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new ConfigError(`${name}=${raw} is not valid: use a number of days greater than 0`);
  return value;
}

function flag(env: Env, name: string, on: readonly string[], off: readonly string[], fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (on.includes(raw)) return true;
  if (off.includes(raw)) return false;
  throw new ConfigError(`${name}=${env[name]} is not valid: use ${[...on, ...off].join(' or ')}`);
}

function dataDir(env: Env): string {
  if (env.DATA_DIR === ':memory:') return ':memory:';
  const dir = resolve(env.DATA_DIR || 'data');
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK | constants.R_OK);
  } catch (error) {
    throw new ConfigError(`DATA_DIR ${dir} cannot be used: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message} (the server must be able to create and write files there)`);
  }
  return dir;
}

export function readConfig(env: Env): ServerOptions {
  return {
    port: integer(env, 'PORT', 8080, 0, 65535),
    host: env.HOST || undefined,
    staticDir: resolve(env.STATIC_DIR || 'dist'),
    dataDir: dataDir(env),
    retentionDays: positive(env, 'RETENTION_DAYS', 30),
    maxConnectionsPerSession: integer(env, 'MAX_CONNECTIONS_PER_SESSION', 200, 10, 100_000),
    trustProxy: flag(env, 'TRUST_PROXY', ['1', 'true'], ['0', 'false'], false),
    rateLimits: flag(env, 'RATE_LIMIT', ['on'], ['off'], true),
  };
}

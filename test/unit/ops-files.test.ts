// The deployment files, checked without a Docker engine: the Dockerfile's structure (stages, non-root user,
// healthcheck, exec-form command, nothing fetched from the network), the compose topology, the alert rules and
// the dashboard (every metric they query exists), and the runbooks (every `npm run` script and linked file
// exists).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Db } from '../../src/adapters/db/database.ts';
import { Metrics } from '../../src/adapters/http/metrics.ts';

interface Instruction {
  keyword: string;
  args: string;
  line: number;
}

/** Dockerfile instructions, with continuation lines joined and comments dropped. */
function dockerfile(text: string): Instruction[] {
  const out: Instruction[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    let line = lines[i]!.trim();
    if (!line || line.startsWith('#')) continue;
    while (line.endsWith('\\') && i + 1 < lines.length) line = `${line.slice(0, -1)} ${lines[++i]!.trim()}`;
    const [keyword = '', ...rest] = line.split(/\s+/);
    out.push({ keyword: keyword.toUpperCase(), args: rest.join(' '), line: start + 1 });
  }
  return out;
}

const KNOWN = new Set(
  'FROM RUN CMD LABEL EXPOSE ENV ADD COPY ENTRYPOINT VOLUME USER WORKDIR ARG ONBUILD STOPSIGNAL HEALTHCHECK SHELL'.split(
    ' ',
  ),
);

describe('deployment files', () => {
  const instructions = dockerfile(readFileSync('Dockerfile', 'utf8'));

  it('has a sound multi-stage Dockerfile: non-root, healthcheck, exec-form command', () => {
    for (const i of instructions) expect(KNOWN.has(i.keyword), `line ${i.line}: ${i.keyword}`).toBe(true);
    const froms = instructions.filter((i) => i.keyword === 'FROM');
    expect(froms.length).toBeGreaterThanOrEqual(2);
    const stages = froms.map((f) => /\bAS\s+(\S+)/i.exec(f.args)?.[1]);
    expect(stages.every(Boolean)).toBe(true);
    // Node 20 (the engines this repository supports), pinned to a major version, never :latest.
    for (const f of froms) expect(f.args).toMatch(/^node:20[-\w.]*\s/);
    // COPY --from names an earlier stage.
    for (const i of instructions.filter((x) => x.keyword === 'COPY' && x.args.includes('--from'))) {
      const from = /--from=(\S+)/.exec(i.args)?.[1];
      expect(stages).toContain(from);
    }
    const finalStage = instructions.slice(instructions.indexOf(froms.at(-1)!));
    const user = finalStage.filter((i) => i.keyword === 'USER').at(-1);
    expect(user?.args).toBeDefined();
    expect(user!.args).not.toMatch(/^(root|0)(:|$)/);
    // The last USER comes before the command, and only one HEALTHCHECK and one CMD, in exec form.
    const health = finalStage.filter((i) => i.keyword === 'HEALTHCHECK');
    expect(health).toHaveLength(1);
    expect(health[0]!.args).toMatch(/CMD \[.*\/health/);
    const cmd = finalStage.filter((i) => i.keyword === 'CMD');
    expect(cmd).toHaveLength(1);
    const argv = JSON.parse(cmd[0]!.args) as string[];
    // What the image runs is what package.json starts: the bundle, built in the image.
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(pkg.scripts.start).toContain(`exec ${argv.join(' ')}`);
    expect(argv.at(-1)).toBe('dist/main.mjs');
    expect(instructions.some((i) => i.keyword === 'RUN' && i.args.includes('node src/cli/build.mjs'))).toBe(
      true,
    );
    const fromBuild = finalStage.filter((i) => i.keyword === 'COPY' && i.args.includes('--from=build'));
    expect(fromBuild.map((i) => i.args).join('\n')).toMatch(/\/app\/dist \.\/dist/);
    expect(finalStage.indexOf(user!)).toBeLessThan(finalStage.indexOf(cmd[0]!));
    // Nothing fetched from the network at build time, and production dependencies only.
    expect(instructions.some((i) => i.keyword === 'ADD')).toBe(false);
    expect(
      instructions
        .filter((i) => i.keyword === 'RUN')
        .map((i) => i.args)
        .join('\n'),
    ).not.toMatch(/curl|wget/);
    // The node_modules the image carries come from a stage that installed production dependencies only.
    const modules = finalStage.find((i) => i.keyword === 'COPY' && /node_modules/.test(i.args));
    const depsStage = /--from=(\S+)/.exec(modules?.args ?? '')?.[1];
    const depsStart = instructions.findIndex(
      (i) => i.keyword === 'FROM' && i.args.endsWith(` AS ${depsStage}`),
    );
    const depsInstall = instructions
      .slice(depsStart)
      .find((i) => i.keyword === 'RUN' && i.args.includes('npm ci'));
    expect(depsInstall?.args).toContain('--omit=dev');
    // `npm start` bundles the sources, so the bundler is a production dependency.
    expect(pkg.dependencies.esbuild).toBeDefined();
    // The build context leaves out what the image must not carry.
    const ignored = readFileSync('.dockerignore', 'utf8').split('\n');
    for (const entry of ['node_modules', 'data', 'dist', '.env', '.git']) expect(ignored).toContain(entry);
  });

  it('composes PostgreSQL, Redis, two webhook instances and a TLS proxy', () => {
    const compose = parse(readFileSync('ops/compose.yaml', 'utf8'), { merge: true });
    const services = compose.services as Record<string, Record<string, unknown>>;
    expect(Object.keys(services).sort()).toEqual(['diana-1', 'diana-2', 'postgres', 'proxy', 'redis']);
    expect(services.postgres!.image).toMatch(/^postgres:15/);
    expect(services.redis!.image).toMatch(/^redis:7/);
    for (const name of ['diana-1', 'diana-2']) {
      const env = services[name]!.environment as Record<string, string>;
      expect(env.DATABASE_URL).toMatch(/^postgres:\/\/.*@postgres:5432\//);
      expect(env.REDIS_URL).toBe('redis://redis:6379');
      expect(env.WEBHOOK_URL).toMatch(/^https:\/\/\$\{DOMAIN.*\/telegram\/webhook$/);
      expect(env.HOST).toBe('0.0.0.0');
      expect((services[name]!.build as { dockerfile: string }).dockerfile).toBe('Dockerfile');
    }
    expect(services.proxy!.ports).toEqual(expect.arrayContaining(['443:443']));
    const caddy = readFileSync('ops/caddy/Caddyfile', 'utf8');
    expect(caddy).toContain('reverse_proxy diana-1:3000 diana-2:3000');
    expect(caddy).toContain('/telegram/webhook');
    // Every variable compose needs is in the example file.
    const example = readFileSync('ops/.env.example', 'utf8');
    for (const [, name] of readFileSync('ops/compose.yaml', 'utf8').matchAll(/\$\{(\w+)/g))
      expect(example, name).toMatch(new RegExp(`^${name}=`, 'm'));
  });

  it('alerts and charts only on metrics Diana exports', () => {
    const exported = new Set(
      new Metrics({} as Db).registry.getMetricsAsArray().flatMap((m) => {
        const name = m.name;
        return [name, `${name}_bucket`, `${name}_sum`, `${name}_count`];
      }),
    );
    const metricsIn = (expr: string) => [...expr.matchAll(/\b(diana_\w+)/g)].map((m) => m[1]!);
    const rules = parse(readFileSync('ops/prometheus/alerts.yml', 'utf8')).groups.flatMap(
      (g: { rules: Array<{ alert: string; expr: string; annotations: { runbook: string } }> }) => g.rules,
    );
    expect(rules.length).toBeGreaterThanOrEqual(6);
    for (const rule of rules) {
      for (const metric of metricsIn(rule.expr))
        expect(exported, `${rule.alert}: ${metric}`).toContain(metric);
      expect(existsSync(rule.annotations.runbook), rule.annotations.runbook).toBe(true);
    }
    const dashboard = JSON.parse(readFileSync('ops/grafana/diana-dashboard.json', 'utf8'));
    const exprs: string[] = dashboard.panels.flatMap((p: { targets: Array<{ expr: string }> }) =>
      p.targets.map((t) => t.expr),
    );
    expect(exprs.length).toBeGreaterThanOrEqual(8);
    for (const expr of exprs)
      for (const metric of metricsIn(expr)) expect(exported, metric).toContain(metric);
    expect(parse(readFileSync('ops/prometheus/prometheus.yml', 'utf8')).rule_files).toEqual(['alerts.yml']);
  });

  it('has the runbooks, each naming only npm scripts and files that exist', () => {
    const scripts = Object.keys(JSON.parse(readFileSync('package.json', 'utf8')).scripts);
    const dir = 'docs/runbooks';
    const files = readdirSync(dir);
    for (const name of [
      'restore-backup.md',
      'rotate-bot-token.md',
      'telegram-outage.md',
      'database-full.md',
      'dead-letters.md',
      'payment-refund.md',
      'scaling-out.md',
      'README.md',
    ])
      expect(files).toContain(name);
    for (const file of [...files.map((f) => join(dir, f)), 'docs/deploy.md']) {
      const text = readFileSync(file, 'utf8');
      for (const [, script] of text.matchAll(/npm run ([\w:-]+)/g))
        expect(scripts, `${file}: ${script}`).toContain(script);
      for (const [, link] of text.matchAll(/\]\(([^)#]+)(?:#[^)]*)?\)/g)) {
        if (/^https?:/.test(link!)) continue;
        expect(existsSync(resolve(dirname(file), link!)), `${file} links ${link}`).toBe(true);
      }
    }
  });
});

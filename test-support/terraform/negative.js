'use strict';
// Negative checks: each runs a deliberately broken fixture and passes only when
// Terraform fails the way it would against the real providers. They prove the
// harness bites: schemas are enforced, apply-time unknowns stay unknown at plan,
// sensitivity is served, and a second plan that is not empty is noticed.
const path = require('path');
const { createWorkspace } = require('./harness');

const fixture = (name) => path.join(__dirname, 'fixtures', name);

/** Output of a run, shortened for a failure message. */
const tail = (r) => `${r.command} exited ${r.code}\n${`${r.stdout}\n${r.stderr}`.trim().split('\n').slice(-15).join('\n')}`;

const NEGATIVES = [
  {
    name: 'an unknown argument fails validate',
    fixture: 'wrong-attribute',
    async run(ws) {
      const r = await ws.validate();
      const text = JSON.stringify(r.json || {}) + r.stderr;
      const ok = r.code !== 0 && /Unsupported argument|No argument or block type is named/.test(text);
      return { ok, detail: tail(r) };
    },
  },
  {
    name: 'count from an apply-time value fails plan with "Invalid count argument"',
    fixture: 'unknown-count',
    async run(ws) {
      const v = await ws.validate();
      if (v.code !== 0) return { ok: false, detail: `validate should pass first\n${tail(v)}` };
      const r = await ws.plan();
      return { ok: r.code !== 0 && /Invalid count argument/.test(r.stderr + r.stdout), detail: tail(r) };
    },
  },
  {
    name: 'a sensitive attribute in a non-sensitive output is refused',
    fixture: 'sensitive-output',
    async run(ws) {
      const v = await ws.validate();
      const r = v.code !== 0 ? v : await ws.plan();
      const text = JSON.stringify(r.json || {}) + r.stderr + r.stdout;
      return { ok: r.code !== 0 && /Output refers to sensitive values/.test(text), detail: tail(r) };
    },
  },
  {
    name: 'a second plan with changes is detected (exit code 2)',
    fixture: 'perpetual-diff',
    async run(ws) {
      for (const step of ['plan', 'apply']) {
        const r = await ws[step]();
        if (r.code !== 0) return { ok: false, detail: tail(r) };
      }
      const r = await ws.planAgain();
      return { ok: r.code === 2, detail: tail(r) };
    },
  },
];

/** Runs one negative check; resolves { name, ok, detail, ms }. */
async function runNegative(neg, { keep = false } = {}) {
  const started = Date.now();
  let ws;
  try {
    ws = createWorkspace({ moduleDir: fixture(neg.fixture), name: `negative-${neg.fixture}` });
  } catch (err) {
    return { name: neg.name, ok: false, detail: err.message, ms: Date.now() - started };
  }
  try {
    const got = await ws.get();
    if (got.code !== 0) return { name: neg.name, ok: false, detail: tail(got), ms: Date.now() - started };
    const result = await neg.run(ws);
    return { name: neg.name, ...result, ms: Date.now() - started };
  } finally {
    if (!keep) ws.cleanup();
  }
}

module.exports = { NEGATIVES, runNegative };

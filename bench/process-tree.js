'use strict';
// Runs a command and measures what the user's machine pays for it: wall time from spawn to
// exit, and the peak of the summed resident memory of the process and every descendant
// (polled from /proc), since the jsii runtime runs its kernel in a child process and
// `cdktf synth` runs the app in one.
const { spawn } = require('child_process');
const fs = require('fs');

const POLL_MS = 20;

/** The pid and every descendant of it, from /proc/<pid>/task/<tid>/children. */
function tree(pid) {
  const out = [];
  const queue = [pid];
  while (queue.length) {
    const p = queue.shift();
    out.push(p);
    let tasks = [];
    try { tasks = fs.readdirSync(`/proc/${p}/task`); } catch { continue; }
    for (const t of tasks) {
      try {
        const kids = fs.readFileSync(`/proc/${p}/task/${t}/children`, 'utf8').trim();
        if (kids) queue.push(...kids.split(/\s+/).map(Number));
      } catch { /* the task ended meanwhile */ }
    }
  }
  return out;
}

/** Resident memory of one process in kB (0 when it is gone). */
function rssKb(pid) {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch { return 0; }
}

/**
 * Spawns `command args` and resolves { code, wallMs, peakRssMb, child } once it exits.
 * `talk(child)`, if given, drives the process's stdio (e.g. the jsii protocol) and resolves
 * a value returned as `result`; stdout and stderr are otherwise collected.
 */
function measure(command, args, { cwd, env, talk, timeoutMs = 10 * 60 * 1000 } = {}) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { cwd, env, stdio: 'pipe' });
    let peakKb = 0;
    const poll = setInterval(() => {
      peakKb = Math.max(peakKb, tree(child.pid).reduce((sum, p) => sum + rssKb(p), 0));
    }, POLL_MS);
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    let stdout = '';
    let stderr = '';
    const talking = talk ? talk(child) : (child.stdout.on('data', (d) => { stdout += d; }), Promise.resolve(undefined));
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('error', reject);
    child.on('exit', async (code) => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      clearInterval(poll);
      clearTimeout(timer);
      let result;
      try { result = await talking; } catch (err) { return reject(new Error(`${command} ${args.join(' ')}: ${err.message}\n${stderr.slice(-2000)}`)); }
      resolve({ code, wallMs, peakRssMb: peakKb / 1024, stdout, stderr, result });
    });
  });
}

module.exports = { measure };

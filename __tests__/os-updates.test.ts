import * as YAML from 'yaml';
import { KURED } from '../lib/install/versions';
import { Token } from 'cdktf';
import { KURED_CHART_PATH, kuredHelmChart, kuredValues } from '../lib/k3s/kured';
import { DEFAULT_REBOOT_WINDOW, OS_UPDATE_RULES, osUpdateSettings, unattendedUpgradesText } from '../lib/os-updates';
import { InputRule, ruleHolds } from '../lib/validation';
import { resourcesOf, synthHetzner, tempDir, terraform, thrown } from './helpers';

function evaluate(expressions: string[]): string[] {
  const { status, output } = terraform(['console'], tempDir('tf-console-os-'), `jsonencode([${expressions.join(', ')}])\n`);
  if (status !== 0) throw new Error(output);
  return (JSON.parse(JSON.parse(output.trim())) as unknown[]).map(String);
}

/** A window both ways: the prop (camelCase, defaults applied by the rule) and the variable's object with Terraform's defaults. */
function window(w: { start?: string; end?: string; days?: string[]; timeZone?: string }) {
  const full = { ...DEFAULT_REBOOT_WINDOW, ...w };
  return { value: w, hcl: `({ start = ${JSON.stringify(full.start)}, end = ${JSON.stringify(full.end)}, days = ${JSON.stringify(full.days)}, time_zone = ${JSON.stringify(full.timeZone)} })` };
}

function agrees(rule: InputRule, cases: Array<[ReturnType<typeof window>, boolean]>) {
  expect(cases.map(([c]) => [c.hcl, ruleHolds(rule, c.value)])).toEqual(cases.map(([c, ok]) => [c.hcl, ok]));
  const results = evaluate(cases.map(([c]) => rule.condition(c.hcl)));
  expect(cases.map(([c], i) => [c.hcl, results[i]])).toEqual(cases.map(([c, ok]) => [c.hcl, String(ok)]));
}

describe('reboot window: each rule at synth time agrees with its Terraform condition', () => {
  it('start and end: HH:MM', () => {
    for (const rule of [OS_UPDATE_RULES.start, OS_UPDATE_RULES.end]) {
      const field = rule === OS_UPDATE_RULES.start ? 'start' : 'end';
      agrees(rule, [
        [window({ [field]: '00:00' }), true], [window({ [field]: '23:59' }), true], [window({ [field]: '24:00' }), false],
        [window({ [field]: '2:00' }), false], [window({ [field]: '02:00:00' }), false], [window({ [field]: '2am' }), false],
      ]);
    }
  });

  it('days: one or more of su..sa, each once', () => {
    agrees(OS_UPDATE_RULES.days, [
      [window({ days: ['sa', 'su'] }), true], [window({}), true], [window({ days: [] }), false],
      [window({ days: ['saturday'] }), false], [window({ days: ['sa', 'sa'] }), false], [window({ days: ['Sa'] }), false],
    ]);
  });

  it('timeZone: UTC or an IANA name', () => {
    agrees(OS_UPDATE_RULES.timeZone, [
      [window({ timeZone: 'UTC' }), true], [window({ timeZone: 'Europe/Berlin' }), true], [window({ timeZone: 'America/Argentina/Buenos_Aires' }), true],
      [window({ timeZone: 'CET+1' }), false], [window({ timeZone: 'europe/berlin' }), false], [window({ timeZone: '' }), false],
    ]);
  });

  it('start and end differ', () => {
    agrees(OS_UPDATE_RULES.openWindow, [[window({ start: '22:00', end: '04:00' }), true], [window({ start: '05:00' }), false]]);
  });

  it('a cluster names the input, the value and the fix; untyped callers too', () => {
    expect(thrown(() => synthHetzner({ rebootWindow: { start: '2am' } }))).toMatch(
      /invalid rebootWindow \(module variable reboot_window\): got \{"start":"2am"\}\. Expected start to be a time of day HH:MM/);
    expect(thrown(() => synthHetzner({ rebootWindow: { days: ['saturday'] } }))).toMatch(/Expected days to be one or more of su, mo, tu, we, th, fr, sa/);
    expect(thrown(() => synthHetzner({ osUpdates: 'yes' as unknown as boolean }))).toMatch(/invalid osUpdates \(module variable os_updates\): got "yes"\. Expected true/);
    expect(thrown(() => synthHetzner({ rebootWindow: { start: '03:00', end: '03:00' } }))).toMatch(/Expected start and end to differ/);
  });
});

describe('security updates and their reboots', () => {
  it('unattended-upgrades: on by default, never its own reboot; off turns it off', () => {
    expect(unattendedUpgradesText(true)).toBe('APT::Periodic::Update-Package-Lists "1";\nAPT::Periodic::Unattended-Upgrade "1";\nUnattended-Upgrade::Automatic-Reboot "false";\n');
    expect(unattendedUpgradesText(false)).toMatch(/Unattended-Upgrade "0";/);
  });

  it('kured: the pinned chart, one node at a time, every node tolerated, in the window', () => {
    const chart: any = kuredHelmChart(osUpdateSettings({ osUpdates: true, rebootWindow: { start: '01:30', days: ['sa', 'su'], timeZone: 'Europe/Berlin' } }));
    expect(chart.spec).toMatchObject({ repo: KURED.repo, chart: 'kured', version: KURED.version, targetNamespace: 'kube-system' });
    expect(Token.isUnresolved(chart.spec.valuesContent)).toBe(true);
    expect(kuredValues(osUpdateSettings({ osUpdates: true, rebootWindow: { start: '01:30', days: ['sa', 'su'], timeZone: 'Europe/Berlin' } }))).toEqual({
      configuration: { startTime: '01:30', endTime: '05:00', rebootDays: ['sa', 'su'], timeZone: 'Europe/Berlin', concurrency: 1, drainTimeout: '30m', period: '1h' },
      tolerations: [{ operator: 'Exists' }],
    });
  });

  const synth = (props: object) => synthHetzner({ readyTimeoutMinutes: 5, ...props }).json;
  const servers = (props: object) => Object.entries<any>(resourcesOf(synth(props), 'hcloud_server'));
  const kuredStep = (props: object) => Object.values<any>(resourcesOf(synth(props), 'terraform_data'))
    .find((r) => r.provisioner?.[0]?.['local-exec']?.environment?.OBJECT_PATH === KURED_CHART_PATH);

  it('every node gets the settings; kured\'s HelmChart goes over the API after the wait, again when the window changes', () => {
    for (const [name, server] of servers({})) {
      expect([name, server.user_data.includes('/etc/apt/apt.conf.d/52gitpod-unattended-upgrades')]).toEqual([name, true]);
      expect([name, server.user_data.includes('kured')]).toEqual([name, false]);
    }
    const step = kuredStep({});
    expect(step.count).toBe('${(5 >= 1) ? 1 : 0}');
    expect(step.triggers_replace.object).toMatch(/^\$\{sha256\(jsonencode\(/);
    expect(step.depends_on).toEqual([expect.stringMatching(/ready/)]);
    expect(step.provisioner[0]['local-exec'].environment.OBJECT_BODY).toContain('kubereboot.github.io/charts');
  });

  it('osUpdates false: no kured, and unattended-upgrades off', () => {
    for (const [name, server] of servers({ osUpdates: false })) {
      expect([name, server.user_data.includes(Buffer.from(unattendedUpgradesText(false)).toString('base64'))]).toEqual([name, true]);
    }
    expect(kuredStep({ osUpdates: false }).count).toBe(0);
  });

  it('the values kured gets (as Terraform renders them)', () => {
    const settings = osUpdateSettings({ osUpdates: true, rebootWindow: { end: '06:00' } });
    expect(settings).toEqual({ enabled: true, start: '02:00', end: '06:00', days: DEFAULT_REBOOT_WINDOW.days, timeZone: 'UTC' });
    const [values] = evaluate([`yamlencode(${JSON.stringify({ configuration: { startTime: settings.start, endTime: settings.end, rebootDays: settings.days, timeZone: settings.timeZone } })})`]);
    expect(YAML.parse(values).configuration).toEqual({ startTime: '02:00', endTime: '06:00', rebootDays: DEFAULT_REBOOT_WINDOW.days, timeZone: 'UTC' });
  });
});

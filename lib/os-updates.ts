import { IResolvable, Token, propertyAccess } from 'cdktf';
import { InputRule, hcl } from './validation';
import { Fn } from './fn';

/** When kured may reboot a node that a security update asks to reboot. */
export interface RebootWindow {
  /**
   * The window's start, `HH:MM` (24 hours).
   * @default "02:00"
   */
  readonly start?: string;
  /**
   * The window's end, `HH:MM`; before `start`, the window crosses midnight.
   * @default "05:00"
   */
  readonly end?: string;
  /**
   * The days it is open: `su`, `mo`, `tu`, `we`, `th`, `fr`, `sa`.
   * @default - every day
   */
  readonly days?: string[];
  /**
   * The time zone of `start` and `end`, an IANA name such as `Europe/Berlin`.
   * @default "UTC"
   */
  readonly timeZone?: string;
}

/** The days as kured takes them. @internal */
export const REBOOT_DAYS = ['su', 'mo', 'tu', 'we', 'th', 'fr', 'sa'];
/** The window unless the user says otherwise: 02:00 to 05:00 UTC, every day. @internal */
export const DEFAULT_REBOOT_WINDOW = { start: '02:00', end: '05:00', days: REBOOT_DAYS, timeZone: 'UTC' };

/** A time of day, `HH:MM`. @internal */
export const TIME_OF_DAY_PATTERN = '^([01][0-9]|2[0-3]):[0-5][0-9]$';
/** An IANA time zone name (`UTC`, `Europe/Berlin`, `America/Argentina/Buenos_Aires`). @internal */
export const TIME_ZONE_PATTERN = '^(UTC|[A-Z][A-Za-z_]+(/[A-Z][-A-Za-z0-9_+]+){1,2})$';

/** The Terraform type of `reboot_window`, whose fields default as the prop's do. @internal */
export const REBOOT_WINDOW_TYPE = `object({ start = optional(string, ${hcl(DEFAULT_REBOOT_WINDOW.start)}), end = optional(string, ${hcl(DEFAULT_REBOOT_WINDOW.end)}), `
  + `days = optional(list(string), ${hcl(REBOOT_DAYS)}), time_zone = optional(string, ${hcl(DEFAULT_REBOOT_WINDOW.timeZone)}) })`;

/** A rule on one field of the reboot window (the prop's field name; the variable's is snake_case). */
function windowRule(field: keyof RebootWindow, variableField: string, schema: object, expectation: string, condition: (ref: string) => string): InputRule {
  return {
    prop: 'rebootWindow',
    variable: 'reboot_window',
    optional: true,
    schema: { type: 'object', properties: { [field]: schema } },
    expectation,
    condition: (ref: string) => condition(`${ref}.${variableField}`),
  };
}

/** The rules of the OS update inputs. @internal */
export const OS_UPDATE_RULES = {
  osUpdates: {
    prop: 'osUpdates',
    variable: 'os_updates',
    schema: { type: 'boolean' },
    expectation: 'true (security updates installed daily, reboots by kured in the reboot window) or false (neither).',
    condition: (ref: string) => `${ref} == true || ${ref} == false`,
  },
  start: windowRule('start', 'start', { type: 'string', pattern: TIME_OF_DAY_PATTERN },
    'start to be a time of day HH:MM (24 hours), such as "02:00".', (f) => `can(regex(${hcl(TIME_OF_DAY_PATTERN)}, ${f}))`),
  end: windowRule('end', 'end', { type: 'string', pattern: TIME_OF_DAY_PATTERN },
    'end to be a time of day HH:MM (24 hours), such as "05:00" (before start, the window crosses midnight).', (f) => `can(regex(${hcl(TIME_OF_DAY_PATTERN)}, ${f}))`),
  days: windowRule('days', 'days', { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string', enum: REBOOT_DAYS } },
    `days to be one or more of ${REBOOT_DAYS.join(', ')}, each once, such as ["sa", "su"].`,
    (f) => `length(${f}) > 0 && length(distinct(${f})) == length(${f}) && alltrue([for d in ${f} : contains(${hcl(REBOOT_DAYS)}, d)])`),
  timeZone: windowRule('timeZone', 'time_zone', { type: 'string', pattern: TIME_ZONE_PATTERN },
    'timeZone (time_zone) to be UTC or an IANA time zone name such as "Europe/Berlin".', (f) => `can(regex(${hcl(TIME_ZONE_PATTERN)}, ${f}))`),
  openWindow: {
    prop: 'rebootWindow',
    variable: 'reboot_window',
    optional: true,
    expectation: 'start and end to differ: a window of no length never opens.',
    check: (value: unknown) => {
      const w = { ...DEFAULT_REBOOT_WINDOW, ...(value as RebootWindow | undefined) };
      return w.start !== w.end;
    },
    condition: (ref: string) => `${ref}.start != ${ref}.end`,
  },
} satisfies Record<string, InputRule>;

/** What the nodes and kured are made from (literal values or tokens). @internal */
export interface OsUpdateSettings {
  readonly enabled: boolean | IResolvable;
  readonly start: string;
  readonly end: string;
  readonly days: string[];
  readonly timeZone: string;
}

/** The settings from the resolved props (in a module, `rebootWindow` is the variable's object). @internal */
export function osUpdateSettings(props: { osUpdates: unknown; rebootWindow?: unknown }): OsUpdateSettings {
  const enabled = props.osUpdates as boolean | IResolvable;
  const window = props.rebootWindow;
  if (window !== undefined && Token.isUnresolved(window)) {
    const field = (name: string) => propertyAccess(window, [name]);
    return { enabled, start: Token.asString(field('start')), end: Token.asString(field('end')), days: Token.asList(field('days')), timeZone: Token.asString(field('time_zone')) };
  }
  return { enabled, ...DEFAULT_REBOOT_WINDOW, ...window as RebootWindow | undefined };
}

/**
 * /etc/apt/apt.conf.d/52gitpod-unattended-upgrades: Ubuntu's unattended-upgrades installs the
 * security pocket's updates daily (its default origins), or nothing when off; it never reboots
 * by itself, kured does, one node at a time. Named after 20auto-upgrades, which it overrides.
 * @internal
 */
export function unattendedUpgradesText(on: boolean): string {
  const value = on ? '1' : '0';
  return [
    `APT::Periodic::Update-Package-Lists "${value}";`,
    `APT::Periodic::Unattended-Upgrade "${value}";`,
    'Unattended-Upgrade::Automatic-Reboot "false";',
    '',
  ].join('\n');
}

/**
 * That file as a base64 write_files entry's content: a choice of two whole texts, in base64
 * because their quotes would not survive inside a Terraform conditional.
 * @internal
 */
export function unattendedUpgradesContent(enabled: boolean | IResolvable): string {
  const b64 = (on: boolean) => Buffer.from(unattendedUpgradesText(on)).toString('base64');
  if (typeof enabled === 'boolean') return b64(enabled);
  return Token.asString(Fn.conditional(enabled, b64(true), b64(false)));
}

import { IResolvable, Op, Token, propertyAccess } from 'cdktf';
import { InputRule, hcl } from './validation';
import { Fn } from './fn';

/** Where etcd snapshots are copied off the cluster: an S3-compatible bucket. */
export interface EtcdS3Storage {
  /**
   * The S3 endpoint's host name (and port), without `https://`: Hetzner Object Storage
   * `fsn1.your-objectstorage.com`, DigitalOcean Spaces `fra1.digitaloceanspaces.com`, Scaleway
   * Object Storage `s3.fr-par.scw.cloud`.
   */
  readonly endpoint: string;
  /** The bucket, which must exist: 3 to 63 lowercase letters, digits, dots and hyphens. */
  readonly bucket: string;
  /**
   * The bucket's region (Hetzner `fsn1`, DigitalOcean `fra1`, Scaleway `fr-par`).
   * @default "us-east-1"
   */
  readonly region?: string;
  /**
   * A folder (key prefix) in the bucket, such as `gitpod/etcd`.
   * @default - the bucket's root
   */
  readonly folder?: string;
}

/** The keys of an S3 bucket's access. Sensitive: pass sensitive variables' values. */
export interface EtcdS3Credentials {
  /** The access key ID. */
  readonly accessKey: string;
  /** The secret key. */
  readonly secretKey: string;
}

/** k3s's own schedule (twice a day), made explicit. @internal */
export const DEFAULT_ETCD_SNAPSHOT_SCHEDULE = '0 */12 * * *';
/** k3s's own retention: snapshots kept on each manager (and in the bucket). @internal */
export const DEFAULT_ETCD_SNAPSHOT_RETENTION = 5;
/** The region k3s assumes. @internal */
export const DEFAULT_ETCD_S3_REGION = 'us-east-1';
/** The kube-system Secret k3s reads the S3 settings from at every snapshot (`etcd-s3-config-secret`). @internal */
export const ETCD_S3_SECRET = 'gitpod-etcd-s3';

// Patterns without backslashes (see lib/validation.ts).
const CRON_FIELD = '[0-9*][0-9*/,-]*';
/** Five cron fields (minute, hour, day of month, month, day of week) of digits, `*`, `/`, `,` and `-`. @internal */
export const CRON_PATTERN = `^${CRON_FIELD}( ${CRON_FIELD}){4}$`;
const LABEL = '[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?';
/** A host name with at least two labels and an optional port, no scheme. @internal */
export const S3_ENDPOINT_PATTERN = `^${LABEL}([.]${LABEL})+(:[0-9]{1,5})?$`;
/** An S3 bucket name. @internal */
export const S3_BUCKET_PATTERN = '^[a-z0-9][-a-z0-9.]{1,61}[a-z0-9]$';
/** A region name such as fsn1, fra1, fr-par or us-east-1. @internal */
export const S3_REGION_PATTERN = '^[a-z0-9][-a-z0-9]{0,31}$';
/** A key prefix of path segments, no leading or trailing slash. @internal */
export const S3_FOLDER_PATTERN = '^([-a-zA-Z0-9._]+(/[-a-zA-Z0-9._]+)*)?$';

/** A rule on one field of the optional `etcd_s3` object: unset (null) is fine, as is an unset optional field. */
function s3FieldRule(field: keyof EtcdS3Storage, pattern: string, required: boolean, expectation: string): InputRule {
  return {
    prop: 'etcdS3',
    variable: 'etcd_s3',
    optional: true,
    schema: { type: 'object', ...required ? { required: [field] } : {}, properties: { [field]: { type: 'string', pattern } } },
    expectation,
    condition: (ref: string) => required
      ? `${ref} == null ? true : can(regex(${hcl(pattern)}, ${ref}.${field}))`
      : `${ref} == null ? true : ${ref}.${field} == null ? true : can(regex(${hcl(pattern)}, ${ref}.${field}))`,
  };
}

/** The rules of the snapshot inputs. @internal */
export const ETCD_SNAPSHOT_RULES = {
  schedule: {
    prop: 'etcdSnapshotSchedule',
    variable: 'etcd_snapshot_schedule',
    schema: { type: 'string', pattern: CRON_PATTERN },
    expectation: `five cron fields (minute hour day-of-month month day-of-week) of digits, *, /, , and - separated by single spaces, such as "${DEFAULT_ETCD_SNAPSHOT_SCHEDULE}" (every 12 hours, the default) or "30 3 * * *" (daily at 03:30 UTC).`,
    condition: (ref: string) => `can(regex(${hcl(CRON_PATTERN)}, ${ref}))`,
  },
  retention: {
    prop: 'etcdSnapshotRetention',
    variable: 'etcd_snapshot_retention',
    schema: { type: 'integer', minimum: 1, maximum: 1000 },
    expectation: `a whole number of snapshots from 1 to 1000 (${DEFAULT_ETCD_SNAPSHOT_RETENTION} is k3s's default).`,
    condition: (ref: string) => `${ref} == floor(${ref}) && ${ref} >= 1 && ${ref} <= 1000`,
  },
  endpoint: s3FieldRule('endpoint', S3_ENDPOINT_PATTERN, true,
    'endpoint to be the S3 host name without https://, such as "fsn1.your-objectstorage.com" (Hetzner), "fra1.digitaloceanspaces.com" (DigitalOcean) or "s3.fr-par.scw.cloud" (Scaleway).'),
  bucket: s3FieldRule('bucket', S3_BUCKET_PATTERN, true,
    'bucket to be an existing bucket\'s name: 3 to 63 lowercase letters, digits, dots and hyphens, starting and ending with a letter or digit, such as "gitpod-etcd-snapshots".'),
  region: s3FieldRule('region', S3_REGION_PATTERN, false,
    `region to be the bucket's region such as "fsn1", "fra1" or "fr-par" (default "${DEFAULT_ETCD_S3_REGION}").`),
  folder: s3FieldRule('folder', S3_FOLDER_PATTERN, false,
    'folder to be a key prefix of letters, digits, . _ - separated by single slashes, without a leading or trailing slash, such as "gitpod/etcd" (default: the bucket\'s root).'),
  credentials: {
    prop: 'etcdS3Credentials',
    variable: 'etcd_s3_credentials',
    optional: true,
    secret: true,
    schema: {
      type: 'object', required: ['accessKey', 'secretKey'],
      properties: { accessKey: { type: 'string', pattern: '^[^ ]+$' }, secretKey: { type: 'string', pattern: '^[^ ]+$' } },
    },
    expectation: 'the bucket\'s access key and secret key, both non-empty and without spaces, from sensitive variables (such as { access_key = var.s3_access_key, secret_key = var.s3_secret_key }).',
    condition: (ref: string) => `${ref} == null ? true : can(regex("^[^ ]+$", ${ref}.access_key)) && can(regex("^[^ ]+$", ${ref}.secret_key))`,
    variableRule: {
      condition: (ref: string) => `${ref} == null ? true : can(regex("^[^ ]+$", ${ref}.access_key)) && can(regex("^[^ ]+$", ${ref}.secret_key))`,
      expectation: 'access_key and secret_key, both non-empty and without spaces.',
    },
  },
} satisfies Record<string, InputRule>;

/** The snapshot settings a cluster's servers and its S3 step are made from (literal values or tokens). @internal */
export interface EtcdSnapshotSettings {
  readonly schedule: string;
  readonly retention: number;
  /** Whether the snapshots go to S3 too (a token in a module). */
  readonly s3: boolean | IResolvable;
  /** The S3 Secret's settings by k3s's key names (values may be tokens), for the Secret; absent without S3 in a literal configuration. */
  readonly s3Settings?: Record<string, string>;
}

/** The settings from the resolved props (literal or, in a module, tokens). @internal */
export function etcdSnapshotSettings(props: { etcdSnapshotSchedule: string; etcdSnapshotRetention: number; etcdS3?: unknown; etcdS3Credentials?: unknown }): EtcdSnapshotSettings {
  const storage = props.etcdS3 as EtcdS3Storage | undefined;
  const credentials = props.etcdS3Credentials as EtcdS3Credentials | undefined;
  const base = { schedule: props.etcdSnapshotSchedule, retention: props.etcdSnapshotRetention };
  if (storage === undefined) return { ...base, s3: false };
  const tokens = Token.isUnresolved(storage);
  const field = (name: string, fallback: string): string => tokens
    ? Token.asString(Fn.try([propertyAccess(storage, [name]), fallback]))
    : (storage as unknown as Record<string, string | undefined>)[name] ?? fallback;
  const credential = (name: 'accessKey' | 'secretKey', variableField: string): string => credentials === undefined
    ? ''
    : Token.isUnresolved(credentials) ? Token.asString(Fn.try([propertyAccess(credentials, [variableField]), ''])) : credentials[name];
  return {
    ...base,
    s3: tokens ? Op.neq(storage, Token.nullValue()) : true,
    s3Settings: {
      'etcd-s3-endpoint': field('endpoint', ''),
      'etcd-s3-bucket': field('bucket', ''),
      'etcd-s3-region': field('region', DEFAULT_ETCD_S3_REGION),
      'etcd-s3-folder': field('folder', ''),
      'etcd-s3-access-key': credential('accessKey', 'access_key'),
      'etcd-s3-secret-key': credential('secretKey', 'secret_key'),
    },
  };
}

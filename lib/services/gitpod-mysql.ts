/**
 * What Gitpod 2022.11.3 asks of an external MySQL, read at gitpod-io/gitpod tag 2022.11.3
 * (commit 9ae8bfde21). Every cloud's managed database is configured from here and the README's
 * "Managed services (opt-in)" section states the same facts with the same sources.
 * @internal
 */
export const GITPOD_MYSQL = {
  /**
   * The major version made on every cloud. Gitpod 2022.11 documents "MySQL 5.7"
   * (`install/installer/docs/overview.md`) and runs 5.7.34 in the cluster
   * (`install/installer/third_party/charts/mysql/values.yaml`); its KOTS preflight only warns on
   * another version (`install/kots/manifests/kots-preflight.yaml`). DigitalOcean, Scaleway and
   * Azure sell 8.0 only for new servers, so 8.0 it is, set up below to behave as 5.7 did where
   * Gitpod depends on it.
   */
  version: '8',
  /**
   * The database Gitpod's server and migrations use: `DB_NAME` is read with the default
   * `gitpod` (`components/gitpod-db/src/config.ts`) and the installer never sets it
   * (`install/installer/pkg/common/common.go`, `DatabaseEnv`).
   */
  database: 'gitpod',
  /**
   * The sessions database, which the installer's `db-session` job creates with
   * `CREATE DATABASE IF NOT EXISTS` (`install/installer/pkg/components/database/init/files/00-create-and-init-sessions-db.sql`).
   * Made here too, so that the job needs no CREATE privilege.
   */
  sessionsDatabase: 'gitpod-sessions',
  /** Both databases are `CHARSET utf8mb4` (the init scripts), and TypeORM connects with `charset: "utf8mb4"` (`components/gitpod-db/src/typeorm/typeorm.ts`). */
  characterSet: 'utf8mb4',
  /**
   * `CHARSET utf8mb4` alone gets the server's default collation: on 5.7, where Gitpod ran,
   * `utf8mb4_general_ci` (8.0's is `utf8mb4_0900_ai_ci`). Where a cloud lets the database's
   * collation be chosen, it is 5.7's.
   */
  collation: 'utf8mb4_general_ci',
  /**
   * `explicit_defaults_for_timestamp` must be OFF: "We rely on this in our DB implementations:
   * NULL (re-)sets configured columns to be initialized with CURRENT_TIMESTAMP"
   * (`install/installer/third_party/charts/mysql/values.yaml`, `--explicit-defaults-for-timestamp=OFF`;
   * `components/gitpod-db/src/typeorm/transformer.ts`). MySQL 8.0's default is ON.
   */
  explicitDefaultsForTimestamp: false,
  /**
   * MySQL 5.7's default `sql_mode` without `NO_AUTO_CREATE_USER`, which 8.0 removed: the
   * mode Gitpod's queries were written against (the installer sets none). A managed service
   * may start from a mode of its own; set explicitly, every cloud runs the same one (a mode with
   * `ANSI_QUOTES` would read the double-quoted strings of Gitpod's SQL as identifiers).
   */
  sqlMode: 'ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION',
  /**
   * Gitpod's database code uses the `mysql` npm driver `^2.18.1` (`components/gitpod-db/package.json`),
   * which cannot log in with MySQL 8.0's default `caching_sha2_password`.
   */
  authPlugin: 'mysql_native_password',
  /**
   * With `database.ssl.caCert`, the installer's jobs connect with `--ssl-mode=VERIFY_IDENTITY`
   * (`install/installer/pkg/components/database/init/job.go`) and the server with the CA as
   * `DB_CA_CERT` (`components/gitpod-db/src/config.ts`): the host in the secret must be a name
   * the server's certificate covers.
   */
  tlsVerifiesHost: true,
  /** The keys the installer's cluster check wants in the `database.external` secret (`install/installer/pkg/config/v1/validation.go`). */
  secretKeys: ['encryptionKeys', 'host', 'password', 'port', 'username'],
} as const;

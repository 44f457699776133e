import { Token } from 'cdktf';

/**
 * The size of a cluster: the main knob of the library.
 *
 * Use the constants from cdktf code; `ClusterSize.of(value)` takes a string, which may
 * be a Terraform token such as a variable (module mode).
 */
export class ClusterSize {
  /** PoCs and personal use: one manager and one worker, both running Gitpod. */
  public static readonly SMALL = new ClusterSize('small');
  /** Small teams: three tainted managers with embedded etcd, and `workerCount` workers. */
  public static readonly MEDIUM = new ClusterSize('medium');
  /** Large teams: three managers and autoscaled workers, where the cloud can autoscale. */
  public static readonly LARGE = new ClusterSize('large');

  /**
   * A size from its name (`small`, `medium`, `large`) or from a Terraform token.
   * A literal name is validated by the cluster construct, with its cloud's list of sizes.
   */
  public static of(value: string): ClusterSize {
    return new ClusterSize(value);
  }

  private constructor(
    /** The size name, or a token that resolves to it. */
    public readonly value: string,
  ) {}

  /** True when the size is only known when Terraform runs. */
  public get isToken(): boolean {
    return Token.isUnresolved(this.value);
  }
}

import { IResolvable, Op, TerraformLocal, Token, propertyAccess } from 'cdktf';
import { Construct } from 'constructs';
import { cloudCatalog } from './catalog';
import { Fn } from './fn';

/** @internal */
export interface SizeTopologyProps {
  readonly cloud: string;
  /** The size name, literal or token. */
  readonly size: string;
  /** The location, literal or token. */
  readonly location: string;
  /** Workers where the size takes its count from size data, literal or token. */
  readonly workerCount: number;
  /**
   * The managers' machine type where the size lets the user choose it (`large`):
   * `size_data.manager_type`, literal, token or null; unset for the catalog's.
   */
  readonly managerType?: string;
}

/**
 * Everything that depends on the size, as Terraform expressions over the size catalog.
 *
 * In module mode the size is a variable, so the shape of the cluster must be decided by
 * Terraform (`count`, lookups), not by TypeScript. cdktf users with a literal size go
 * through the same expressions: one code path, one set of tests.
 * @internal
 */
export class SizeTopology extends Construct {
  /** Managers: 1, or 3 with embedded etcd. */
  public readonly managerCount: number;
  /** Managers that join the first one. */
  public readonly joiningManagerCount: number;
  /** Workers. */
  public readonly workerCount: number;
  /** Managers are highly available: three with embedded etcd (whether they have a load balancer of their own is `hasManagerLoadBalancer`). */
  public readonly highAvailability: IResolvable;
  /** The managers get their own load balancer, whose address is then the API's. */
  public readonly hasManagerLoadBalancer: IResolvable;
  /** 1 when the managers get their own load balancer, else 0. */
  public readonly managerLoadBalancerCount: number;
  /** Managers carry the Gitpod labels and no taint. */
  public readonly managersRunWorkloads: IResolvable;
  /** The machine type of managers at this location. */
  public readonly managerType: string;
  /** The machine type of workers at this location. */
  public readonly workerType: string;
  /** The location group (for Hetzner, the network zone). */
  public readonly locationGroup: string;
  /** The workers are autoscaled pools (`large`): no fixed workers, the pools of `size_data`. */
  public readonly workersAutoscaled: IResolvable;

  constructor(scope: Construct, id: string, props: SizeTopologyProps) {
    super(scope, id);
    const catalog = cloudCatalog(props.cloud);
    const sizes = new TerraformLocal(this, 'sizes', catalog.sizes);
    const locations = new TerraformLocal(this, 'locations', catalog.locations);
    const spec = Fn.lookup(sizes.expression, props.size);
    const field = (name: string) => propertyAccess(spec, [name]);

    this.locationGroup = Fn.lookup(locations.expression, props.location);
    this.managerCount = Token.asNumber(field('managerCount'));
    this.joiningManagerCount = Token.asNumber(Op.sub(field('managerCount'), 1));
    // cdktf does not parenthesize a conditional that is an operand of Op.* (`a + c ? x : y`
    // parses as `(a + c) ? x : y`): tonumber() keeps these counts whole wherever they are used.
    this.workerCount = Token.asNumber(Fn.tonumber(Fn.conditional(field('workerCountFromSizeData'), props.workerCount, field('workerCount'))));
    this.highAvailability = Op.gt(field('managerCount'), 1);
    this.hasManagerLoadBalancer = field('managerLoadBalancer');
    this.managerLoadBalancerCount = Token.asNumber(Fn.tonumber(Fn.conditional(this.hasManagerLoadBalancer, 1, 0)));
    this.managersRunWorkloads = field('managersRunWorkloads');
    const machineType = (name: string) =>
      Fn.try([propertyAccess(field(name), [this.locationGroup]), propertyAccess(field(name), ['default'])]);
    this.workersAutoscaled = Fn.try([field('workersAutoscaled'), false]);
    const catalogManagerType = machineType('managerType');
    // The user's manager type counts where the workers are autoscaled (large) and one is given.
    this.managerType = props.managerType === undefined
      ? catalogManagerType
      : Token.asString(Fn.conditional(Op.and(this.workersAutoscaled, Op.neq(props.managerType, Token.nullValue())), props.managerType, catalogManagerType));
    this.workerType = machineType('workerType');
  }
}

/**
 * One pool of autoscaled workers of the `large` size: machines of one type, between
 * `minNodes` and `maxNodes` of them, with the same Kubernetes labels.
 *
 * Module variable: an element of `size_data.pools`, `{ name, machine_type, min, max, labels }`.
 */
export interface WorkerPool {
  /**
   * The pool's name: 1 to 20 lowercase letters, digits and hyphens, starting with a letter
   * (a DNS label). It is part of the nodes' names, so it is unique among the pools.
   */
  readonly name: string;

  /** The cloud's machine type of the pool's nodes (Hetzner `cx43`, Azure `Standard_D4s_v3`, Scaleway `PRO2-S`). */
  readonly machineType: string;

  /** The fewest nodes the pool keeps (0 to 100). Module: `min`. */
  readonly minNodes: number;

  /** The most nodes the pool may grow to (1 to 100, at least `minNodes`). Module: `max`. */
  readonly maxNodes: number;

  /**
   * Kubernetes labels of the pool's nodes (at most 10; keys outside the reserved
   * `kubernetes.io` and `k8s.io` namespaces). A pool without labels runs every Gitpod
   * workload (the five `gitpod.io/workload_*` labels); a pool with labels gets exactly
   * these, so that, for example, workspaces and services can have pools of their own.
   * @default - the five Gitpod workload labels
   */
  readonly labels?: { [key: string]: string };
}

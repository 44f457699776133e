// The container images of Gitpod's render: where they are named, which of them moved since
// 2022, how they are sent to a mirror, and whether each one resolves, all before Helm runs.
// Gitpod's last self-hosted installer (2022.11.x) names images that are no longer where it
// looks for them (Bitnami's versioned tags left docker.io/bitnami in Aug-Sep 2025; its own
// images are on eu.gcr.io, whose Container Registry shut down in March 2025). Nothing here can
// be checked when the package is built: the command checks on the user's machine.
import { ChildProcess, spawn } from 'child_process';
import * as YAML from 'yaml';
import { commandLine } from './runner';

// The grammar of distribution/reference (reference.go), which Docker, containerd and the
// kubelet parse with. Hand-written rather than a dependency: it is a dozen lines, and the
// published package should not gain a runtime dependency for them.
const ALPHANUMERIC = '[a-z0-9]+';
const SEPARATOR = '(?:[._]|__|[-]+)';
const PATH_COMPONENT = `${ALPHANUMERIC}(?:${SEPARATOR}${ALPHANUMERIC})*`;
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `(?:${DOMAIN_COMPONENT}(?:[.]${DOMAIN_COMPONENT})*|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?`;
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}';
const REMAINDER = new RegExp(`^(${PATH_COMPONENT}(?:/${PATH_COMPONENT})*)(?::(${TAG}))?(?:@(${DIGEST}))?$`);
const DOMAIN_ONLY = new RegExp(`^${DOMAIN}$`);
const PATH_ONLY = new RegExp(`^${PATH_COMPONENT}(?:/${PATH_COMPONENT})*$`);
const NAME_MAX = 255;

/** Docker Hub, the domain of a name that has none. */
const DOCKER_HUB = 'docker.io';
/** Names of Docker Hub as written in older references; the kubelet takes them as docker.io. */
const DOCKER_HUB_ALIASES = ['docker.io', 'index.docker.io', 'registry-1.docker.io'];

/** An image reference as written, split into its parts. @internal */
export interface ImageRef {
  /** The domain as written, or undefined when the name has none (Docker Hub). */
  readonly domain?: string;
  readonly path: string;
  readonly tag?: string;
  readonly digest?: string;
}

/**
 * Whether the first component of a name is a registry: as in distribution's splitDockerDomain,
 * only if it has a dot or a port, is localhost, or has upper case (`bitnami/x` is Docker Hub).
 */
function isDomain(component: string): boolean {
  return /[.:]/.test(component) || component === 'localhost' || component !== component.toLowerCase();
}

/** An image reference split into its parts, or undefined when the text is not one. @internal */
export function parseImageRef(text: string): ImageRef | undefined {
  const slash = text.indexOf('/');
  const first = slash < 0 ? '' : text.slice(0, slash);
  const domain = slash >= 0 && isDomain(first) ? first : undefined;
  if (domain !== undefined && !DOMAIN_ONLY.test(domain)) return undefined;
  const match = REMAINDER.exec(domain === undefined ? text : text.slice(slash + 1));
  if (!match) return undefined;
  const [, path, tag, digest] = match;
  if ((domain === undefined ? path.length : domain.length + 1 + path.length) > NAME_MAX) return undefined;
  return { domain, path, tag, digest };
}

/** A reference as written again from its parts (the inverse of parseImageRef). @internal */
export function formatImageRef(ref: ImageRef): string {
  return `${ref.domain === undefined ? '' : `${ref.domain}/`}${ref.path}${ref.tag === undefined ? '' : `:${ref.tag}`}${ref.digest === undefined ? '' : `@${ref.digest}`}`;
}

/** Where a reference points, as the kubelet reads it: Docker Hub named, `library/` for its official images. */
function normalized(ref: ImageRef): Required<Pick<ImageRef, 'domain'>> & ImageRef {
  const domain = ref.domain === undefined || DOCKER_HUB_ALIASES.includes(ref.domain) ? DOCKER_HUB : ref.domain;
  const path = domain === DOCKER_HUB && !ref.path.includes('/') ? `library/${ref.path}` : ref.path;
  return { domain, path, tag: ref.tag, digest: ref.digest };
}

/**
 * One image per pull target: Docker Hub and `library/` spelled out, `:latest` where neither tag
 * nor digest is given (what the kubelet pulls then), so that two spellings are one line.
 * @internal
 */
export function canonicalImage(text: string): string {
  const ref = parseImageRef(text);
  if (!ref) return text;
  const n = normalized(ref);
  return formatImageRef({ ...n, tag: n.tag === undefined && n.digest === undefined ? 'latest' : n.tag });
}

/** A registry that images moved away from, and where they went. @internal */
export interface MovedImages {
  /** Domain and path prefix of the old place (normalized: docker.io spelled out). */
  readonly from: string;
  readonly to: string;
  /** What moved: with `versioned`, only references with a tag other than latest, or a digest. */
  readonly versioned: boolean;
  /** When, and where it was announced: printed with the rewrite. */
  readonly why: string;
}

/**
 * Images that moved since the 2022 installer was built. Bitnami moved every versioned tag
 * to docker.io/bitnamilegacy (no updates there any more) and keeps `latest` under
 * docker.io/bitnami for the images it still publishes, so a reference without a version is
 * left as it is (and the check says when it is gone).
 * @internal
 */
export const MOVED_IMAGES: readonly MovedImages[] = [
  {
    from: 'docker.io/bitnami/',
    to: 'docker.io/bitnamilegacy/',
    versioned: true,
    why: 'Bitnami moved its versioned tags between 28 August and 29 September 2025, bitnami/containers#83267',
  },
];

/** The place an image moved to, written as it was (with or without its domain); the reference itself when it did not move. @internal */
export function movedImage(text: string, rules: readonly MovedImages[] = MOVED_IMAGES): string {
  const ref = parseImageRef(text);
  if (!ref) return text;
  const n = normalized(ref);
  const name = `${n.domain}/${n.path}`;
  for (const rule of rules) {
    if (!name.startsWith(rule.from)) continue;
    if (rule.versioned && (n.tag === undefined || n.tag === 'latest') && n.digest === undefined) continue;
    const target = parseImageRef(`${rule.to}${name.slice(rule.from.length)}`)!;
    // Keep the spelling: a Docker Hub name written without docker.io (or as index.docker.io) stays so.
    const onHub = normalized(target).domain === DOCKER_HUB && (ref.domain === undefined || DOCKER_HUB_ALIASES.includes(ref.domain));
    return formatImageRef({ domain: onHub ? ref.domain : target.domain, path: target.path, tag: ref.tag, digest: ref.digest });
  }
  return text;
}

/**
 * The copy of an image in a mirror: the mirror, then the image's path without its registry
 * (skopeo sync's layout; `docker.io/bitnamilegacy/rabbitmq:3.11` becomes
 * `MIRROR/bitnamilegacy/rabbitmq:3.11`). An image already in the mirror is left as it is.
 * @internal
 */
export function mirroredImage(text: string, mirror: string): string {
  const ref = parseImageRef(text);
  if (!ref) return text;
  const n = normalized(ref);
  if (`${n.domain}/${n.path}`.startsWith(`${mirror}/`)) return text;
  const slash = mirror.indexOf('/');
  const domain = slash < 0 ? mirror : mirror.slice(0, slash);
  const prefix = slash < 0 ? '' : `${mirror.slice(slash + 1)}/`;
  return formatImageRef({ domain, path: `${prefix}${n.path}`, tag: ref.tag, digest: ref.digest });
}

/**
 * Whether a text can be a mirror: a registry (a domain by distribution's rule: a dot, a port
 * or localhost) and an optional path, with no scheme, tag or digest.
 * @internal
 */
export function isRegistryPrefix(text: string): boolean {
  const slash = text.indexOf('/');
  const domain = slash < 0 ? text : text.slice(0, slash);
  if (!DOMAIN_ONLY.test(domain) || !isDomain(domain)) return false;
  return slash < 0 || PATH_ONLY.test(text.slice(slash + 1));
}

/** What the gitpod step does to the images of the render. @internal */
export interface ImagePlan {
  /** Rewrite the images of MOVED_IMAGES. */
  readonly rewriteMoved: boolean;
  /** A registry (and path) holding a copy of every image. */
  readonly mirror?: string;
}

/** An image of the render: as the installer wrote it, where it is pulled from without a mirror, and where with. @internal */
export interface RenderedImage {
  readonly written: string;
  /** After the moved images' rewrite, canonical: what to copy into a mirror. */
  readonly source: string;
  /** What the cluster pulls, canonical. */
  readonly pulled: string;
}

/** The reference the cluster pulls instead of an image as written. @internal */
export function plannedImage(text: string, plan: ImagePlan): string {
  const moved = plan.rewriteMoved ? movedImage(text) : text;
  return plan.mirror === undefined ? moved : mirroredImage(moved, plan.mirror);
}

/** A change to a text: the characters from start to end become `text`. */
interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Keys whose string value is an image: Kubernetes' `image`, and Gitpod's configs (`supervisorImage`, `latestImage`, ...). */
const IMAGE_KEY = /^(image|[a-z][A-Za-z0-9]*Image)$/;
/** Keys whose value is a list of images (Gitpod's IDE config: `imageLayers`, `latestImageLayers`). */
const IMAGE_LIST_KEY = /^(imageLayers|[a-z][A-Za-z0-9]*ImageLayers)$/;

function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** Every start of `needle` in `haystack`, overlapping ones too. */
function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/** A string as a YAML scalar that is valid wherever a scalar stood: double-quoted (JSON's escapes are YAML's). */
function quotedScalar(value: string, replaced: string): string {
  return JSON.stringify(value) + (replaced.endsWith('\n') ? '\n' : '');
}

/** A scalar's value as the chart wrote it, or undefined when it is not a string or a number. */
function scalarText(node: YAML.Scalar): string | undefined {
  if (typeof node.value === 'string') return node.value;
  // A tag such as 3.10 is read as a number; its source is what the chart wrote.
  if (typeof node.value === 'number' && typeof node.source === 'string') return node.source;
  return undefined;
}

/**
 * Finds the images in one YAML text (every document of it) and says how to rewrite them, by
 * position, so that everything else keeps its bytes. Strings that hold JSON or YAML (Gitpod's
 * component configs in ConfigMaps) are read too.
 */
class ImageFinder {
  public readonly edits: Edit[] = [];
  public readonly written: string[] = [];
  public unreadable = 0;
  /** Documents whose content is a mapping or a list (a string that holds none is not a config). */
  public structured = 0;

  constructor(private readonly text: string, private readonly map: (image: string) => string) {}

  public run(): this {
    const docs = YAML.parseAllDocuments(this.text);
    for (const doc of Array.isArray(docs) ? docs : []) {
      if (doc.errors.length > 0) {
        this.unreadable++;
        continue;
      }
      if (YAML.isMap(doc.contents) || YAML.isSeq(doc.contents)) this.structured++;
      this.walk(doc.contents);
    }
    return this;
  }

  private walk(node: unknown): void {
    if (YAML.isMap(node)) this.walkMap(node);
    else if (YAML.isSeq(node)) node.items.forEach((item) => this.walk(item));
    else if (YAML.isScalar(node) && typeof node.value === 'string') this.embedded(node);
  }

  private walkMap(map: YAML.YAMLMap): void {
    const taken = new Set<unknown>([...this.chartValues(map), ...this.layerRef(map)]);
    for (const pair of map.items) {
      if (taken.has(pair.value)) continue;
      const key = YAML.isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (key !== undefined && IMAGE_KEY.test(key) && YAML.isScalar(pair.value) && typeof pair.value.value === 'string') {
        this.field(pair.value);
      } else if (key !== undefined && IMAGE_LIST_KEY.test(key) && YAML.isSeq(pair.value)) {
        pair.value.items.forEach((item) => (YAML.isScalar(item) && typeof item.value === 'string' ? this.field(item) : this.walk(item)));
      } else {
        this.walk(pair.value);
      }
    }
  }

  /** An image field: the whole string is the reference. */
  private field(node: YAML.Scalar): void {
    const value = node.value as string;
    if (!parseImageRef(value)) return;
    this.written.push(value);
    const next = this.map(value);
    if (next !== value) this.replace(node, value, next);
  }

  /**
   * Chart values as Bitnami charts write them (`registry`, `repository`, `tag`, `digest`),
   * joined as their `common.images.image` helper joins them; the scalars that hold it are
   * rewritten, each kept apart.
   */
  private chartValues(map: YAML.YAMLMap): unknown[] {
    const get = (name: string) => map.items.find((p) => YAML.isScalar(p.key) && p.key.value === name)?.value;
    const repository = get('repository');
    const registry = get('registry');
    const tag = get('tag');
    const digest = get('digest');
    if (!YAML.isScalar(repository) || typeof repository.value !== 'string' || (tag === undefined && digest === undefined)) return [];
    const registryText = YAML.isScalar(registry) ? scalarText(registry) ?? '' : '';
    const tagText = YAML.isScalar(tag) ? scalarText(tag) ?? '' : '';
    const digestText = YAML.isScalar(digest) ? scalarText(digest) ?? '' : '';
    const full = `${registryText === '' ? '' : `${registryText}/`}${repository.value}${digestText !== '' ? `@${digestText}` : tagText !== '' ? `:${tagText}` : ''}`;
    const ref = parseImageRef(full);
    if (!ref) return [];
    this.written.push(full);
    const next = parseImageRef(this.map(full))!;
    const name = formatImageRef({ domain: next.domain, path: next.path });
    if (registryText !== '' && YAML.isScalar(registry)) {
      const keeps = name.startsWith(`${registryText}/`);
      const newRegistry = keeps ? registryText : next.domain ?? DOCKER_HUB;
      const newRepository = keeps ? name.slice(registryText.length + 1) : next.path;
      if (newRegistry !== registryText) this.replace(registry, registryText, newRegistry);
      if (newRepository !== repository.value) this.replace(repository, repository.value, newRepository);
    } else if (name !== repository.value) {
      this.replace(repository, repository.value, name);
    }
    return [repository, registry, tag, digest].filter((n) => n !== undefined);
  }

  /** registry-facade's static layers: `{ ref: IMAGE, type: image }`. */
  private layerRef(map: YAML.YAMLMap): unknown[] {
    const get = (name: string) => map.items.find((p) => YAML.isScalar(p.key) && p.key.value === name)?.value;
    const type = get('type');
    const ref = get('ref');
    if (!YAML.isScalar(type) || type.value !== 'image' || !YAML.isScalar(ref) || typeof ref.value !== 'string') return [];
    this.field(ref);
    return [ref];
  }

  /** A string that holds JSON or YAML: its images, its edits carried over to the string's source. */
  private embedded(node: YAML.Scalar): void {
    const value = node.value as string;
    const start = value.trimStart();
    if (!(start.startsWith('{') || start.startsWith('[') || value.includes('\n'))) return;
    const inner = new ImageFinder(value, this.map).run();
    if (inner.structured === 0) return;
    this.written.push(...inner.written);
    if (inner.edits.length === 0) return;
    const carried = this.carry(node, value, inner.edits);
    if (carried) this.edits.push(...carried);
    else this.edits.push(this.whole(node, applyEdits(value, inner.edits)));
  }

  /**
   * The edits of a string's value, moved to the string's source. A reference is written the
   * same in both (it has no character YAML escapes or folds), so the n-th occurrence in the
   * value is the n-th in the source; where the counts differ, undefined.
   */
  private carry(node: YAML.Scalar, value: string, edits: readonly Edit[]): Edit[] | undefined {
    const [from, to] = node.range!;
    const source = this.text.slice(from, to);
    const moved: Edit[] = [];
    for (const e of edits) {
      const old = value.slice(e.start, e.end);
      const inValue = occurrences(value, old);
      const inSource = occurrences(source, old);
      if (old === '' || inValue.length !== inSource.length) return undefined;
      const at = inSource[inValue.indexOf(e.start)];
      moved.push({ start: from + at, end: from + at + old.length, text: e.text });
    }
    const sorted = [...moved].sort((a, b) => a.start - b.start);
    return sorted.every((e, i) => i === 0 || sorted[i - 1].end <= e.start) ? moved : undefined;
  }

  /** Rewrites `old` in a scalar's source; if it is not written there as it reads, the whole scalar. */
  private replace(node: YAML.Scalar, old: string, next: string): void {
    const [from, to] = node.range!;
    const found = occurrences(this.text.slice(from, to), old);
    if (found.length === 1) this.edits.push({ start: from + found[0], end: from + found[0] + old.length, text: next });
    else this.edits.push(this.whole(node, next));
  }

  private whole(node: YAML.Scalar, value: string): Edit {
    const [from, to] = node.range!;
    return { start: from, end: to, text: quotedScalar(value, this.text.slice(from, to)) };
  }
}

/** The images of a render and the render with them rewritten. @internal */
export interface ImageRewrite {
  readonly text: string;
  /** Every image found, as written, in the order found (repeats included). */
  readonly written: readonly string[];
  /** Documents that are not YAML this code can read: their images were not seen. */
  readonly unreadable: number;
}

/**
 * Rewrites every image of a YAML text (containers, init containers, chart values, Gitpod's
 * configs) with `map`; every other byte stays as it was.
 * @internal
 */
export function rewriteImages(text: string, map: (image: string) => string): ImageRewrite {
  const finder = new ImageFinder(text, map).run();
  return { text: applyEdits(text, finder.edits), written: finder.written, unreadable: finder.unreadable };
}

/** The images of a render, once each, sorted by where they are pulled from. @internal */
export function renderedImages(written: readonly string[], plan: ImagePlan): RenderedImage[] {
  const byPulled = new Map<string, RenderedImage>();
  for (const image of written) {
    const pulled = canonicalImage(plannedImage(image, plan));
    if (!byPulled.has(pulled)) byPulled.set(pulled, { written: image, source: canonicalImage(plan.rewriteMoved ? movedImage(image) : image), pulled });
  }
  return [...byPulled.values()].sort((a, b) => (a.pulled < b.pulled ? -1 : a.pulled > b.pulled ? 1 : 0));
}

/** What resolving images needs from the run: printed like every command, run unless a dry run. @internal */
export interface Resolver {
  /** docker's environment: the run's CHILD_ENVIRONMENT for docker (runner.ts), never the whole of ours. */
  readonly env: NodeJS.ProcessEnv;
  readonly out: (text: string) => void;
  readonly dryRun: boolean;
  /** How long one image may take. */
  readonly timeoutMs: number;
  /** Told of each child, so that an interrupted run stops it (Runner.track). */
  readonly track?: (child: ChildProcess) => void;
  /** True once the run is interrupted: no more images are asked about. */
  readonly interrupted?: () => boolean;
}

/** How many images are asked about at once: enough to hide latency, few enough for a registry's rate limit. */
const PARALLEL = 4;

/**
 * Resolves an image without pulling it (`docker manifest inspect` asks the registry for its
 * manifest with docker's own credentials and proxy); undefined when it resolves, else why not.
 * The Runner has no timeout, and an unreachable registry can hang for minutes: hence a child
 * of our own.
 * @internal
 */
export function resolveImage(resolver: Resolver, image: string): Promise<string | undefined> {
  const args = ['manifest', 'inspect', image];
  resolver.out(`${commandLine('docker', args)}\n`);
  if (resolver.dryRun) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const child = spawn('docker', args, { env: resolver.env, stdio: ['ignore', 'ignore', 'pipe'] });
    resolver.track?.(child);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve(`no answer within ${resolver.timeoutMs / 1000} s`);
    }, resolver.timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      resolve(`docker: ${e.message}`);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      const reason = stderr.split('\n').map((l) => l.trim()).find((l) => l !== '');
      resolve(code === 0 ? undefined : (reason ?? `docker exited with code ${code}`).slice(0, 300));
    });
  });
}

/** Resolves every image (a few at a time, each printed as it starts, in order); the ones that do not, with why. @internal */
export async function unresolvedImages(resolver: Resolver, images: readonly string[]): Promise<Array<{ image: string; reason: string }>> {
  const reasons: Array<string | undefined> = new Array(images.length);
  let next = 0;
  const worker = async () => {
    while (next < images.length && !resolver.interrupted?.()) {
      const i = next++;
      reasons[i] = await resolveImage(resolver, images[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, images.length) }, worker));
  return images.flatMap((image, i) => (reasons[i] === undefined ? [] : [{ image, reason: reasons[i]! }]));
}

/** What to do about one image that does not resolve. @internal */
export function unresolvedAdvice(image: RenderedImage, reason: string, plan: ImagePlan): string {
  const domain = parseImageRef(image.pulled)?.domain ?? DOCKER_HUB;
  if (/unauthori[sz]ed|denied|authentication required|401|403/i.test(reason)) {
    return `log in to ${domain} (\`docker login ${domain}\`) if it needs credentials, or copy the image to a mirror and pass --image-mirror`;
  }
  if (plan.mirror !== undefined && image.pulled !== image.source) return `copy ${image.source} to ${image.pulled}`;
  const moved = MOVED_IMAGES.find((rule) => image.source.startsWith(rule.from));
  if (!plan.rewriteMoved && moved) return `this image moved to ${moved.to} (${moved.why}): leave the rewrite on (no --no-image-rewrite)`;
  return 'copy it to a registry you control and pass --image-mirror REGISTRY';
}

import * as YAML from 'yaml';
import { CHART_RENDER_IMAGES, FakeTools, chartRender, missingImages } from './install-helpers';
import { postProcessRender } from '../lib/install/gitpod';
import {
  canonicalImage, isRegistryPrefix, mirroredImage, movedImage, parseImageRef, renderedImages, rewriteImages, unresolvedAdvice, unresolvedImages,
} from '../lib/install/images';

const DIGEST = `sha256:${'a'.repeat(64)}`;

describe('image references', () => {
  it('parse as distribution/reference does: a domain only with a dot, a port or localhost', () => {
    expect(parseImageRef('docker.io/bitnami/rabbitmq:3.11.2-debian-11-r0')).toEqual({ domain: 'docker.io', path: 'bitnami/rabbitmq', tag: '3.11.2-debian-11-r0' });
    expect(parseImageRef('bitnami/rabbitmq:3.11')).toEqual({ path: 'bitnami/rabbitmq', tag: '3.11' });
    expect(parseImageRef('localhost:5000/x')).toEqual({ domain: 'localhost:5000', path: 'x' });
    expect(parseImageRef(`eu.gcr.io/a/b/c:t@${DIGEST}`)).toEqual({ domain: 'eu.gcr.io', path: 'a/b/c', tag: 't', digest: DIGEST });
    for (const bad of ['', 'Hello world', 'https://registry.example.com/x', 'x.io/Upper:1', 'x:1:2', 'x@sha256:short', 'a//b']) {
      expect([bad, parseImageRef(bad)]).toEqual([bad, undefined]);
    }
  });

  it('have one canonical spelling per pull target (docker.io and library/ spelled out, latest when untagged)', () => {
    expect(canonicalImage('alpine')).toBe('docker.io/library/alpine:latest');
    expect(canonicalImage('index.docker.io/bitnami/x:1')).toBe('docker.io/bitnami/x:1');
    expect(canonicalImage(`quay.io/x@${DIGEST}`)).toBe(`quay.io/x@${DIGEST}`);
  });
});

describe('images that moved', () => {
  it('docker.io/bitnami/NAME:TAG becomes docker.io/bitnamilegacy/NAME:TAG, spelled as it was', () => {
    expect(movedImage('docker.io/bitnami/rabbitmq:3.11.2-debian-11-r0')).toBe('docker.io/bitnamilegacy/rabbitmq:3.11.2-debian-11-r0');
    expect(movedImage('bitnami/mysql:5.7.40-debian-11-r6')).toBe('bitnamilegacy/mysql:5.7.40-debian-11-r6');
    expect(movedImage('index.docker.io/bitnami/minio:1')).toBe('index.docker.io/bitnamilegacy/minio:1');
    expect(movedImage(`docker.io/bitnami/minio@${DIGEST}`)).toBe(`docker.io/bitnamilegacy/minio@${DIGEST}`);
  });

  it('leaves latest, untagged names, other registries and look-alike names where they are', () => {
    for (const image of ['docker.io/bitnami/x:latest', 'bitnami/x', 'quay.io/bitnami/x:1', 'docker.io/bitnamilegacy/x:1', 'docker.io/bitnami-labs/x:1', 'ghcr.io/bitnami/x:1']) {
      expect(movedImage(image)).toBe(image);
    }
  });
});

describe('a mirror', () => {
  it('holds each image under its path without the registry, and leaves its own images alone', () => {
    expect(mirroredImage('docker.io/bitnamilegacy/rabbitmq:3.11', 'registry.example.com/gitpod')).toBe('registry.example.com/gitpod/bitnamilegacy/rabbitmq:3.11');
    expect(mirroredImage('alpine:3', 'localhost:5000')).toBe('localhost:5000/library/alpine:3');
    expect(mirroredImage(`eu.gcr.io/gitpod-core-dev/build/server@${DIGEST}`, 'm.example.com')).toBe(`m.example.com/gitpod-core-dev/build/server@${DIGEST}`);
    expect(mirroredImage('registry.example.com/gitpod/x:1', 'registry.example.com/gitpod')).toBe('registry.example.com/gitpod/x:1');
  });

  it('is a registry with an optional path: no scheme, no tag, a domain by the reference rules', () => {
    for (const good of ['registry.example.com', 'registry.example.com/gitpod/mirror', 'localhost:5000', '10.0.0.1:5000/x']) expect([good, isRegistryPrefix(good)]).toEqual([good, true]);
    for (const bad of ['gitpod', 'https://registry.example.com', 'registry.example.com/x:1', 'registry.example.com/X', '']) expect([bad, isRegistryPrefix(bad)]).toEqual([bad, false]);
  });
});

describe('rewriting the images of a render', () => {
  it('rewrites every docker.io/bitnami image in the shapes the charts write, and touches nothing else', () => {
    const out = rewriteImages(chartRender('bitnami'), movedImage);
    expect(out.text).toBe(chartRender('bitnamilegacy'));
    expect(out.unreadable).toBe(0);
  });

  it('is a fixed point: a rewritten render is left as it is', () => {
    expect(rewriteImages(chartRender('bitnamilegacy'), movedImage).text).toBe(chartRender('bitnamilegacy'));
  });

  it('finds every image: containers, init containers, chart values (in the manifests and in strings), Gitpod\'s configs', () => {
    const out = rewriteImages(chartRender('bitnami'), (i) => i);
    expect(renderedImages(out.written, { rewriteMoved: true }).map((i) => i.pulled)).toEqual(CHART_RENDER_IMAGES);
    expect(CHART_RENDER_IMAGES).toEqual([...CHART_RENDER_IMAGES].sort());
    // The supervisor and bitnami-shell are named twice, spelled two ways; listed once each.
    expect(out.written.filter((i) => i.includes('supervisor'))).toHaveLength(2);
  });

  it('with a mirror, points every image at it, chart values split as the charts join them', () => {
    const mirror = 'registry.example.com/gitpod';
    const out = rewriteImages(chartRender('bitnami'), (i) => mirroredImage(movedImage(i), mirror));
    const again = rewriteImages(out.text, (i) => i);
    expect(again.written.map(canonicalImage).filter((i) => !i.startsWith(`${mirror}/`))).toEqual([]);
    expect(renderedImages(again.written, { rewriteMoved: false }).map((i) => i.pulled)).toEqual(CHART_RENDER_IMAGES.map((i) => `${mirror}/${i.slice(i.indexOf('/') + 1)}`).sort());
    const release = YAML.parseAllDocuments(out.text).map((d) => d.toJS()).find((d) => d.kind === 'HelmRelease');
    expect(release.spec.values.image).toEqual({ registry: 'registry.example.com', repository: 'gitpod/bitnamilegacy/minio', tag: '2022.10.29-debian-11-r0', digest: '' });
    expect(release.spec.values.mirrored).toEqual({ registry: 'registry.example.com', repository: 'gitpod/bitnami/minio', tag: '2022.10.29' });
    // Comments and other mentions keep their words.
    expect(out.text).toContain('# Bitnami\'s chart, https://github.com/bitnami/charts (docker.io/bitnami/rabbitmq)');
    expect(out.text).toContain('note: "built from docker.io/bitnami/rabbitmq:3.11.2-debian-11-r0"');
  });

  it('rewrites a string whose source escapes the reference as a whole, still valid YAML with the same values around it', () => {
    const text = 'kind: ConfigMap\ndata:\n  a: "{\\"image\\": \\"docker.io\\/bitnami\\/y:2\\", \\"note\\": \\"docker.io/bitnami/y:2\\"}"\n  b: kept\n---\nimage: "docker.io\\/bitnami\\/w:4"\nafter: x\n';
    const out = rewriteImages(text, movedImage);
    expect(YAML.parseAllDocuments(out.text).map((d) => d.toJS())).toEqual([
      { kind: 'ConfigMap', data: { a: '{"image": "docker.io/bitnamilegacy/y:2", "note": "docker.io/bitnami/y:2"}', b: 'kept' } },
      { image: 'docker.io/bitnamilegacy/w:4', after: 'x' },
    ]);
  });

  it('counts documents it cannot read, and rewrites the others', () => {
    const out = rewriteImages('image: docker.io/bitnami/x:1\n---\na: [unclosed\n---\nimage: docker.io/bitnami/y:1\n', movedImage);
    expect(out.unreadable).toBe(1);
    expect(out.text).toBe('image: docker.io/bitnamilegacy/x:1\n---\na: [unclosed\n---\nimage: docker.io/bitnamilegacy/y:1\n');
  });

  it('is part of postProcessRender, before the registry claim and the braces; and can be switched off', () => {
    const render = `${chartRender('bitnami')}---\nkind: ConfigMap\ndata:\n  t: "{{ x }}"\n`;
    const on = postProcessRender(render);
    expect(on.text).toBe(`${chartRender('bitnamilegacy')}---\nkind: ConfigMap\ndata:\n  t: "{{ "{{" }} x }}"\n`);
    expect(on.images.map((i) => i.pulled)).toEqual(CHART_RENDER_IMAGES);
    const off = postProcessRender(render, { rewriteMoved: false });
    expect(off.text.startsWith(chartRender('bitnami'))).toBe(true);
    expect(off.images.map((i) => i.pulled)).toContain('docker.io/bitnami/rabbitmq:3.11.2-debian-11-r0');
  });
});

describe('resolving images (a fake docker that knows some images and not others)', () => {
  const resolver = (fakes: FakeTools, extra: { dryRun?: boolean; timeoutMs?: number } = {}) => {
    const printed: string[] = [];
    return {
      printed,
      resolver: { env: { PATH: fakes.bin }, out: (t: string) => printed.push(t), dryRun: extra.dryRun ?? false, timeoutMs: extra.timeoutMs ?? 10000 },
    };
  };

  it('names exactly the images that do not resolve, with docker\'s reason; asks about each once, printed like every command', async () => {
    const missing = ['docker.io/bitnamilegacy/rabbitmq:3.11.2-debian-11-r0', 'eu.gcr.io/gitpod-core-dev/build/server:commit-abc'];
    const fakes = new FakeTools(['docker'], { docker: missingImages(missing) });
    const { printed, resolver: r } = resolver(fakes);
    const result = await unresolvedImages(r, CHART_RENDER_IMAGES);
    expect(result).toEqual(missing.map((image) => ({ image, reason: `no such manifest: ${image}` })));
    expect(fakes.calls().map((c) => c.args.join(' ')).sort()).toEqual(CHART_RENDER_IMAGES.map((i) => `manifest inspect ${i}`));
    expect(printed).toEqual(CHART_RENDER_IMAGES.map((i) => `$ docker manifest inspect ${i}\n`));
  });

  it('gives up on an image after the timeout, and says so', async () => {
    const fakes = new FakeTools(['docker'], { docker: [{ match: 'slow', sleepMs: 5000 }] });
    const started = Date.now();
    const result = await unresolvedImages(resolver(fakes, { timeoutMs: 300 }).resolver, ['registry.example.com/slow:1', 'registry.example.com/fast:1']);
    expect(result).toEqual([{ image: 'registry.example.com/slow:1', reason: 'no answer within 0.3 s' }]);
    expect(Date.now() - started).toBeLessThan(4000);
  });

  it('in a dry run prints the commands and runs none', async () => {
    const fakes = new FakeTools(['docker'], { docker: missingImages(CHART_RENDER_IMAGES) });
    const { printed, resolver: r } = resolver(fakes, { dryRun: true });
    expect(await unresolvedImages(r, CHART_RENDER_IMAGES.slice(0, 2))).toEqual([]);
    expect(printed).toHaveLength(2);
    expect(fakes.calls()).toEqual([]);
  });

  it('says what to do about each: log in, copy into the mirror, leave the rewrite on, or mirror it', () => {
    const image = (source: string, pulled = source) => ({ written: source, source, pulled });
    expect(unresolvedAdvice(image('registry.example.com/x:1'), 'unauthorized: authentication required', { rewriteMoved: true }))
      .toBe('log in to registry.example.com (`docker login registry.example.com`) if it needs credentials, or copy the image to a mirror and pass --image-mirror');
    expect(unresolvedAdvice(image('docker.io/bitnamilegacy/x:1', 'm.example.com/bitnamilegacy/x:1'), 'no such manifest', { rewriteMoved: true, mirror: 'm.example.com' }))
      .toBe('copy docker.io/bitnamilegacy/x:1 to m.example.com/bitnamilegacy/x:1');
    expect(unresolvedAdvice(image('docker.io/bitnami/x:1'), 'no such manifest', { rewriteMoved: false }))
      .toMatch(/^this image moved to docker.io\/bitnamilegacy\/ \(Bitnami moved .*\): leave the rewrite on \(no --no-image-rewrite\)$/);
    expect(unresolvedAdvice(image('eu.gcr.io/gitpod-core-dev/build/server:commit-abc'), 'no such manifest', { rewriteMoved: true }))
      .toBe('copy it to a registry you control and pass --image-mirror REGISTRY');
  });
});

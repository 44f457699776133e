import * as fs from 'fs';
import * as path from 'path';
import { StringResource } from '@cdktf/provider-random/lib/string-resource';
import { RandomProvider } from '@cdktf/provider-random/lib/provider';
import { App, Fn as CdktfFn, IResolvable, IResolveContext, TerraformIterator, TerraformLocal, TerraformStack, Testing, Token, Tokenization } from 'cdktf';
import { Fn, memoizeResolution } from '../lib/fn';
import { tempDir } from './helpers';

/** A token that counts how often cdktf asks it for its value. */
class Counted implements IResolvable {
  public readonly creationStack: string[] = [];
  public calls = 0;
  constructor(private readonly value: string) {}
  public resolve(_context: IResolveContext): string {
    this.calls++;
    return this.value;
  }
  public toString(): string {
    return Token.asString(this);
  }
}

/**
 * A structure like a node's user data: a counted token four function calls deep, under a
 * conditional, beside a reference to a resource and a for expression over a map.
 */
function deepStack(fn: typeof CdktfFn): { text: string; counted: Counted } {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'test');
  new RandomProvider(stack, 'random');
  const counted = new Counted('counted');
  const name = new StringResource(stack, 'name', { length: 8 });
  const document = {
    write_files: [
      { path: '/etc/a', content: fn.join('', ['A=', name.result, '\n']) },
      { path: '/etc/b', content: fn.base64encode(fn.join('-', [counted.toString(), 'x'])) },
      { path: '/etc/c', content: 'a "quoted" ${literal} line\nand another' },
    ],
    runcmd: [['echo', fn.upper(counted.toString())]],
  };
  const userData = fn.base64gzip(`#cloud-config\n${fn.yamlencode(document)}`);
  new TerraformLocal(stack, 'user-data', fn.conditional(fn.lengthOf(name.result), userData, fn.base64gzip('empty')));
  const pools = new TerraformLocal(stack, 'pools', { a: ['x', 'y'], b: ['z'] });
  new TerraformLocal(stack, 'per-pool', TerraformIterator.fromMap(pools.asAnyMap).forExpressionForMap('key',
    fn.yamlencode({ labels: fn.join(',', Token.asList(TerraformIterator.fromMap(pools.asAnyMap).value)), name: counted.toString() })));
  return { text: Testing.synth(stack), counted };
}

describe('Fn: cdktf functions whose rendering is kept', () => {
  it('renders exactly what cdktf renders, and asks a deep token for its value a fraction as often', () => {
    const plain = deepStack(CdktfFn);
    const kept = deepStack(Fn);
    expect(kept.text).toEqual(plain.text);
    expect(JSON.parse(kept.text).locals['user-data']).toContain('yamlencode(');
    // cdktf resolves each level's argument again for every level above it.
    expect(plain.counted.calls).toBeGreaterThan(20);
    expect(kept.counted.calls).toBeLessThanOrEqual(plain.counted.calls / 4);
  });

  it('keeps a rendering per context: a call inside a for expression and outside it renders differently', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'test');
    const map = new TerraformLocal(stack, 'map', { a: 'x' });
    const upper = Fn.upper(Token.asString(TerraformIterator.fromMap(map.asAnyMap).value));
    new TerraformLocal(stack, 'inside', TerraformIterator.fromMap(map.asAnyMap).forExpressionForList(upper));
    new TerraformLocal(stack, 'outside', Fn.join('', [upper]));
    const locals = JSON.parse(Testing.synth(stack)).locals;
    const plainApp = Testing.app();
    const plainStack = new TerraformStack(plainApp, 'test');
    const plainMap = new TerraformLocal(plainStack, 'map', { a: 'x' });
    const plainUpper = CdktfFn.upper(Token.asString(TerraformIterator.fromMap(plainMap.asAnyMap).value));
    new TerraformLocal(plainStack, 'inside', TerraformIterator.fromMap(plainMap.asAnyMap).forExpressionForList(plainUpper));
    new TerraformLocal(plainStack, 'outside', CdktfFn.join('', [plainUpper]));
    expect(locals).toEqual(JSON.parse(Testing.synth(plainStack)).locals);
    expect(locals.inside).not.toEqual(locals.outside);
  });

  it('still finds a cross-stack reference inside a kept call (the preparing pass is kept apart)', () => {
    const synthApp = (fn: typeof CdktfFn) => {
      const outdir = tempDir('fn-cross-stack-');
      const app = new App({ outdir, skipValidation: true });
      const source = new TerraformStack(app, 'source');
      const name = new StringResource(source, 'name', { length: 8 });
      const consumer = new TerraformStack(app, 'consumer');
      new TerraformLocal(consumer, 'greeting', fn.yamlencode({ greeting: fn.join(' ', ['hello', name.result]) }));
      app.synth();
      const read = (stack: string) => fs.readFileSync(path.join(outdir, 'stacks', stack, 'cdk.tf.json'), 'utf8');
      return { source: read('source'), consumer: read('consumer') };
    };
    const kept = synthApp(Fn);
    expect(kept).toEqual(synthApp(CdktfFn));
    expect(JSON.parse(kept.consumer).locals.greeting).toContain('data.terraform_remote_state.');
    expect(Object.keys(JSON.parse(kept.source).output)).toHaveLength(1);
  });

  it('returns anything that is not a single token untouched, and wraps a token once', () => {
    expect(memoizeResolution('plain')).toBe('plain');
    const list = ['a', 'b'];
    expect(memoizeResolution(list)).toBe(list);
    const token = Fn.upper('a');
    const [resolvable] = Tokenization.reverse(token);
    const resolve = resolvable.resolve;
    expect(memoizeResolution(token)).toBe(token);
    expect(resolvable.resolve).toBe(resolve);
    expect(Fn.upper).not.toBe(CdktfFn.upper);
    expect(Fn.join('', ['a', 'b'])).toEqual(expect.stringContaining('${TfToken['));
  });
});

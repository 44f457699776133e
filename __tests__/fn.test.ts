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

  it('renders like cdktf inside a for expression and outside it', () => {
    const locals = (fn: typeof CdktfFn) => {
      const stack = new TerraformStack(Testing.app(), 'test');
      const map = new TerraformLocal(stack, 'map', { a: 'x' });
      const upper = fn.upper(Token.asString(TerraformIterator.fromMap(map.asAnyMap).value));
      new TerraformLocal(stack, 'inside', TerraformIterator.fromMap(map.asAnyMap).forExpressionForList(upper));
      new TerraformLocal(stack, 'outside', fn.join('', [upper]));
      return JSON.parse(Testing.synth(stack)).locals;
    };
    const kept = locals(Fn);
    expect(kept).toEqual(locals(CdktfFn));
    expect(kept.inside).not.toEqual(kept.outside);
  });

  it('keeps one rendering per scope and flag set, and sets the flags the first rendering left', () => {
    // A token that renders its context's flags, and leaves braces suppressed as cdktf's calls do.
    let renders = 0;
    const flagged: IResolvable = {
      creationStack: [],
      resolve: (c: IResolveContext) => {
        renders++;
        const text = [c.preparing, c.suppressBraces, c.ignoreEscapes, c.warnEscapes, c.iteratorContext].join(',');
        (c as { suppressBraces?: boolean }).suppressBraces = true;
        return text;
      },
    };
    memoizeResolution(flagged);
    const scope = new TerraformStack(Testing.app(), 'a');
    const other = new TerraformStack(Testing.app(), 'b');
    const context = (flags: Partial<IResolveContext>, on: object = scope) => ({
      scope: on, preparing: false, suppressBraces: false, ignoreEscapes: false, warnEscapes: false, iteratorContext: undefined,
      registerPostProcessor: () => undefined, resolve: (x: unknown) => x, ...flags,
    }) as IResolveContext;
    const base = context({});
    expect(flagged.resolve(base)).toBe('false,false,false,false,');
    expect(base.suppressBraces).toBe(true);
    const again = context({});
    expect(flagged.resolve(again)).toBe('false,false,false,false,');
    expect(again.suppressBraces).toBe(true); // as the first rendering left it
    expect(renders).toBe(1);
    const variants: Array<[Partial<IResolveContext>, string]> = [
      [{ preparing: true }, 'true,false,false,false,'],
      [{ suppressBraces: true }, 'false,true,false,false,'],
      [{ ignoreEscapes: true }, 'false,false,true,false,'],
      [{ warnEscapes: true }, 'false,false,false,true,'],
      [{ iteratorContext: 'FOR_EXPRESSION' }, 'false,false,false,false,FOR_EXPRESSION'],
      [{ iteratorContext: 'DYNAMIC_BLOCK' }, 'false,false,false,false,DYNAMIC_BLOCK'],
    ];
    for (const [flags, text] of variants) expect(flagged.resolve(context(flags))).toBe(text);
    expect(renders).toBe(1 + variants.length);
    expect(flagged.resolve(context({}, other))).toBe('false,false,false,false,');
    expect(renders).toBe(2 + variants.length);
  });

  it('still finds a cross-stack reference inside a kept call', () => {
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

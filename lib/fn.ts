import { Fn as CdktfFn, IResolvable, IResolveContext, Tokenization } from 'cdktf';

/**
 * The flags of a resolve context that decide how an expression renders, and that an
 * expression sets on the context it was given (cdktf's function calls leave braces suppressed).
 */
type Flags = Pick<IResolveContext, 'preparing' | 'suppressBraces' | 'ignoreEscapes' | 'warnEscapes' | 'iteratorContext'>;
const flagsOf = (c: IResolveContext): Flags => ({
  preparing: c.preparing, suppressBraces: c.suppressBraces, ignoreEscapes: c.ignoreEscapes, warnEscapes: c.warnEscapes, iteratorContext: c.iteratorContext,
});
const keyOf = (f: Flags): string => [f.preparing, f.suppressBraces, f.ignoreEscapes, f.warnEscapes, f.iteratorContext].join('|');

/** A rendering, and the flags it left on its context (the pass, `preparing`, is not one it sets). */
interface Rendering { readonly value: unknown; readonly after: Omit<Flags, 'preparing'> }

/**
 * The same token, whose rendering is kept per scope and context flags.
 *
 * Why: cdktf renders a function call's argument by resolving it whole, then each of its
 * elements again, level by level, so a structure resolves once for every level above it (a
 * cloud-config under yamlencode under base64gzip under a conditional). A medium Hetzner
 * cluster made 21,000 resolve calls for one local this way: about 0.45 s of a 0.65 s synth.
 * An expression renders the same for the same scope and flags, so the first rendering is kept.
 * The preparing pass stays separate from the final one (it is where cdktf finds cross-stack
 * references), and a value that is not a single token is returned untouched.
 * @internal
 */
export function memoizeResolution<T>(value: T): T {
  const tokens = Tokenization.reverse(value);
  if (tokens.length !== 1) return value;
  const token = tokens[0] as IResolvable & { __memoized?: true };
  if (token.__memoized) return value;
  const resolve = token.resolve.bind(token);
  const renderings = new WeakMap<object, Map<string, Rendering>>();
  token.resolve = (context: IResolveContext) => {
    let byFlags = renderings.get(context.scope);
    if (!byFlags) renderings.set(context.scope, byFlags = new Map());
    const key = keyOf(flagsOf(context));
    let rendering = byFlags.get(key);
    if (!rendering) {
      const rendered = resolve(context);
      const { preparing: _pass, ...after } = flagsOf(context);
      rendering = { value: rendered, after };
      byFlags.set(key, rendering);
    }
    Object.assign(context as Flags, rendering.after);
    return rendering.value;
  };
  token.__memoized = true;
  return value;
}

/**
 * cdktf's `Fn`, whose every call's rendering is kept (memoizeResolution): the library's code
 * takes `Fn` from here, never from cdktf (a test holds this).
 * @internal
 */
export const Fn: typeof CdktfFn = new Proxy(CdktfFn, {
  get(target, name, receiver) {
    const member = Reflect.get(target, name, receiver);
    if (typeof member !== 'function') return member;
    return (...args: unknown[]) => memoizeResolution(member.apply(target, args));
  },
});

// Glob patterns for `dossier.include` and `files.exclude`, matched against a path relative
// to its workspace folder with forward slashes ("world/2025/kyiv.news"). The syntax is the
// one VS Code settings use: `*` and `?` within one path segment, `**` for any number of
// segments, `{a,b}` alternatives and `[abc]` / `[!abc]` character ranges.

/** Turns one glob into a regular expression that matches the whole relative path. */
export function globToRegExp(glob: string): RegExp {
  let pattern = glob.trim().replace(/\\/g, '/');
  if (pattern.startsWith('./')) pattern = pattern.slice(2);
  if (pattern.startsWith('/')) pattern = pattern.slice(1);
  return new RegExp(`^${translate(pattern)}$`, process.platform === 'win32' || process.platform === 'darwin' ? 'i' : '');
}

function translate(glob: string): string {
  let out = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // `**/` matches no folder or any number of them; a trailing `**` matches everything below
        const atSegmentStart = i === 0 || glob[i - 1] === '/';
        i++;
        while (glob[i + 1] === '*') i++;
        if (atSegmentStart && glob[i + 1] === '/') {
          out += '(?:[^/]*/)*';
          i++;
        } else {
          out += '.*';
        }
      } else {
        out += '[^/]*';
      }
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) {
        out += '\\[';
        continue;
      }
      let body = glob.slice(i + 1, close);
      const negated = body.startsWith('!') || body.startsWith('^');
      if (negated) body = body.slice(1);
      out += `[${negated ? '^' : ''}${body.replace(/[\\\]^]/g, ch => `\\${ch}`)}]`;
      i = close;
    } else if (c === '{') {
      braces++;
      out += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      out += ')';
    } else if (c === ',' && braces > 0) {
      out += '|';
    } else {
      out += c.replace(/[.+^$()|\\{}]/g, ch => `\\${ch}`);
    }
  }
  return out + ')'.repeat(braces);
}

/** A set of globs, compiled once; a bad pattern matches nothing. */
export class GlobSet {
  private readonly regexps: RegExp[];

  constructor(readonly patterns: readonly string[]) {
    this.regexps = patterns.flatMap(p => {
      try {
        return p.trim() ? [globToRegExp(p)] : [];
      } catch {
        return [];
      }
    });
  }

  get isEmpty(): boolean {
    return this.regexps.length === 0;
  }

  matches(relativePath: string): boolean {
    return this.regexps.some(r => r.test(relativePath));
  }
}

/**
 * What `files.exclude` (or the `exclude` initialization option) leaves out. A pattern that
 * matches a folder leaves out everything in it. VS Code's `{ "when": "$(basename).ts" }`
 * form excludes a file only when a sibling with that name exists.
 */
export class ExcludeRules {
  private readonly always: GlobSet;
  private readonly conditional: Array<{ glob: GlobSet; when: string }>;

  constructor(readonly key: string, always: string[], conditional: Array<{ pattern: string; when: string }>) {
    this.always = new GlobSet(always);
    this.conditional = conditional.map(c => ({ glob: new GlobSet([c.pattern]), when: c.when }));
  }

  /** From a `files.exclude` object (glob → true / false / { when }) or a plain array of globs. */
  static from(raw: unknown): ExcludeRules {
    const always: string[] = [];
    const conditional: Array<{ pattern: string; when: string }> = [];
    if (Array.isArray(raw)) {
      for (const p of raw) if (typeof p === 'string' && p.length < 1000) always.push(p);
    } else if (raw && typeof raw === 'object') {
      for (const [pattern, value] of Object.entries(raw as Record<string, unknown>)) {
        if (pattern.length >= 1000) continue;
        if (value === true) always.push(pattern);
        else if (value && typeof value === 'object' && typeof (value as { when?: unknown }).when === 'string') {
          conditional.push({ pattern, when: (value as { when: string }).when });
        }
      }
    }
    return new ExcludeRules(JSON.stringify([always, conditional]), always, conditional);
  }

  /** Whether the folder at `relativePath` (and so all it contains) is left out. */
  excludesFolder(relativePath: string): boolean {
    return this.always.matches(relativePath) || this.always.matches(`${relativePath}/`);
  }

  /**
   * Whether the file at `relativePath` is left out; `siblings` says whether a file of that
   * name exists in the same folder (for the `when` form).
   */
  excludesFile(relativePath: string, siblings?: (name: string) => boolean): boolean {
    if (this.always.matches(relativePath)) return true;
    if (!this.conditional.length) return false;
    const slash = relativePath.lastIndexOf('/');
    const name = relativePath.slice(slash + 1);
    const dot = name.lastIndexOf('.');
    const basename = dot > 0 ? name.slice(0, dot) : name;
    return this.conditional.some(c => c.glob.matches(relativePath) && !!siblings?.(c.when.replace(/\$\(basename\)/g, basename)));
  }

  /** Whether any folder on the way down to `relativePath` is left out. */
  excludesAncestor(relativePath: string): boolean {
    const parts = relativePath.split('/');
    for (let i = 1; i < parts.length; i++) if (this.excludesFolder(parts.slice(0, i).join('/'))) return true;
    return false;
  }
}

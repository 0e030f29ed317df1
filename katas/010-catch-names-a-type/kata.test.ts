import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { describeKata } from '#kit/testing.ts';
import spec from './spec.ts';

const hosts = new Set(['hooks.example.com']);

function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

describeKata(
  import.meta.url,
  spec,
  {
    broken: [
      'a webhook that is not https is refused with its own message',
      'a host not on the list is refused with its own message',
      'any other error in the try reaches the caller unchanged',
    ],
    'cause-lost': ['text that is not a URL is a WebhookError caused by the TypeError'],
    'drop-the-binding': [
      'a webhook that is not https is refused with its own message',
      'a host not on the list is refused with its own message',
      'text that is not a URL is a WebhookError caused by the TypeError',
      'any other error in the try reaches the caller unchanged',
    ],
    'instanceof-error': [
      'a webhook that is not https is refused with its own message',
      'a host not on the list is refused with its own message',
      'any other error in the try reaches the caller unchanged',
    ],
    'rename-the-binding': [
      'a webhook that is not https is refused with its own message',
      'a host not on the list is refused with its own message',
      'any other error in the try reaches the caller unchanged',
    ],
    'rethrow-own-errors-only': ['any other error in the try reaches the caller unchanged'],
  },
  ({ broken, files }) => {
    it('broken: an http webhook is called "not a URL", and the real refusal is only its cause', async () => {
      const { webhookUrl, WebhookError } = await broken();
      const error = catchError(() => webhookUrl('http://hooks.example.com/deploy', hosts));
      expect(error).toBeInstanceOf(WebhookError);
      expect((error as Error).message).toBe('not a URL: http://hooks.example.com/deploy');
      expect((error as Error).cause).toBeInstanceOf(WebhookError);
      expect(((error as Error).cause as Error).message).toBe(
        'a webhook must use https: http://hooks.example.com/deploy',
      );
    });

    it('broken: catch (TypeError) catches a RangeError, and inside the block TypeError is that RangeError', () => {
      const thrown = new RangeError('out of range');
      try {
        throw thrown;
        // eslint-disable-next-line @typescript-eslint/no-shadow -- the trap under test
      } catch (TypeError) {
        expect(TypeError).toBe(thrown);
        // @ts-expect-error TypeError is the caught value here, typed unknown, so it cannot be constructed
        // eslint-disable-next-line @typescript-eslint/no-unsafe-return -- the expression does not typecheck, so it has no type to check
        const make = () => new TypeError('again');
        expect(make).toThrow(new globalThis.TypeError('TypeError is not a constructor'));
        // @ts-expect-error TypeError is the caught value here, typed unknown, so it cannot be the right side of instanceof
        const test = () => thrown instanceof TypeError;
        expect(test).toThrow(new globalThis.TypeError("Right-hand side of 'instanceof' is not callable"));
      }
    });

    it("broken: no-shadow with builtinGlobals says 'TypeError' is already a global; without it, or with no-shadow-restricted-names, nothing", () => {
      const source = readFileSync(files.broken, 'utf8');
      const reports = (rules: Linter.RulesRecord) =>
        new Linter({ configType: 'flat' })
          .verify(
            source,
            {
              files: ['**/*.ts'],
              languageOptions: { parser: tseslint.parser },
              plugins: { '@typescript-eslint': tseslint.plugin },
              linterOptions: { noInlineConfig: true },
              rules,
            },
            'broken.ts',
          )
          .filter((m) => m.ruleId !== null)
          .map((m) => `${m.ruleId ?? ''}: ${m.message}`)
          .sort();
      expect(
        reports({
          'no-shadow': ['error', { builtinGlobals: true }],
          '@typescript-eslint/no-shadow': ['error', { builtinGlobals: true }],
        }),
      ).toEqual([
        "@typescript-eslint/no-shadow: 'TypeError' is already a global variable.",
        "no-shadow: 'TypeError' is already a global variable.",
      ]);
      expect(
        reports({
          'no-shadow': 'error',
          '@typescript-eslint/no-shadow': 'error',
          'no-shadow-restricted-names': 'error',
        }),
      ).toEqual([]);
    });
  },
);

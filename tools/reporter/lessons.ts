import { dirname } from 'node:path';
import { DefaultReporter, type TestCase, type TestModuleState, type TestSpecification } from 'vitest/node';

/**
 * The one reporter of every vitest run here. A run of one kata or one pattern
 * (`npm test -- <slug>`: every test file in one folder) prints the full tree,
 * because the tree of `broken:` and `fixed:` behaviours is the lesson. A wider
 * run prints one line per test file (per kata), and a failing test in full:
 * its line under its file, and its error in the summary at the end.
 */
export default class LessonsReporter extends DefaultReporter {
  override onTestRunStart(specifications: readonly TestSpecification[]): void {
    const folders = new Set(specifications.map((s) => dirname(s.moduleId)));
    this.renderSucceed = folders.size <= 1;
    this.verbose = this.renderSucceed;
    super.onTestRunStart(specifications);
  }

  // A passing test prints nothing in a wide run, however slow it was.
  override printTestCase(moduleState: TestModuleState, test: TestCase): void {
    if (this.renderSucceed || moduleState === 'failed' || test.result().state === 'failed') {
      super.printTestCase(moduleState, test);
    }
  }
}

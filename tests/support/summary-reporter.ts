import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter'

/** Ends the run with a plain 'N passed, N failed, N skipped' line; skipped is never counted as passed. */
export default class SummaryReporter implements Reporter {
  private outcome = new Map<TestCase, TestResult['status']>()
  onTestEnd(test: TestCase, result: TestResult) {
    this.outcome.set(test, result.status)
  }
  onEnd() {
    let passed = 0
    let failed = 0
    let skipped = 0
    for (const [test, status] of this.outcome) {
      if (status === 'skipped') {
        skipped++
        const why = test.annotations.find((a) => a.type === 'skip')?.description ?? 'no reason given'
        console.log(`skipped: ${test.titlePath().slice(1).join(' › ')} — ${why}`)
      }
      else if (test.outcome() === 'expected' || test.outcome() === 'flaky') passed++
      else failed++
    }
    console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped`)
  }
}

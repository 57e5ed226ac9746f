import { defineProject } from "vitest/config"

export default defineProject({
  test: {
    name: "testing",
    include: ["test/**/*.test.ts"],
    // storage suites share one PostgreSQL database; files run one at a time
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000
  }
})

import { spawn } from "node:child_process"
import * as fs from "node:fs"
const dir = fs.mkdtempSync("/tmp/str-")
const fake = spawn(process.execPath, ["--import", "tsx", "/work/main/packages/testing/src/fakeProviderMain.ts", "--port", "0"], { stdio: ["ignore", "pipe", "inherit"] })
const fakeURL = await new Promise<string>((r) => fake.stdout!.on("data", (d: Buffer) => { const m = /on (http:\/\/\S+)/.exec(d.toString()); if (m) r(m[1]!) }))
fs.writeFileSync(`${dir}/c.json`, JSON.stringify({ provider: { bench: { options: { baseURL: fakeURL } } } }))
const port = 4300 + Math.floor(Math.random() * 500)
const child = spawn(process.execPath, [...(process.env.PROF ? ["--cpu-prof", `--cpu-prof-dir=${dir}`] : []), "/work/main/packages/server/dist/ratchet.mjs", "serve", "--port", String(port), "--db", `${dir}/a.db`, "--config", `${dir}/c.json`], { stdio: "inherit" })
const base = `http://127.0.0.1:${port}`
while (!(await fetch(`${base}/api/health`).then((r) => r.ok, () => false))) await new Promise((r) => setTimeout(r, 10))
const S = Number(process.env.S ?? 32), SP = Number(process.env.SP ?? 5)
for (let round = 0; round < Number(process.env.ROUNDS ?? 2); round++) {
  const ids = await Promise.all(Array.from({ length: S }, async () => ((await (await fetch(`${base}/api/session`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: { providerID: "bench", id: `bench-${SP}-200` } }) })).json()) as any).data.id))
  const lat: Array<number> = []
  const t0 = performance.now()
  await Promise.all(ids.map(async (id) => {
    const res = await fetch(`${base}/api/session/${id}/event?after=1`)
    await fetch(`${base}/api/session/${id}/prompt`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ prompt: { text: "go" } }) })
    const dec = new TextDecoder(); let buf = ""
    for await (const b of res.body as any) {
      const t = performance.timeOrigin + performance.now()
      buf += dec.decode(b, { stream: true })
      let i: number
      while ((i = buf.indexOf("\n\n")) !== -1) {
        const f = buf.slice(0, i); buf = buf.slice(i + 2)
        const m = /"delta":"(\d+(?:\.\d+)?);/.exec(f); if (m) lat.push(t - Number(m[1]))
        if (f.includes("activity.ended")) return
      }
    }
  }))
  lat.sort((a, b) => a - b)
  const ms = performance.now() - t0
  console.log(`round ${round}: ${lat.length} chunks in ${ms.toFixed(0)} ms (${(lat.length / ms * 1000).toFixed(0)}/s); p50 ${lat[Math.floor(lat.length / 2)]!.toFixed(1)} p99 ${lat[Math.floor(lat.length * 0.99)]!.toFixed(1)} max ${lat[lat.length - 1]!.toFixed(1)}`)
}
child.kill("SIGINT"); fake.kill()
await new Promise((r) => child.once("exit", r))
console.log(dir)

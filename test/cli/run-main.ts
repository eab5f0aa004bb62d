/** The CLI in-process: main() with its output captured. */
import { main } from '../../src/cli/main';

export interface MainRun {
  code: number;
  out: string;
  err: string;
}

export async function runMain(...argv: string[]): Promise<MainRun> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => void (out += t), err: (t) => void (err += t) });
  return { code, out, err };
}

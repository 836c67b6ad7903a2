import readline from 'node:readline/promises';

/** Asks on the terminal; without a terminal the caller must have confirmed with a flag. */
export async function confirmOnTerminal(question: string): Promise<boolean> {
  if (!process.stdin.isTTY) return false;
  const prompt = readline.createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await prompt.question(`${question} Type "yes" to continue: `);
    return answer.trim().toLowerCase() === 'yes';
  } finally {
    prompt.close();
  }
}

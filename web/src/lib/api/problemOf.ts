import type { Problem } from './Problem';

/** The problem document of a failed response, or null when the server sent none. */
export async function problemOf(response: Response): Promise<Problem | null> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return null;
  try {
    const body = (await response.json()) as Partial<Problem>;
    return { ...body, status: response.status };
  } catch {
    return null;
  }
}

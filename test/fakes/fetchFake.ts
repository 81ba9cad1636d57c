/** A fetch that answers each URL from a table (404 otherwise), recording what was asked. */
export function fetchFake(answers: Record<string, () => Response>): { get: typeof fetch; asked: string[] } {
  const asked: string[] = [];
  const get = (async (url: URL | string) => {
    asked.push(String(url));
    const answer = answers[String(url)];
    return answer ? answer() : new Response('', { status: 404 });
  }) as typeof fetch;
  return { get, asked };
}

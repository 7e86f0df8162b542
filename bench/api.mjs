// A node's REST API as the benchmarks and the fault suite call it: JSON both ways, as a guest or with a bearer token.

/** `method path` on the node at `url`: the status and the JSON answer (null when the answer is not JSON). */
export async function call(url, method, path, body, token) {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, ok: res.ok, body: await res.json().catch(() => null) };
}

/** POSTs `body` to `path` and returns the answer; a refusal throws, naming the path, the status and the answer. */
export async function post(url, path, body, token) {
  const res = await call(url, 'POST', path, body, token);
  if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

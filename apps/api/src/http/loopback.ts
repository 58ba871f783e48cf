// Which addresses are this machine's own loopback: the deployment defaults (issue 9 item 14) trust them more
// than the network (the listening host, the demo users, /salud's details, /api/docs).

/** 127.0.0.0/8, ::1 and their IPv4-mapped form, and the name localhost. */
export function esLoopback(direccion: string | undefined | null): boolean {
  if (!direccion) return false;
  const d = direccion.trim().toLowerCase().replace(/^::ffff:/, '');
  return d === 'localhost' || d === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(d);
}

/**
 * A request made from this machine: both the socket's peer and the client address Fastify derives (which differs
 * only when TRUST_PROXY names a proxy) are loopback. A forged X-Forwarded-For from the network never passes,
 * and a local reverse proxy passes only for its own requests once it is declared as a proxy.
 */
export function desdeEstaMaquina(request: { ip?: string; raw?: { socket?: { remoteAddress?: string } } }): boolean {
  return esLoopback(request.raw?.socket?.remoteAddress) && esLoopback(request.ip);
}

// The machine itself or its private network, by a host as written (lower or any case, brackets and a port
// allowed): loopback (`localhost`, 127/8, ::1, 0.0.0.0), RFC 1918 and link-local addresses (10/8, 172.16/12,
// 192.168/16, 169.254/16), a one-label name (a compose service, a machine on the LAN) and the suffixes
// no public registry delegates (.internal, .local, .lan, .corp, .home.arpa, .localhost …: the ones the
// url/private-network rule names). One reading for every config and prose reader that asks whether a host
// is the user's own: a package index, a token's registry, an address a key is sent to. Addresses are read
// whole (`10.evil.example` is a public name), as a dotted quad; other spellings are the URL layer's.

const privateHostPattern =
  /^(?:localhost|(?:127|10)\.\d{1,3}\.\d{1,3}\.\d{1,3}|192\.168\.\d{1,3}\.\d{1,3}|172\.(?:1[6-9]|2\d|3[01])\.\d{1,3}\.\d{1,3}|169\.254\.\d{1,3}\.\d{1,3}|0\.0\.0\.0|\[?::1\]?|[a-z0-9_-]+|[\w.-]+\.(?:internal|local|localdomain|localhost|lan|corp|intranet|home\.arpa|svc|cluster\.local))(?::\d{1,5})?$/i;

/** Whether `host` is the machine's own or on its private network (see above). */
export const privateHost = (host: string): boolean => privateHostPattern.test(host);

const addressPattern = /^(?:\d{1,3}\.){3}\d{1,3}$|^\[[0-9a-f:]+\]$/i;

/** Whether `host` is an address (a dotted quad, a bracketed IPv6) rather than a name: no certificate names it. */
export const hostIsAddress = (host: string): boolean => addressPattern.test(host);

// socat joins two addresses, `TYPE:parameters[,options]` (case ignored): a file read (`FILE:`, `OPEN:`,
// `GOPEN:`) joined to a network one (`TCP:host:port`, `OPENSSL:…`, `UDP:…`) sends the file's bytes to that
// host, as `cat file | nc host port` does. Its shell addresses (`EXEC:`, `SYSTEM:`) are harmful-steps.ts'.

const fileAddress = /^(?:file|open|gopen):([^,]+)/i;
const networkAddress = /^(?:tcp[46]?|udp[46]?|sctp[46]?|dccp[46]?|openssl|ssl|socks[45]a?|proxy|udp-sendto|udp[46]-sendto):/i;

/** The files socat's arguments read and send to a network address (none when no address is a network one). */
export function socatSentFiles(args: readonly string[]): readonly string[] {
  let network = false;
  const files: string[] = [];
  for (const a of args) {
    if (networkAddress.test(a)) network = true;
    const file = fileAddress.exec(a);
    if (file !== null) files.push(file[1]!);
  }
  return network ? files : [];
}

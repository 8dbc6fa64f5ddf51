import { hostIsAddress, privateHost } from '../values/private-hosts.js';
import { strayProgram, type PlantedHarm } from './editor-files.js';

// What a user-level Maven `settings.xml` or Gradle `gradle.properties` written by a call makes every later
// build do. Both files also hold the user's registry logins (the credential-stores pack names them), so a
// call that writes one whole is judged by what it sets, as pip-config.ts judges pip.conf. Maven's settings
// name the company's repository manager (a mirror of central, its login as `${env.…}` references): that is
// what the file is for. Harm is where artifacts come from without TLS (a mirror or repository over plain
// http, or at a bare public IP, which anyone on the path can serve; Maven itself blocks http mirrors since
// 3.8.1). gradle.properties runs nothing but the JVM of every Gradle daemon: an agent loaded into it runs
// code in every build, a debugger listening on all interfaces hands that build to anyone who connects, and
// a JDK taken from a temp folder is a program anyone could have put there. Cache, parallel and heap
// settings are the ordinary edit. Literal secrets in either file are the secret rules' to find.

/** An element's URL (`<url>http://…</url>`); linear: no nested quantifiers. */
const urlElement = /<url>\s*([a-z][a-z0-9+.-]*):\/\/(?:[^@/\s<]*@)?(\[[^\]<]+\]|[^/:\s<]+)[^<]*<\/url>/gi;

/** The harm a Maven settings.xml text plants, or undefined when its mirrors and repositories are fetched over TLS. */
export function mavenSettingsHarm(text: string): PlantedHarm | undefined {
  for (const m of text.matchAll(urlElement)) {
    const host = m[2]!.toLowerCase();
    if (privateHost(host)) continue;
    if (m[1]!.toLowerCase() === 'http') return { what: `fetches artifacts over plain http from ${host}`, evidence: m[0].slice(0, 120) };
    if (hostIsAddress(host)) return { what: `fetches artifacts from a bare IP address (${host})`, evidence: m[0].slice(0, 120) };
  }
  return undefined;
}

/** JVM options that load code into the JVM (`-javaagent:`, `-agentpath:`, a native `-agentlib:` but jdwp). */
const agentOption = /(?:^|\s)-(?:javaagent|agentpath):|(?:^|\s)-agentlib:(?!jdwp[=\s]|jdwp$)/i;
/** jdwp listening on every interface (`address=*:5005`, `0.0.0.0:5005`) rather than the machine's own. */
const openDebugger = /-agentlib:jdwp=[^\s]*\baddress=(?:\*|0\.0\.0\.0):/i;
const setting = /^([\w.-]+)\s*[=:]\s*(.*)$/;

/** The harm a gradle.properties text plants, or undefined when it only sets preferences. */
export function gradlePropertiesHarm(text: string): PlantedHarm | undefined {
  for (const raw of text.split(/\r?\n/)) {
    const m = setting.exec(raw.trim());
    if (m === null) continue;
    const key = m[1]!.toLowerCase();
    const value = m[2]!;
    if (key === 'org.gradle.jvmargs' || key === 'kotlin.daemon.jvmargs') {
      if (agentOption.test(value)) return { what: 'loads an agent into the JVM of every Gradle build', evidence: raw.trim().slice(0, 120) };
      if (openDebugger.test(value)) return { what: 'opens a debugger of every Gradle build on all network interfaces', evidence: raw.trim().slice(0, 120) };
    } else if (key === 'org.gradle.java.home' && strayProgram.test(value.trim())) {
      return { what: 'runs every Gradle build with a JDK from a place anyone can write to', evidence: raw.trim().slice(0, 120) };
    }
  }
  return undefined;
}

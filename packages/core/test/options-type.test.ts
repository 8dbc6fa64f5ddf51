// GuardOptions is written out (so editors and typedoc show its fields and docs); GuardOptionsSchema is what
// validates. These checks fail to type-check (npm run typecheck) as soon as the two drift apart.
import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';

import { createGuard, type GuardOptions, type GuardOptionsSchema, type Limits, type LimitsSchema, type ScopeInput, type ScopeSchema } from '@vanguard/core';

type SchemaInput = z.input<typeof GuardOptionsSchema>;

describe('GuardOptions', () => {
  it('is exactly what GuardOptionsSchema accepts, field by field', () => {
    expectTypeOf<GuardOptions>().toExtend<SchemaInput>();
    expectTypeOf<SchemaInput>().toExtend<GuardOptions>();
    expectTypeOf<keyof GuardOptions>().toEqualTypeOf<keyof SchemaInput>();
    expectTypeOf<NonNullable<GuardOptions['rules']>>().toEqualTypeOf<NonNullable<SchemaInput['rules']>>();
    expectTypeOf<NonNullable<GuardOptions['safeZones']>>().toEqualTypeOf<NonNullable<SchemaInput['safeZones']>>();
    expectTypeOf<NonNullable<GuardOptions['limits']>>().toEqualTypeOf<NonNullable<SchemaInput['limits']>>();
    expectTypeOf<NonNullable<GuardOptions['state']>>().toEqualTypeOf<NonNullable<SchemaInput['state']>>();
    expectTypeOf<NonNullable<GuardOptions['scopes']>>().toEqualTypeOf<NonNullable<SchemaInput['scopes']>>();
  });

  it('is what createGuard takes', () => {
    expectTypeOf(createGuard).parameter(0).toEqualTypeOf<GuardOptions | undefined>();
  });
});

describe('Limits and ScopeInput', () => {
  it('are exactly what LimitsSchema resolves and ScopeSchema accepts', () => {
    expectTypeOf<Limits>().toEqualTypeOf<z.output<typeof LimitsSchema>>();
    expectTypeOf<ScopeInput>().toExtend<z.input<typeof ScopeSchema>>();
    expectTypeOf<z.input<typeof ScopeSchema>>().toExtend<ScopeInput>();
    expectTypeOf<keyof ScopeInput>().toEqualTypeOf<keyof z.input<typeof ScopeSchema>>();
    expectTypeOf<ScopeInput['match']>().toEqualTypeOf<z.input<typeof ScopeSchema>['match']>();
  });
});

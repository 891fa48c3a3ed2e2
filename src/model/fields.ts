// Shared field schemas: names, quantities, durations, labels, object metadata.
import { z } from 'zod';
import { isNegative, QuantityError, toInteger, toMilli } from './quantity.js';
import { DurationError, parseDuration } from './duration.js';

// SPEC §1 naming rules (the manual's service-name rule; Kubernetes DNS-1123 label for the rest).
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const SERVICE_NAME = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
// Kubernetes label keys: optional DNS subdomain prefix + '/' + name (≤63, alnum at both ends, -_. inside).
const LABEL_NAME = /^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

export const serviceName = z
  .string()
  .max(63, 'a service name has at most 63 characters')
  .regex(
    SERVICE_NAME,
    'a service name consists of lowercase letters, digits and "-", starts with a letter and ends with a letter or digit',
  );
export const containerName = z
  .string()
  .max(63, 'a container name has at most 63 characters')
  .regex(DNS1123_LABEL, 'a container name consists of lowercase letters, digits and "-", and neither starts nor ends with "-"');
export const objectName = z
  .string()
  .max(253, 'a name has at most 253 characters')
  .regex(
    DNS1123_SUBDOMAIN,
    'a name consists of lowercase letters, digits, "-" and ".", starting and ending with a letter or digit (DNS-1123 subdomain)',
  );
export const envName = z
  .string()
  .regex(ENV_NAME, 'an environment variable name consists of letters, digits and "_", and does not start with a digit');

const labelKey = z.string().refine((k) => {
  const slash = k.lastIndexOf('/');
  const prefix = slash >= 0 ? k.slice(0, slash) : '';
  const name = slash >= 0 ? k.slice(slash + 1) : k;
  return (prefix === '' || (prefix.length <= 253 && DNS1123_SUBDOMAIN.test(prefix))) && name.length <= 63 && LABEL_NAME.test(name);
}, 'a label key is an optional DNS subdomain prefix and "/", then at most 63 letters, digits, "-", "_" or "." starting and ending with a letter or digit');
const labelValue = z
  .union([z.string(), z.number(), z.boolean()])
  .transform(String)
  .refine(
    (v) => v.length <= 63 && LABEL_VALUE.test(v),
    'a label value has at most 63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit',
  );

export const labels = z.record(labelKey, labelValue);
export const annotations = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]).transform(String));

/** Accept-and-ignore: Kubernetes fields that kubetwin does not simulate but a pasted manifest may carry. */
export function ignored(keys: readonly string[]): Record<string, z.ZodOptional<z.ZodUnknown>> {
  return Object.fromEntries(keys.map((k) => [k, z.unknown().optional()]));
}

export const metadata = z.strictObject({
  name: objectName,
  namespace: z.string().regex(DNS1123_LABEL, 'a namespace is a DNS-1123 label').default('default'),
  labels: labels.default({}),
  annotations: annotations.default({}),
  ...ignored([
    'uid',
    'resourceVersion',
    'generation',
    'creationTimestamp',
    'managedFields',
    'ownerReferences',
    'selfLink',
    'generateName',
    'finalizers',
    'deletionTimestamp',
    'deletionGracePeriodSeconds',
  ]),
});

const quantityInput = z.union([z.string(), z.number()]);

function quantity(convert: (q: string | number) => number) {
  return quantityInput.transform((v, ctx) => {
    try {
      if (isNegative(v)) {
        ctx.addIssue({ code: 'custom', message: `must be greater than or equal to 0 (got ${v})`, params: { code: 'bad-quantity' } });
        return z.NEVER;
      }
      return convert(v);
    } catch (e) {
      if (!(e instanceof QuantityError)) throw e;
      ctx.addIssue({ code: 'custom', message: e.message, params: { code: 'bad-quantity' } });
      return z.NEVER;
    }
  });
}

/** CPU quantity → integer millicores. */
export const cpuQuantity = quantity(toMilli);
/** Memory/storage/count quantity → integer base units (bytes, pods). */
export const intQuantity = quantity(toInteger);

/** A resource list: `cpu` in millicores, every other resource in whole base units. */
export const resourceList = z.record(z.string(), quantityInput).transform((rec, ctx) => {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(rec)) {
    const r = (k === 'cpu' ? cpuQuantity : intQuantity).safeParse(v);
    if (r.success) out[k] = r.data;
    else
      for (const issue of r.error.issues)
        ctx.addIssue({ code: 'custom', message: issue.message, path: [k], params: { code: 'bad-quantity' } });
  }
  return out;
});

/**
 * Longest duration accepted anywhere (1,000,000 h ≈ 114 years, in ms): the engine keeps virtual time
 * as safe integers of ms (src/engine/time.ts, Number.MAX_SAFE_INTEGER ≈ 2.5 million years), and a
 * time plus any duration must stay far inside that range.
 */
export const MAX_DURATION_MS = 1_000_000 * 3_600_000;

export const duration = z.union([z.string(), z.number()]).transform((v, ctx) => {
  try {
    const ms = parseDuration(v);
    if (!(ms <= MAX_DURATION_MS)) {
      ctx.addIssue({
        code: 'custom',
        message: `${typeof v === 'string' ? `"${v.slice(0, 20)}"` : 'the duration'} is longer than 1000000h, the simulation clock's safe range`,
      });
      return z.NEVER;
    }
    return ms;
  } catch (e) {
    if (!(e instanceof DurationError)) throw e;
    ctx.addIssue({ code: 'custom', message: e.message, params: { code: 'bad-duration' } });
    return z.NEVER;
  }
});

export const nonNegInt = z.number().int('must be a whole number').min(0, 'must be greater than or equal to 0');

/** Every site profile, in the order `vdp sites` lists them. */
import type { SiteProfile } from "../site-profile.ts";
import { haibatrung } from "./haibatrung.ts";
import { hanoiGov } from "./hanoi-gov.ts";
import { hanoimoi } from "./hanoimoi.ts";
import { kinhtedothi } from "./kinhtedothi.ts";
import { samplePortal } from "./sample-portal.ts";

export { genericDescription, genericProfile } from "./generic.ts";
export { samplePortalProfile, SAMPLE_PORTAL_URL } from "./sample-portal.ts";

/** The shipped profiles. */
export const siteProfiles: readonly SiteProfile[] = [hanoimoi, kinhtedothi, hanoiGov, haibatrung, samplePortal];

/** The profile with `id`, or an error listing the ids there are. */
export function siteProfile(id: string): SiteProfile {
  const found = siteProfiles.find((p) => p.id === id);
  if (!found) throw new Error(`no site profile "${id}"; known: ${siteProfiles.map((p) => p.id).join(", ")}, or use --url`);
  return found;
}

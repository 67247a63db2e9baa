#!/usr/bin/env node
// The `vdp` command. The sources are TypeScript; tsx compiles them on load, so a fresh
// clone runs with `npm install` alone and no build step.
import { register } from "tsx/esm/api";

register();
await import("../cli/vdp.ts");

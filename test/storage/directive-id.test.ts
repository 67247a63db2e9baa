/** normalizeDirectiveId: every written form of a number → one canonical id. */
import { describe, expect, it } from "vitest";
import { normalizeDirectiveId } from "../../storage/directive-id.ts";

const CASES: Array<[written: string, id: string | null]> = [
  ["39-CT/TW", "39-CT/TW"],
  ["39 - CT/TW", "39-CT/TW"],
  ["39-ct/tw", "39-CT/TW"],
  ["chỉ thị 39-CT/TW", "39-CT/TW"],
  ["Chỉ thị số 39 – CT/TW", "39-CT/TW"],
  ["039-CT/TW", "39-CT/TW"],
  ["09- HD/TU", "9-HD/TU"],
  ["262 - QD/TW", "262-QĐ/TW"],
  ["Quy định số 08- QĐi/TW", "8-QĐi/TW"],
  ["QUY ĐỊNH SỐ 07-QĐI/TW", "7-QĐi/TW"],
  ["205/QĐ-TW", "205-QĐ/TW"],
  ["72-NQ-TW", "72-NQ/TW"],
  ["số31-QĐ/TW", "31-QĐ/TW"],
  ["858CV/ĐUK", "858-CV/ĐUK"],
  ["Nghi Quyet So 15- Nq/tw", "15-NQ/TW"],
  ["25-KH/DU", "25-KH/ĐU"],
  ["20-QĐ&#x002F;TW", "20-QĐ/TW"],
  ["108-kh/qu", "108-KH/QU"],
  ["45-NQ", "45-NQ"],
  ["15/2020/ND-CP", "15/2020/NĐ-CP"],
  ["1234/QĐ-UBND", "1234/QĐ-UBND"],
  ["1206 /QĐ-HVTC", "1206/QĐ-HVTC"],
  ["80/2015/QH13", "80/2015/QH13"],
  ["55/2005/TTLT-BNV-VPCP", "55/2005/TTLT-BNV-VPCP"],
  ["Chỉ thị", null],
  ["", null],
];

describe("normalizeDirectiveId", () => {
  it.each(CASES)("%j → %j", (written, id) => {
    expect(normalizeDirectiveId(written)).toBe(id);
  });

  it("is idempotent on its own output", () => {
    for (const [, id] of CASES) if (id) expect(normalizeDirectiveId(id)).toBe(id);
  });
});

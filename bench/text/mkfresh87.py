"""Build bench/text/fresh87.jsonl from hand-written texts in fresh87_*.py parts.
Labels are written in shorthand per text (no slot-filling): indicators, signs, types, risk.
Paired indicator/sign codes are kept in step (RD<->dt, RM<->rmv, EO<->lh, IS<->iso)."""
import json, os, sys, importlib.util
HERE = os.path.dirname(os.path.abspath(__file__))
IND = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement", IS="isolation",
           PV="physical_sexual_violence", IT="intimidation_threats", RD="retention_of_documents",
           WW="withholding_wages", DB="debt_bondage", AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions", oa="overcrowded_accommodation",
           sw="sleeps_at_workplace", fpe="few_personal_effects", rmv="restricted_movement",
           cedl="collected_early_dropped_late", foa="fear_of_authorities", uf="upfront_fees", dt="documents_taken",
           et="escorted_transport", ct="charged_transport", lh="long_hours", ppe="ppe_charges",
           ncw="no_control_of_wages", sfw="speaks_for_workers", mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
PAIRS = [("RD", "dt"), ("RM", "rmv"), ("EO", "lh"), ("IS", "iso")]

def load_parts():
    out = []
    for name in sorted(os.listdir(HERE)):
        if name.startswith("fresh87_part") and name.endswith(".py"):
            spec = importlib.util.spec_from_file_location(name[:-3], os.path.join(HERE, name))
            m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
            out.extend(m.T)
    return out

def risk_of(inds, types, given):
    if given:
        return {"i": "immediate", "h": "high", "m": "medium", "l": "low"}[given]
    if "PV" in inds or "S" in types or ("IT" in inds and "RM" in inds) or len(inds) >= 3:
        return "high"
    if inds or types:
        return "medium"
    return "low"

def main():
    rows = []
    for n, entry in enumerate(load_parts(), 1):
        text, ind, sig, typ, risk = entry
        inds = ind.split(); sigs = sig.split(); types = list(typ.replace(" ", ""))
        for a, b in PAIRS:
            if a in inds and b not in sigs: sigs.append(b)
            if b in sigs and a not in inds: inds.append(a)
        text = " ".join(text.split()) if "\n" not in text.strip() else "\n".join(
            " ".join(p.split()) for p in text.strip().split("\n"))
        rows.append({"id": "f87-%03d" % n, "text": text,
                     "indicators": [IND[c] for c in IND if c in inds],
                     "signs": [SIG[c] for c in SIG if c in sigs],
                     "exploitation": [TYP[c] for c in TYP if c in types],
                     "risk": risk_of(inds, types, risk)})
        for c in inds: assert c in IND, (n, c)
        for c in sigs: assert c in SIG, (n, c)
        for c in types: assert c in TYP, (n, c)
    with open(os.path.join(HERE, "fresh87.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "texts written")

if __name__ == "__main__":
    main()

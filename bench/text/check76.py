import json, collections, sys
IND="abuse_of_vulnerability deception restriction_of_movement isolation physical_sexual_violence intimidation_threats retention_of_documents withholding_wages debt_bondage abusive_conditions excessive_overtime".split()
SIG="physical_appearance isolated poor_living_conditions overcrowded_accommodation sleeps_at_workplace few_personal_effects restricted_movement collected_early_dropped_late fear_of_authorities upfront_fees documents_taken escorted_transport charged_transport long_hours ppe_charges no_control_of_wages speaks_for_workers multiple_bank_cards".split()
TYP="labour sexual criminal domestic_servitude organ_harvesting".split()
c=collections.Counter(); ids=set(); n=0; none=0; lens=collections.Counter()
for line in open(sys.argv[1], encoding="utf-8"):
    o=json.loads(line); n+=1
    assert o["id"] not in ids; ids.add(o["id"])
    assert set(o)=={"id","text","indicators","signs","exploitation","risk"}
    for k,v in (("indicators",IND),("signs",SIG),("exploitation",TYP)):
        assert all(x in v for x in o[k]), (o["id"],o[k])
        assert len(set(o[k]))==len(o[k]), o["id"]
        c.update(o[k])
    assert o["risk"] in ("immediate","high","medium","low")
    c["risk:"+o["risk"]]+=1
    if not o["exploitation"]: none+=1
    w=len(o["text"].split()); lens["short" if w<=20 else "typ" if w<=100 else "long"]+=1
    i=o["indicators"]; r=o["risk"]
    anything = bool(i or o["exploitation"])
    if r=="low" and anything: print("LOW but labelled", o["id"])
    if r!="low" and not anything: print("not low but empty", o["id"], r)
    must_high = "sexual" in o["exploitation"] or "physical_sexual_violence" in i or len(i)>=3 or ("intimidation_threats" in i and "restriction_of_movement" in i)
    if must_high and r in ("medium","low"): print("should be >=high", o["id"], i, o["exploitation"])
    if r=="high" and not must_high and "abuse_of_vulnerability" not in i: print("high w/o reason?", o["id"], i)
print(n, "texts; no exploitation:", none, "(%.0f%%)" % (100*none/n), dict(lens))
for k in IND+SIG+TYP: print("%-32s %d" % (k, c[k]))
for k in sorted(x for x in c if x.startswith("risk:")): print(k, c[k])

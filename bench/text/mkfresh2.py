# Generates bench/text/fresh2.jsonl (second held-out set, written after the first lexicon round).
#!/usr/bin/env python3
"""Generates bench/text/fresh.jsonl from the hand-written list below.
Abbreviations: indicators AV DEC ROM ISO PSV THR DOC WAG DEBT COND OT;
types L S C D O; flags 'child' (adds AV when anything else is asserted)
and 'imm' (immediate danger)."""
import json, sys
I = dict(AV="abuse_of_vulnerability", DEC="deception", ROM="restriction_of_movement",
         ISO="isolation", PSV="physical_sexual_violence", THR="intimidation_threats",
         DOC="retention_of_documents", WAG="withholding_wages", DEBT="debt_bondage",
         COND="abusive_conditions", OT="excessive_overtime")
T = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
# implied signs
IMPLIED = dict(ROM="restricted_movement", DOC="documents_taken", OT="long_hours", ISO="isolated")
S = """
NGO referral: Ms T, 34, came from the Philippines as a domestic worker with a family in Mayfair. She cared for three children and the grandmother, was on call through the night and had no rest day in 14 months. The employer's wife held her passport "for safety". Her salary of £300 a month was sent to an account she cannot access. | OT DOC WAG | long_hours documents_taken no_control_of_wages | D
Log 4471: anon caller states approx 10 Eastern European males picked up daily from a terrace on Orchard Road by a white Transit at 5.30am, returned after dark. Caller believes they are working on a farm and look exhausted. | OT | collected_early_dropped_late physical_appearance long_hours | L
Debrief (via interpreter): "In Vietnam a man said there was work in a nail shop in England and I would send money home. I owed him $30,000 for the trip. In England they put me in a house with plants. I could not go out. They brought food once a week." | DEC DEBT ROM COND | | C
Public report: my neighbour has a lad staying in her shed, he does her garden and building work all day and she doesnt pay him anything, he looks thin and scared, i think hes foreign. | WAG COND | physical_appearance poor_living_conditions | L
Referral from A&E: female, 19, presented with facial injuries. Disclosed her 'boyfriend' makes her meet men in hotels and keeps the money. Says he will kill her if she tells anyone. Discharged herself before police attended. | PSV WAG THR | physical_appearance no_control_of_wages | S
Intel: the manager of the hand car wash on Station Rd is housing workers in a flat above the business. Source states the men are not paid directly; their wages go to the manager's brother who 'looks after' it. One worker was heard saying he wants to go home but cannot. | WAG ROM | no_control_of_wages | L
PCSO note: spoke to two girls outside a takeaway at 1am, both appeared under 16 and intoxicated. Older males in a car were waiting for them. Girls would not give their names. Referred to CSE team. | | | S | child
Statement: I worked at the factory for eight months. The agency took £120 a week for a room I shared with five others. After deductions I was left with about £40. When I complained the supervisor said I could leave but I would have to pay £1,500 for breaking my contract. | WAG DEBT THR COND | overcrowded_accommodation | L
Safeguarding referral: 15 year old boy missing from home for 4 days, found in Cornwall with £600 cash and two phones. Says he was 'working' for some older boys to pay back what he owed them after being robbed. | DEBT | | C | child
Anonymous online report: The nail salon in the precinct has girls that never leave, they arrive before the shop opens and are there after it closes, somebody always brings them and takes them back. They don't speak any English and won't look at you. | ROM OT ISO | restricted_movement long_hours escorted_transport isolated fear_of_authorities | L
Welfare visit to farm accommodation: caravans clean, heated and with working showers. Workers have own contracts and pay slips, ID held by themselves, free to leave the site. No concerns. | | |
Crime report: theft from motor vehicle, tools stolen from a builder's van overnight. No witnesses. | | |
Concern for welfare: elderly man with dementia reported confused and wandering. Returned home by officers. | | |
Caller reports that her son's employer has not paid him for the last two weeks due to a dispute over hours; he has contacted ACAS and is otherwise fine. | | |
Intel: nominal KHAN holding ID documents of at least six Romanian women at his home; they are believed to be working in brothels in the Leeds area. | DOC | documents_taken | S
Victim account: "He said I had to work to pay back the money for my visa. Every time I made a mistake he added £100. I worked every day from 8 until midnight in his restaurant and slept on the floor upstairs. He kept my phone at night." | DEBT OT COND ISO | long_hours sleeps_at_workplace isolated | L
NRM referral: male, 45, Polish, alcohol dependent, recruited outside a soup kitchen in Poland with the promise of well-paid work. In the UK he was made to lay block paving for no wages and given cheap vodka instead. Threatened with a beating if he tried to contact his family. | AV DEC WAG THR ISO | isolated | L
Member of the public: there is a house on my road where different cars turn up late at night, men go in for half an hour and leave. I've seen a young woman at the window who looks terrified. | | physical_appearance | S
Debrief: they told me if I ran away my mother would be killed and that the police in England would put me in prison because I had no papers. So I stayed. | THR | fear_of_authorities |
Report from Jobcentre: claimant attended with a man who answered every question for him and held his bank card. Claimant appeared frightened and would not speak when asked directly. | WAG | speaks_for_workers no_control_of_wages fear_of_authorities physical_appearance |
Police log: officers attended a disturbance at a cannabis grow in a converted industrial unit; a Vietnamese male was found inside with the door padlocked from the outside and no way to get out. He said he had been there for months. | ROM | restricted_movement | C
Intel: gangmaster charges each worker £50 a week for transport to the packhouse and £80 for a bed in a caravan; the men are told they still owe him for their flights. | DEBT WAG | charged_transport | L
Domestic abuse referral: wife reports husband is controlling with money and checks her phone. Not in employment. Referred to IDVA. | | |
PV stated: "the boss shouted that if anyone called the police he would burn the house down with us inside." | THR | | L
Intel: county line 'Kay' running from Liverpool into Shrewsbury, using local teenagers to deliver. One user's flat taken over as a base. | | | C | child
She came to the UK on a student visa and was offered work in a care home by a man from her church. The wages were never paid; he said they covered her rent and 'fees'. She is scared he will report her to immigration because she has overstayed. | WAG THR AV | fear_of_authorities | L
First-person: I cleaned the house, cooked for ten people and looked after the baby. I ate what was left. The madam slapped me when the baby cried. I was not allowed to use the phone or go out, and they kept my passport in a locked drawer. | COND PSV ISO ROM DOC | isolated restricted_movement documents_taken | D
Staff at a bank raised concerns that one man regularly withdraws cash using five different cards belonging to women with the same address. | WAG | multiple_bank_cards no_control_of_wages |
Report: building site workers are picked up at 6am in a minibus, driven to the site, and collected at 8pm. They are paid £30 a day in cash and have no contracts. | OT WAG | collected_early_dropped_late long_hours escorted_transport | L
Referral: 17 year old girl reported that older men give her drugs and money and take her to parties where she is made to have sex with other men. | PSV | | S | child
The restaurant owner made the kitchen staff work 16 hours without a break and told them that if they complained he would have them deported. | OT COND THR | long_hours | L
Girl aged 14 is regularly seen getting into cars with older men outside the school. | | | S | child
A man from the car wash came into the shop with a swollen eye and a cut lip; he said the boss had hit him because a customer complained. | PSV | physical_appearance | L
Intel: Albanian OCG bringing young men in on lorries and putting them to work in cannabis farms to pay off the cost of the journey, around £20,000 each. | DEBT AV | | C
Caller: 'my sister's husband has taken her passport and won't let her leave the house or see us.' | DOC ROM ISO | documents_taken restricted_movement isolated |
Training event: officers were reminded that victims may not self-identify and may appear hostile. | | |
The workers said they were happy with their jobs, received payslips and could visit family at weekends. | | |
Advice call: student asked whether it is legal for her employer to hold her passport; advised it is not, no further concerns. | | |
Parking complaint: a minibus is left on the pavement outside the factory every day. | | |
Asylum seeker living in hotel accommodation reported that a man offered him cash work in a warehouse. He declined. No further action. | | |
'They made us work in the fields from sunrise to sunset, seven days, and we were paid nothing because they said we owed for rent.' | OT WAG DEBT | long_hours | L
Intel: A female known as 'Mama' controls several Nigerian women who work as prostitutes in Birmingham; the women believe they are bound by a juju oath and that their families will die if they disobey. | THR | | S
Public report: think there's something dodgy at the car wash, lads look about 15 and are there all hours. | OT | long_hours | L | child
Report from a hotel: a man booked two rooms for a week and different men kept visiting a teenage girl in one of them. Staff heard her crying. | | | S | child
NGO: the family recruited him from a village in Bangladesh, promised him a salary and an education. He was kept working in their corner shop 7am to 11pm every day, sleeping in the stockroom and was never allowed out except to the cash and carry with the son. | DEC OT COND ROM | long_hours sleeps_at_workplace restricted_movement escorted_transport | L
'He gives me £10 and a pack of cigarettes for a whole day of work, if I ask for more he says he'll send me back to the street.' | WAG THR | | L
Intel: males at the car wash are all using the same bank account, controlled by the owner's wife. | WAG | no_control_of_wages | L
'I wanted to go back home but he said I must first pay €15,000 and he took my ID card.' | DEBT DOC ROM | documents_taken restricted_movement |
Report of a man begging outside Tesco each day who is dropped off by a car at 7am and collected at 7pm; the driver takes the money from his cup. | WAG | collected_early_dropped_late escorted_transport no_control_of_wages | C
'They never hit me but they said they knew where my children went to school.' | THR | |
Concern raised: au pair works far more hours than agreed, about 70 a week, and receives £50 pocket money. Host family hold her passport. | OT WAG DOC | long_hours documents_taken | D
"""
out = []
for n, line in enumerate(l for l in S.strip().split("\n") if l.strip()):
    parts = [p.strip() for p in line.split("|")]
    while len(parts) < 5:
        parts.append("")
    text, inds, signs, types, flags = parts[:5]
    inds = inds.split(); types = types.split(); flags = flags.split(); signs = signs.split()
    child = "child" in flags
    if child and (inds or types) and "AV" not in inds:
        inds.append("AV")
    for i in inds:
        if i in IMPLIED and IMPLIED[i] not in signs:
            signs.append(IMPLIED[i])
    ic = [I[i] for i in inds]; tc = [T[t] for t in types]
    if "imm" in flags: risk = "immediate"
    elif (child and (ic or tc)) or "PSV" in inds or "S" in types or "O" in types or ("THR" in inds and "ROM" in inds) or len(inds) >= 3: risk = "high"
    elif ic or tc or len(signs) >= 2: risk = "medium"
    else: risk = "low"
    out.append(dict(id=f"fresh2-{n+1:03d}", text=text, indicators=ic, signs=signs, exploitation=tc, risk=risk))
with open(sys.argv[1], "w") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(out), "texts;", sum(1 for r in out if not r["indicators"] and not r["exploitation"]), "clean")

# fresh266 part 6: personal effects, PPE and transport charges, third parties and bank cards
def add(T):
    T("Search of the address in Cwmbrân: each man had a carrier bag with one change of clothes and nothing else, no photos, no phones. Six mattresses in the front room. They work at the car wash on the industrial estate.", "AC", "FPE OA PLC", "L")
    T("IP arrived at the reception centre with only the clothes he was wearing and a plastic bag. Says 'the boss keep my things'. He had worked at a farm near St Clears for 5 months without pay.", "WW", "FPE", "L")
    T("Victim had no belongings at all when found - not even a coat, in January. Said the controller 'buys what we need'. Flat in Swansea used for sex work.", "", "FPE", "S")
    T("Warehouse picker, Newport: agency docked £35 for safety boots, £10 for the hi-vis and £5 a week for 'locker hire'. Payslip shows him under NMW after deductions. Transport from Cardiff £12 a day compulsory.", "WW", "PPE CT", "L")
    T("Scaffolding firm, Swansea: lads have to pay the gaffer £80 for a harness and helmet before they're allowed on site, then £40 a week for the lift in the van.", "WW", "PPE CT UF", "L")
    T("Bank staff in Haverfordwest flagged a man using 7 different debit cards in different names at the counter ATM. He said he was 'collecting wages for my boys' who work on the potato farm.", "WW", "MBC NCW", "L")
    T("During the visit to the factory in Treforest the supervisor insisted on interpreting for every worker and cut across them when they tried to answer. Workers looked at him before every reply.", "", "SFW FA", "L")
    T("Interview at the jobcentre, Llanelli: Romanian claimant attended with a man who answered every question for her and gave his phone number as hers. She has no money; the man says he 'handles' her account.", "WW", "SFW NCW", "")
    T("Welfare visit to a student house in Brynmill, Swansea: five students, few belongings because they'd just moved in, all with their own tenancy and passports. Caller had mistaken them for 'trafficked workers'. No concerns.", "", "", "")
    T("Boss wasn't charging us for nothing, no boots, no van, we had our own cars. Just the hours were mad in harvest – that's farming. Statement from Pembrokeshire farm worker, no concerns raised.", "", "", "")

#!/usr/bin/env python3
"""Hand-written labelled texts for the Sightline indicator detector (set fresh40).
Each a(text, spec) call holds one hand-written text. spec = "INDICATORS | signs | TYPES | risk"
using short codes mapped below; risk is optional ('i' immediate, 'h' high, 'm', 'l') and
otherwise derived from the labelling conventions. Writes bench/text/fresh40.jsonl."""
import atexit, json, os

IND = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement",
           IS="isolation", PV="physical_sexual_violence", IT="intimidation_threats",
           RD="retention_of_documents", WW="withholding_wages", DB="debt_bondage",
           AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions",
           oc="overcrowded_accommodation", saw="sleeps_at_workplace", fpe="few_personal_effects",
           rm="restricted_movement", cedl="collected_early_dropped_late", foa="fear_of_authorities",
           uf="upfront_fees", dt="documents_taken", et="escorted_transport", ct="charged_transport",
           lh="long_hours", ppe="ppe_charges", ncw="no_control_of_wages", sfw="speaks_for_workers",
           mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
PAIRS = [("RD", "dt"), ("RM", "rm"), ("EO", "lh"), ("IS", "iso")]
RISK = dict(i="immediate", h="high", m="medium", l="low")
D = []
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh40.jsonl")

def a(text, spec=""):
    parts = [p.strip() for p in spec.split("|")] + ["", "", "", ""]
    inds = parts[0].split(); sigs = parts[1].split(); typs = parts[2].split(); r = parts[3]
    for I, s in PAIRS:
        if I in inds and s not in sigs: sigs.append(s)
        if s in sigs and I not in inds: inds.append(I)
    if r:
        risk = RISK[r]
    elif ("PV" in inds or "S" in typs or ("IT" in inds and "RM" in inds) or len(set(inds)) >= 3):
        risk = "high"
    elif inds or typs:
        risk = "medium"
    else:
        risk = "low"
    D.append(dict(text=" ".join(text.split()) if "\n" not in text.strip() else text.strip(),
                  indicators=sorted({IND[x] for x in inds}), signs=sorted({SIG[x] for x in sigs}),
                  exploitation=sorted({TYP[x] for x in typs}), risk=risk))

def main():
    out = OUT
    with open(out, "w", encoding="utf-8") as f:
        for n, d in enumerate(D, 1):
            f.write(json.dumps(dict(id=f"f40-{n:03d}", **d), ensure_ascii=False) + "\n")
    print(len(D), "texts ->", out)

atexit.register(main)

# ---- batch 1 ----
a("""I was fifteen when I started going to the flat above the chicken shop. At first it was just chilling, they gave us vodka and weed and it felt like family, you know? Then Jay said I owed him for all of it, like three hundred quid, and the only way to pay was to be nice to his mates. I didn't want to. One of them held me down. I never told my mum because Jay said he'd send the pictures to everyone at school.""",
  "AV DB PV IT | | S | h")
a("""Statement to my solicitor, written with help of my support worker.
My name is Thi Hoa. In 2019 a man in my village said he could take me to England to work in a nail shop, good money, £1,500 each month. My family paid him a lot and we still owed more, around £20,000, I must pay it back from my wages. In England I worked in a nail bar in a small town, I don't know the name even now. I slept on a mattress in the back room with two other girls. Every day from nine in the morning until the last customer, maybe nine at night, seven days. The boss lady kept my passport 'so I would not lose it'. She gave me £40 a week for food and said the rest was going to the debt. I was afraid of police because she said they would put me in prison because I had no visa.""",
  "DE DB RD WW AC EO AV | saw foa ncw | L")
a("""um, so... it wasn't, I mean, I wasn't locked in or anything. I could go to the shop. But where would I go? I didn't have any money, he had my card, he had my passport, and, um, he always said if I left my little brother at home would pay. So I stayed. Sorry. It's hard to talk about.""",
  "WW RD IT | ncw | | m")
a("""Interview extract (asylum substantive interview, via Tigrinya interpreter)
Q: What happened in Libya?
A: We were held in a warehouse near Bani Walid. They took our phones. They called our families and beat us while the family listened, so they would send money. My cousin paid $3,000 and still they did not let me go. I worked for them carrying cement for four months without any money.
Q: Were you ever allowed to leave the warehouse?
A: Only to work, with guards. Never alone.""",
  "IS PV IT RM WW DB AV | et | L")
a("""My nan raised me on a farm in Cumbria and I won't pretend it was easy. Up at five for milking, out in the rain, school in between. Dad paid me pocket money and when I was older a proper wage. People hear '14 hour days' and think it's slavery but it was our farm and I'd do it again.""",
  "| | | l")
a("""Helpline call summary: Caller (female, 20s, Polish, some English) says she came for packhouse work through a man called Marek. He met her at Luton and drove her to a house where 11 people sleep, she shares a room with 3 men she does not know. £80 a week taken for rent and £15 for the minibus to the packhouse. Her first payslip shows £310 for two weeks and Marek took it to 'pay the agency fee'. She has her ID card. Caller does not want police, wants to know her rights. Advised and given GLAA details.""",
  "WW AC DB | oc ct ncw | L")
a("""When I was a kid we lived with my auntie in Leicester, nine of us in a three-bed. I shared a bed with my cousins till I was twelve. Everyone worked in the factory or the shops, aunties and uncles, and the money went in one pot. It was cramped but nobody was made to do anything, we were a family.""",
  "| | | l")
a("""I am writing this letter to the Home Office because my lawyer says I must explain why I did not claim asylum straight away. When I arrived the men who brought me took me directly to a house in Birmingham. I could not go out, the door was always locked and the windows had boards. Men came every night. I did not know the city or the language. I did not know there was such thing as asylum. When the police came to the house in 2022 I ran away because they had told me the police in England would send me back to Edo and my family would be cursed. I am sorry that I did not tell the truth the first time.""",
  "RM PV IS IT AV AC | foa | S")
a("2/B/P INT suggests nom POPESCU Ionut (DOB 03/04/1988) collecting 6-8 males from HMO at Carlton Rd 0500hrs daily, transport to construction sites. Workers pay £10/day for lift. No English spoken.",
  "| cedl ct | L")
a("he ses he is my boyfriend but he makes me go with other men for money and he keeps it all. im 16. i dont no what to do plz dont tell my dad",
  "AV WW | ncw | S | h")
a("""Debrief (male, Romanian, 34, via interpreter). He says that he was told in Craiova that the job in England was in a car wash with a house and £50 a day. He says the house was behind the car wash, a metal container with two bunk beds, no toilet, they used the car wash toilet. He says he washed cars from eight until dark, also Sundays. He says the boss 'Nelu' paid him £20 on a Saturday and kept the rest for the debt of the bus and the house. He says he was never hit but Nelu told him the Roma man before him 'went to hospital' because he complained.""",
  "DE AC EO WW DB IT | saw plc | L")
a("""We did long shifts at the warehouse over Christmas, twelve hours sometimes, but it was agency, all on the app, overtime paid at time and a half, I chose the shifts. I got my payslips. Honestly it was the best money I made that year.""",
  "| | | l")
a("""GP note: 29F attended with 'back pain'. Accompanied by male who said he was her husband and answered all questions for her. Pt did not make eye contact. Bruising to upper arms, old and new. Pt unable to give her own address. Asked male to step out — he refused, said pt does not understand English (she responded to my English greeting). Safeguarding lead informed.""",
  "PV IS | pa sfw | | h")
a("""I was sixteen, I was living in care, and this older lad picked me up in his Audi. He bought me trainers and a phone, then one day he said the phone wasn't free, I had to do a run to Margate. I was there four days in a flat that smelled of piss with a man on methadone who never got off the sofa. They took my phone and gave me a burner. I had the drugs inside me the whole time. When I said I wanted to go home he said 'you go home when I say'.""",
  "AV DB RM IS AC | plc | C | h")
a("Saw a girl with bruised face in the back of a black BMW outside the Premier Inn at 2am, older man with her, she looked about 14 and was crying. Reg started WK17. Please do something.",
  "AV | pa | | i")
a("""Caseworker note (Salvation Army partner): Client S. (Filipino, 41) worked for a family from the Gulf in a flat in Knightsbridge for 3 years. Describes working from 6am until the family went to sleep, often after midnight, caring for 4 children and cleaning. One day off 'in theory' but never taken. Slept on a mat in the children's room. Employer held her passport 'for safekeeping'. Salary of 400 USD was paid to her agency in Manila, she received nothing directly. Left by walking out while taking children to the park. Client is calm but tearful when speaking of her own children at home.""",
  "EO AC RD WW | saw ncw | D")
a("""My daughter's au pair, Léa from Lyon, works 25 hours a week, has her own room and bathroom, we pay £100 a week plus her language course. She goes out with friends at weekends and has her passport in her room. I'm writing because the agency asked for a reference.""",
  "| | | l")
a("""I'll tell you the truth now because I'm safe. The kidneys, they said it's like giving blood, you have two, you only need one. A man in Lahore said I would get five lakh rupees and a job in Manchester after. They did the operation in a clinic, not a hospital, I woke up and there was no job and they gave me half of the money. When I asked for the rest they showed me a gun.""",
  "DE AV IT | | O")
a("""999 call summary: Female caller whispering, says she is locked in a bedroom at a house in Slough, does not know the address, man has taken her phone, she is using another girl's. Says men coming tonight. Call disconnected. Cell site enquiries under way, Grade 1.""",
  "RM IS | | S | i")
a("""DOB 11/09/2007 — SMITH, Kayden. Missing x4 in last month, found in Swansea each time with £400 cash and 2 phones. Mum reports new clothes and a 'friend' called Tiny who drives a grey Merc. Kayden refuses to speak to police. Assessed as criminally exploited, county lines.""",
  "AV | foa | C | h")
a("""I'm a mechanic, I own the garage, I've got two lads from Albania working for me. Full contracts, paid through PAYE every Friday, they've got their own flat they rent themselves. Some idiot reported us to Crimestoppers because they 'look foreign'. Police came, checked everything, no issues. I'm just angry about it.""",
  "| | | l")
a("""Witness statement, paragraph 6. I worked on the trawler for nine months. We fished twenty hours some days. If you fell asleep the skipper kicked you. We slept in a space under the deck, six men, it was always wet. I never saw a contract in English. I was told I would get $1,200 a month, I got in the end $600 for all nine months, the captain said the rest was my 'expenses' for food and the flight.""",
  "EO PV AC DE WW DB | | L")
a("la nail shop on the high st the girls are in there 8am to 10pm every day I never see them leave not even for lunch and theres a man who brings them food. they look really young",
  "EO | lh | L")
a("""Interpreter's voice (Vietnamese): She says she came in the back of a lorry. She says she was told she would work in a restaurant but they took her to a house with plants, the plants for smoking. She says she lived in the house for maybe one year, she watered the plants, she did not go outside. The windows had black plastic. She says the men came every two weeks with food, rice and noodles. She says they told her if she escaped the police would arrest her because she is growing the plants. She says she was 17 at the time.""",
  "DE RM IS AV IT AC | foa | C | h")
a("""A&E: 32M presented with crush injury to hand from a baler at a recycling plant. States employer drove him in. Has own bank card, lives with partner, 3 years at the company. Employer rep stayed in waiting room. No safeguarding concerns identified on questioning alone — pt says he is happy there and it was an accident.""",
  "| | | l")
a("""I came to England in 2015 on a spouse visa. My husband's family took my passport the day I arrived and I have not seen it again. I cooked and cleaned for eleven people, his parents, brothers, their wives. I was not allowed to go out alone, only with my mother-in-law to the temple. When I cried my husband hit me. No-one ever paid me, I did not think about being paid, I thought this is what a wife does. Only when the health visitor asked questions I understood it was not normal.""",
  "RD RM PV EO AV | | D")
a("""Police log: Domestic incident at flat 4. Female reports partner punched her during argument over money. She works as a nurse, has own bank account and passport, states no one controls her movements. DASH completed, medium risk. Partner arrested for ABH.""",
  "| | | l")
a("""You ask why I didn't run. I did think about it. Every day I thought about it. But Arben had my sister's photo on his phone and he said he knew which school she goes to in Tirana. So no. I did what he wanted. The flat was above a launderette, I don't know the street. Men came, he took the money. Sometimes I got £50 on a Sunday for cigarettes.""",
  "IT WW IS | ncw | S")
a("GLAA inspection, licence holder Fresh Fields Labour Ltd: 3 workers not given payslips for March; records of hours incomplete. All workers interviewed confirm paid weekly to own accounts, own housing. Licence conditions added. No indicators of forced labour.",
  "| | | l")
a("""Text message forwarded by school: 'miss they took my phone and they sed i cant go home till i sell it all. im in a house in Colchester i dont no the road. im scared'. Sent by Year 10 pupil, 15, 23:14.""",
  "AV IS RM | | C | i")
a("""Looking back I think I was trafficked but at the time I thought Dylan was my boyfriend. I was 19, had just come out of the hostel, heroin habit. He kept me 'well', he said, gave me gear every morning and in return I'd go out with the lads at night to do the shops. Boots, Superdrug, a list of what to nick. If I came back with nothing I didn't get my gear and I'd be sick all night. He never hit me. He didn't have to.""",
  "AV | | C")
a("""Financial crime alert: 14 debit cards in different names (mostly Romanian) used at a single ATM on Church St, Peterborough between 06:02 and 06:11 on consecutive Fridays. Wages credited from 'Ace Staffing Solutions'. Cash withdrawn in full each time. Referred to regional MSHT unit.""",
  "WW | mbc ncw | L")
a("""My husband and I have employed Mrs Amina as our housekeeper for twelve years. She lives in her own flat in Acton, works 9 to 5, four days, and she took her whole family to Morocco last month on holiday, we paid her holiday pay. A social worker called us after a neighbour said she 'never leaves'. We are happy to help with any enquiry.""",
  "| | | l")
a("""He was my uncle, my mother's brother, so when he said come to Glasgow and study I came. There was no school. I looked after his children, cleaned his house and his brother's house. I was twelve. I slept in the kitchen. He told people I was his daughter. Once I asked about school and he burned my hand on the cooker to teach me.""",
  "DE AV PV AC | saw | D | h")
a("""Officer handover: 2 males located in cannabis grow Mill Lane, both VN nationals, one claims 16 (age dispute). Both thin, no shoes, rash on arms from chemicals. Doors padlocked from outside — entry by Method of Entry team. Sleeping on mattress in upstairs room between plants. Both in custody suite, NRM referral for juvenile, duty to notify for adult (declined NRM).""",
  "RM AV AC | pa saw | C | h")
a("""Just want to say thank you to the Salvation Army lady, Chloe. When I left the house in Luton I had two bags and nothing else, no phone, no passport, I didn't even know what day it was. Now I'm in college.""",
  "IS | fpe | ")
a("""I do the cleaning at a hotel near Heathrow through an agency. They take £30 a week off for the uniform and the gloves which I think is wrong. I told them and my supervisor said fine, go somewhere else then. I'm looking for another job. My pay is low but it comes every week and I live with my sister.""",
  "| ppe | ")
a("""Extract from NRM referral, section 'How did the exploitation begin': Client, 23, Eritrean, met a 'friend' in Calais who paid for her crossing. On arrival he told her she owed £4,000 and must work in a 'massage' flat in Newcastle. Client was given a phone with adverts already on it. She says she had to see up to ten men a day. Any money from clients was handed to the 'friend' at night. She has tried to leave once; he found her at the station and slapped her in front of people.""",
  "DB DE WW PV RM | | S")
a("Caller 101: neighbours have had a lot of builders in vans in and out since 6am, very noisy, wants to complain about parking on the pavement.",
  "| | | l")
a("""I worked in the chicken factory in Norfolk, yes it was hard, it was cold, the line was fast. I lived with four friends in a house we found ourselves on Facebook. When I had covid the supervisor sent me home and I got sick pay. I am telling you this because you asked about 'bad employers' and I want to say mine was not bad.""",
  "| | | l")
a("""Probation note: PoP states that while on remand he was approached by a cellmate's associates and told he'd 'owe' for the canteen and spice they gave him. Since release they have been using his flat to store drugs and he has been told to carry packages. He says he is scared to refuse as they know where his daughter lives. Flat now being used by 3 unknown males daily.""",
  "DB IT AV | | C")
a("""She's my sister, she came from Sudan, she lives with us now. Before she came to us she was a year with a family in Khartoum and then in Cardiff — the same family. She cleaned, cooked and they didn't pay her, they said they were 'keeping it for her wedding'. She wasn't allowed to phone us. She has a scar on her leg from an iron.""",
  "WW IS PV | | D")
a("""Q: Did anyone force you to do the shoplifting?
A: Force, no. Nobody force. But Mama Florica said if we don't bring 200 pounds each day we don't eat. And she kept the child allowance cards for all the children, even mine.
Q: How old were you?
A: I was thirteen.""",
  "AV | ncw | C | h")
a("""2/C/C (do not disseminate outside MSHT unit) — INT suggests POI 'Gjoni' controls 3 cannabis grows in the Bolton area, staffed by Albanian nationals who have travelled by small boat and owe 'the boat money'. Workers said not to leave the properties. Source reports one worker was beaten with a bat for eating the food meant for the next week.""",
  "DB RM PV AV | | C | h")
a("""The modelling agency said I'd do a shoot in London and stay in a hotel. Instead there was a flat in Leeds, a man named Sasha took pictures of me in underwear and put them on a website. He said now I had 'clients' and the flight and hotel and photos cost £2,500 which I had to pay back. I was 18.""",
  "DE DB | | S")
a("""Got a message from someone saying they can get my kidney sold for £40,000 in Turkey, they'd pay the flights. I deleted it and reported to Action Fraud. Just flagging it as its obviously dodgy.""",
  "| | | l")
a("""Midwife note: Booking appointment, 24wks. Pt (Chinese, 26) attended with 'cousin' who interpreted. Pt lives at the restaurant where she works ('the rooms upstairs'), says works 'every day'. When cousin went to toilet pt wrote on my pad in English: 'help me. no money. no passport'. Police called, pt removed to safe house.""",
  "EO WW RD | saw sfw | L | i")
a("""It was not trafficking, I want to be clear. My brother-in-law got me the job in the restaurant, I paid him nothing, the owner pays me every week, I have my passport and I go home at night. Yes the hours are long, that's restaurants. Your form has too many questions.""",
  "| | | l")
a("""INT suggests female (approx 30, possibly Romanian) is being advertised on Vivastreet under several names; phone 07700 900512 linked to 11 other adverts in 3 forces. Adverts state 'new in town' and list 24/7 availability. Subject seen being dropped off at Holiday Inn by male in silver Skoda VRM KX19 ABC, collected 0300hrs. 2/C/P.""",
  "EO | et cedl | S")

# ---- batch 2 ----
a("""I met him on Instagram. He was twenty-two, I was fourteen. He said I was mature for my age. After a few months he asked me to send pics, then he started selling them, I only found out because a girl at school showed me. When I said stop he said he'd post them on my mum's Facebook.""",
  "AV IT | | S | h")
a("""Transcript, helpline, 14 min.
CALLER: Hi, erm, I'm ringing about my neighbour. Not a complaint, I'm worried.
ADVISOR: Okay, take your time.
CALLER: There's a van, white Transit, comes at like half five every morning, picks up the lads from number 12. There's loads of them, I've counted nine. They come back gone ten at night. They always look knackered, one of them had his arm in a sling last week and still got in the van.
ADVISOR: Have you spoken to any of them?
CALLER: One, in the garden. Nice lad. Slovak I think. He said the boss, Tomas, keeps all the bank cards 'cause the lads don't have addresses. I mean is that normal?""",
  "EO | cedl pa ncw | L")
a("""I worked at a car wash for two summers while at uni. Minimum wage, cash in hand sometimes but always the full amount. The owner, Mr Hoxha, used to buy us pizza on Fridays. It gets a bad name but ours was fine.""",
  "| | | l")
a("""Intel log 1/A/P: Source (staff at hostel) directly saw nom KOWALSKI Piotr collecting passports from 4 newly arrived Polish men 'to arrange NI numbers'. Men told they'll get documents back when agency fee of £350 each is paid from wages.""",
  "RD DB | uf | L")
a("""They told us we were going to pick strawberries in Kent, a proper seasonal visa, and it was true, we did pick strawberries. The farm was okay. The problem was before: the agent in Kyrgyzstan took $4,000 from each of us for the 'visa service'. My family borrowed it. In England they paid me properly, but half my first season went to the debt back home.""",
  "| uf | | l")
a("""From a letter, translated from Romanian:
Dear Maria, I am writing from the shelter. I am safe now so do not worry. I did not tell you before because I was ashamed. The work in the hotel did not exist. Cristi took us to a house in Bradford and we worked in the street and in cars. He took my identity card on the first day. If we did not earn 300 a night he hit us with his belt. I tell you this so you will not believe men like him when they come to the village.""",
  "DE RD PV WW | | S")
a("""DOB 2009. Referral from Head of Year: Pupil arrived in school with new designer clothes and has been seen getting into different cars after school. Has disclosed to friend she 'goes to parties' at a flat in Rochdale where she is given alcohol and 'has to be with' older men. Pupil is 14. Parents unaware. Police and children's social care informed same day.""",
  "AV PV | | S | h")
a("""I'm calling because my cousin, he works on a building site in Ilford. He is Indian, came on a student visa, dropped out. The boss knows he has no papers. Every week the boss says he'll pay next week, it's been four months, he gets £50 sometimes. He sleeps in the site cabin. When he asked for his money the boss said 'you want me to call immigration?'""",
  "WW AV IT AC | saw | L")
a("""Extract from a sentencing remarks press summary: The defendants, a married couple from Surrey, kept a Nigerian woman as an unpaid servant for over a decade. She cared for their children and did all the housework from before dawn until late at night. She was not allowed a key, was forbidden from using the phone, and slept on the floor of the utility room. They told her she would be arrested if she went outside because she had overstayed.""",
  "WW EO RM IS AC AV IT | saw foa | D")
a("""I just need to tell someone. The boss at the takeaway, he shouts, he's rude, he paid me £6 an hour which I know is below minimum wage. But I live with my parents, I go home every night, I've quit now. Is there anything I can do about the money?""",
  "| | | l")
a("""Asylum interview, Q78–81 (Albanian interpreter)
Q: You said the man in London asked you to work for him. What work?
A: Watering plants. Cannabis. In a house in Stoke. He said, you owe £15,000 for the lorry, you will pay in six months.
Q: Did you pay it?
A: No. Each month he said there is food, there is electricity, it is more. After six months it was still £12,000.
Q: Could you leave the house?
A: There was a lock. He had the key. He came twice a week.""",
  "DB RM | | C")
a("care home in Crawley, the carers are all from Zimbabwe and India and they live in the loft of the home 6 of them, the manager took there passports and they work 70 hrs a week, one told me she paid £8000 for her sponsorship, shes terrified of being sent back",
  "RD EO AC | oc saw uf foa | L")
a("""Social work assessment: K (12) lives with father and stepmother. Teacher raised concern K was tired, doing a lot of childcare for 3 younger siblings. Visit: home clean, K has own room, attends school 98%. K helps with siblings after school which father acknowledges is too much; family support plan agreed. No evidence of exploitation or servitude.""",
  "| | | l")
a("""He keeps saying he'll give me my passport back when the debt is paid. I asked how much is the debt now and he just laughs. I think it's more than when I came. I've been here two years. I work in his brother's restaurant in the kitchen, sometimes I sleep in the storeroom if we finish late.""",
  "RD DB | saw | L")
a("Ppl at the car wash on London road are living in a shipping container round the back, seen them cooking on a camping stove, in winter, its FREEZING",
  "AC | saw plc | L")
a("""Statement of witness (Section 9). I am the manager of the Costcutter on Hill St. For about a month a young woman, I would say 16 or 17, came in every day around 7am with an older woman who did all the talking. The young one never spoke. The older woman bought cigarettes and scratch cards with what looked like the girl's bank card. On 14th, the girl came in alone, looked at me and pointed at her wrist which had bruises on it.""",
  "AV PV | sfw pa ncw | | h")
a("""In my country I was a teacher. Here I worked on the mushroom farm for two years. I want to say it was hard but legal. The supervisor was strict, yes, but I had my contract, my own room in the caravan site which was warm and clean, and I could change job if I want. I changed when I got better offer in a school as assistant.""",
  "| | | l")
a("""The women in that flat, I'll tell you what I know. I'm the landlord's son. My dad rents to a man called Chen, three-bed, says it's for his family. But there's five women, different ones every few weeks, and men coming and going at all hours. I knocked once about a leak and a woman opened the door, she didn't speak English, behind her was a man who slammed it. Windows always closed, curtains drawn.""",
  "| | S")
a("""Debrief (male, 17, Sudanese, via Arabic interpreter). He says that in Calais a man gave him a place in a lorry and said he would pay later by work. He says in England he was collected and taken to a car wash in Stockport where he worked 'from light to dark'. He says he was given only food, no money, because 'you still owe'. He slept on the floor of the office. He says he is frightened of the man, who told him 'if you speak to police you will be sent back to Sudan'.""",
  "AV DB WW EO AC IT | saw foa | L | h")
a("""I don't know if this counts. My mum has dementia and my brother moved into her house and takes her pension every week. She never sees any of it. She's fed, she's okay, but it's not right.""",
  "| ncw | | l")
a("""So my boss — she's lovely, honestly — sponsored my visa for the care job. I pay nothing, she pays for the flights, the housing is shared but nice, £60 a week for a room with a lock. I work about 40 hours. I got told by people at church that sponsors 'own you' but mine doesn't. I even switched shifts to go to my cousin's wedding.""",
  "| | | l")
a("""3/C/P. Anonymous public report passed to MSU: 'Albanian gang making women work in houses around Cheetham Hill'. No names, addresses or vehicles. Low reliability.""",
  "| | S")
a("""It's been seven years. I have my own flat now and a job at the council. Sometimes I still wake up and think I have to get up for the line. The factory in Leicester — I was one of twenty at the sewing machines, twelve hours, £2 an hour, sometimes nothing when the order was late. The owner said if we complained he would tell the Home Office about our visas. We never saw daylight in winter.""",
  "EO WW IT AV | | L")
a("""Crimestoppers: a man called Vlad is running a begging gang outside Tesco Express and the station. Drops off the same disabled man in a wheelchair every morning at 7 and picks him up after dark and takes his money. The man has no legs and can't get away. Been going on months.""",
  "AV WW | cedl ncw | C")
a("""My dad got me the job at the meat plant when I was 18. It was hard graft and cold, and the blokes were rough, but I'm still there eight years on and I'm a supervisor now. No one has ever touched my passport lol.""",
  "| | | l")
a("""School referral (DSL): Year 8 pupil, 13, stated during PSHE that he 'works for his uncle' at weekends 'counting money and taking bags to people'. When asked further he went quiet and said uncle would 'be angry'. Pupil frequently absent on Mondays.""",
  "AV IT | | C | h")
a("""We were six girls in one room in the massage parlour in Cardiff, sleeping in the same rooms where we worked. We could go out to the shop but only two at a time and the manager's husband came. They said it's 'for our safety'. I understand now it was to stop us talking to anybody.""",
  "RM IS AC | saw oc et | S")
a("""Solicitor's attendance note: Client (Vietnamese, 19) was arrested in a cannabis factory in Hull. Instructs that she was trafficked to the UK at 16 and held in several properties. Claims she was raped by one of the gang members. She did not disclose this at interview because the interpreter was a man from her own province and she feared he knew the gang. s45 defence to be considered; NRM referral made.""",
  "AV PV IT | foa | C S")
a("So my uncle is an organ donor for my dad, kidney transplant at the Royal Free next month, all legit through the NHS, just putting it here because the form asked about organs lol",
  "| | | l")
a("""I didn't know you could be trafficked inside your own country. I'm from Sunderland. Mark let me stay at his after I got kicked out. Then his mates started coming round, and he said since I wasn't paying rent I could 'be nice to them'. I was 17. I didn't leave because where would I go, I'd been sleeping in the bus station before that.""",
  "AV PV | | S | h")
a("""Licensing visit, Glow Nails, 14 High St: 4 technicians present, all produced passports and right to work, payslips through payroll, rota shows 40 hrs. One worker lives above the shop with her husband under a tenancy. No concerns.""",
  "| | | l")
a("""Interview with minor (via Romanian interpreter), extract. She says that she came with her 'aunt' who is not her aunt. She says that every morning the aunt took her to the station with a cup and a sign that said she is hungry. She says she had to bring back the money and the aunt counted it. She says she did not go to school. She says she is 11 or 12, she does not know her birthday.""",
  "AV WW | | C | h")

# ---- batch 3 ----
a("""What I remember most is the hunger. At the farm in Lincolnshire we got one meal, bread and some soup, at night. The gangmaster — we called him 'Pan Szef' — took our wages straight from the agency, he had all our bank cards in a tin. He gave us £30 on Friday for 'cigarettes'. I was there nineteen months. I lost maybe 15 kilos.""",
  "WW AC | ncw mbc pa | L")
a("Female, 30s, Brazilian, says she came to work as cleaner, now 'does massage' at flat in Soho, madam holds her money 'until she goes home'. Free to come and go. Reluctant to engage.",
  "WW | ncw | S")
a("""Officer's note: Spoke to the two Polish men at the bus stop who the caller thought looked 'unwell'. Both work for a recycling firm via a licensed agency, live in their own rented flat, have their own phones, cards and ID. One had a black eye from a football game at the weekend (he showed me the team WhatsApp). No further action.""",
  "| | | l")
a("""I don't like to say 'victim'. I was married at 17 in Pakistan to a cousin in Bradford. When I came, his mother had the list of jobs for me written on the fridge. I wasn't allowed my phone unless my husband was there. I never went anywhere but the doctor and the mosque, always with someone. I did the house, I did the cooking for the shop, I packed samosas until 1am for their business. Nobody paid me a penny. Later I learned that's forced marriage and servitude. I just called it my life.""",
  "AV IS RM EO WW | et | D L")
a("""He says that the man at the airport in Manchester was waiting with a sign with his name. He says the man took his passport 'to register him' and drove him to a farm. He says he picked vegetables for three weeks, then asked for his passport, then the man said he must pay £900 for the flight and the registration. He says he was then moved to another farm further north and told if he tried to run, 'we know your village'.""",
  "RD DB IT | dt | L")
a("""Hello, I am writing to complain about my former employer, Bright Clean Services. They deducted £45 from my final wage for not returning the work tunic, which I DID return. I have the WhatsApp message. Please help me get this back. I am now working elsewhere.""",
  "| | | l")
a("""INT suggests 6 x Vietnamese females working at 'Luxe Nails', Market Square, living above premises. Premises owner TRAN Van Minh (DOB 1979) drives females to and from address in Nottingham daily. INT suggests females not paid directly and have 'debt to the boss'. 2/C/P.""",
  "WW DB | saw et | L")
a("""'I just want to go home' — those were the first words she said to me, before her name. We found her in the back bedroom, no windows, mattress on the floor, a bucket. The door had a bolt on the outside. She told us later she had been there since the summer. The man who brought food was her cousin's husband.""",
  "RM AC | plc | | h")
a("""I'm 17, I live in a hostel, and a guy called Marcus keeps asking me to 'hold' stuff for him and drop a bag off in Crewe. I haven't done it. I told him no. He hasn't threatened me or anything, he's just persistent. My key worker said to report it so I'm reporting it.""",
  "| | | l")
a("""Bank alert (RBS FCU): Account opened in the name of an Eritrean national, address a hand car wash in Swindon. Salary from car wash credited weekly, withdrawn same day at ATM by a different person captured on CCTV (male, 50s). Same male seen withdrawing from 7 other accounts.""",
  "WW | mbc ncw | L")
a("""Somebody please look at the house on Moss Lane. I live opposite. A girl about 15 is brought there by different men in cars, she goes in, comes out an hour later, another car comes. Last night she was screaming and I heard a man shout 'shut up or I'll kill you'. This is happening NOW, car there now, red Corsa.""",
  "AV IT | | S | i")
a("""I worked in a Chinese takeaway in Belfast for four years. I lived upstairs with the family who owned it, I was like their son. Seven days, yes, but it was family business. I got pay, £300 a week cash, and they paid my English classes. When I left for Dublin they gave me a party.""",
  "| | | l")
a("""Q: Why did you not tell the police when they arrested you for shoplifting?
A: Because the man who sends us, Ilie, was waiting outside in the car. And because if I tell, my daughter in Romania — his brother lives in our street.
Q: Did he say he would hurt her?
A: He didn't need to say. He showed me the photo of her on his phone, going to school.""",
  "IT | | C")
a("""Referral from Kalayaan: Migrant domestic worker (Indonesian, 38) escaped from employer's London residence on overseas domestic worker visa. Reports working 18 hour days, no day off in 14 months, food limited to leftovers, passport held by employer's wife, salary paid to her agent in Jakarta. Employer's family members have diplomatic status.""",
  "EO RD WW AC | ncw | D")
a("""I was the one who recruited girls. I know that now, I'm not proud. My boyfriend made me, he told me if I didn't bring new girls from my town I had to do double shifts myself. I did the adverts on the phone, I took the money at the door. He hit me with a kettle once, the mark is still on my back. The judge said I was a victim too.""",
  "IT PV | | S")
a("""The farm owner — Mrs Davies — she's been fantastic. We're six Ukrainian women on the seasonal scheme, we have a caravan each, a laundry, she drives us to Aldi on Saturday, we keep our passports and get paid every two weeks. I'm only writing because your survey asked 'was your accommodation provided by the employer' and I didn't want it to look bad.""",
  "| | | l")
a("""It was my first job in England, in a hotel laundry near Gatwick. The agency was in my language, they found me the job and a room, and said £400 for the service. I paid it. After that everything was okay, normal salary, my own bank. Later I learned agencies cannot charge like this in UK.""",
  "| uf | | l")
a("""Interview notes (charity caseworker), male, 45, Slovak Roma, mild learning disability. Was 'employed' by a family in Kent for 6 years doing paving and groundworks. Lived in a horsebox in their yard. Was given tobacco and food, no pay. They collected his benefits. Says they 'looked after him'. Was punched when he tried to walk to the village.""",
  "AV WW AC PV RM | ncw | L")
a("""Our lass is 19 and she's working at that massage place in town, I know what goes on there. She says she wants to do it, she keeps her own money, she drives herself. I don't like it but I don't think anyone's making her.""",
  "| | | l")
a("""I was twelve, my brother was fourteen. Uncle took us to a big house in Oxford and we cleaned and cooked for four years. We slept under the stairs. When the children of the house went to school, we stayed. My brother tried to run and was brought back by police — they believed the uncle that he was a runaway. After that the uncle tied him to a radiator for one night.""",
  "AV RM PV AC | saw | D | h")
a("""Caller to 101 reports her ex-partner keeps her son's passport and won't return it after contact weekend. Custody dispute. Advised civil matter and family court.""",
  "| | | l")
a("""Helpline notes: caller works in a food factory in Wisbech through an agency. Says he works 6 days, 12 hours, the overtime is paid. He is calling because he found out his housemate, not working at the factory, 'works for a man' in a cannabis house and 'cannot leave' — housemate told caller the man has his passport and beat him. Caller is worried for the housemate, has an address.""",
  "RD PV RM | | C")
a("Police stopped vehicle VRM FY21 LKP on M62, 7 occupants, 2 claimed to be 16 and 17, all Albanian, driver said taking them to 'work' in Liverpool. No one knew the destination address. Driver had 3 passports that were not his.",
  "AV RD IS | et | | h")
a("""I look back and think, was it trafficking or was I just a stupid girl in love? Kemal paid for my ticket from Bucharest. He said I could work in his café in London. The café was real, I worked there, long days. But at night he asked me to go to 'parties' with his friends. He never hit me. I could have left, I had my passport. I didn't want to leave him. When I finally did leave, I went to my friend and he didn't follow. My caseworker says I was exploited. I'm still not sure.""",
  "| | S")
a("""A&E note: 22F attended alone with vaginal bleeding post assault. States she was 'working' at a flat in Leicester, a client assaulted her. Says she works for herself, advertises herself, keeps her money. Declines police. Sexual assault referral made to SARC.""",
  "PV | | | h")
a("""Youth worker log: J (15) came to drop-in with a burner phone ringing constantly. Said he 'has to answer or they come looking'. Has a £1,200 debt after being 'robbed' of a package — believes the robbery was set up. Says he'll have to go 'OT' to pay it off. Mum is working nights and doesn't know.""",
  "AV DB IT | | C | h")
a("""My grandfather worked on the boats out of Grimsby in the 60s, three weeks at sea, 18 hour days in the freezing cold, men lost fingers. It was a terrible job but they were paid and they were proud. I sometimes think people today wouldn't last a week.""",
  "| | | l")
a("""From a Tigrinya-language voice note, translated by the caseworker: 'Sister, I am in a place, I don't know where. It is a farm. They took our phones but I have this one hidden. We work from morning, morning before sun, we finish in the dark. They give us little food. The man says the boat cost 6,000 and we are paying it. Please tell somebody.'""",
  "IS EO AC DB | cedl | L | i")
a("""Intel 2/B/P: HMO at 18 Wren Close owned by nom OKONJO C. houses approx 14 Nigerian females, 3 bedrooms. Females seen leaving 2100hrs in taxis, returning 0600hrs. INT suggests OKONJO keeps females' Nigerian passports and juju oath taken before travel.""",
  "RD IT AC | oc cedl | S")
a("""My dad works at the big farm, picking apples, we came from Bulgaria for the season, the whole family. I'm eleven and I go to school here. My dad's tired after work but he's happy because he gets paid a lot more than at home.""",
  "| | | l")
a("""Extract from Home Office interview. Q: Did anyone keep your documents? A: No, I always had my passport. Q: Were you paid? A: Yes, not well, but yes. Q: Could you leave? A: Yes. I left after six months because I found better job. Q: Then why do you say you were a victim? A: I didn't say, the agent said, I just wanted to explain why my visa expired.""",
  "| | | l")

# ---- batch 4 ----
a("""The advert on Facebook said 'warehouse operatives, Northampton, £11.50/hr, accommodation provided'. When we arrived there was no warehouse. We were sent to a chicken farm catching birds at night, paid by the shed, not by the hour. They charged us £25 for the boots and the overalls and £60 a week for a bed in a caravan with three others. Our first week we earned minus money.""",
  "DE WW AC | ppe oc | L")
a("""I came to sell my kidney, I won't lie to you, nobody tricked me about what it was. I needed money for my sister's wedding. But they lied about the rest. They said a hospital in Istanbul and a nurse after. It was a flat. After the operation they put me on a bus with painkillers and $2,000 instead of $8,000. My wound got infected. I'm here now because my cousin found me work in London but I can't lift anything.""",
  "DE AV | pa | O")
a("NRM ref: 26M Indian national, recruited in Kerala for 'chef' role at a restaurant in Essex, paid agent ₹6 lakh. On arrival put to work as kitchen porter 90 hrs/week, told salary is being 'saved' for him. Sleeps in restaurant storeroom.",
  "DE EO WW AC | uf saw | L")
a("""Inspector's report, GLAA: Visit to Greenleaf Salads packhouse following anonymous tip-off. All 62 workers on site interviewed in groups and individually using interpreters. Workers have contracts, payslips to own accounts, holiday pay. Transport provided free by the labour provider. Accommodation off-site is private rentals. Tip-off appears malicious (former supervisor dismissed last month). No further action.""",
  "| | | l")
a("""My mother sold me to the man when I was thirteen — that is the only way to say it. She said I would go to England to live with a rich family and go to school. It was a lie. I cleaned for the family in Peckham, their house and their church, every day. I ate after the dogs. The woman pinched me and pulled my hair when I was slow. When I was sixteen a teacher at the church noticed I never went to school.""",
  "AV DE PV AC | | D | h")
a("""2/B/P. INT suggests nom GHEORGHE Marius (DOB 21/02/1975) recruiting via Romanian Facebook groups with offers of hotel cleaning in London at £2,000/month. Recruits are instead placed in hand car washes in Essex and Kent, charged £300 'registration' and £50/wk transport, and housed at 44 Oak Rd (4 bed, est. 15 occupants).""",
  "DE DB AC | uf ct oc | L")
a("""I told the lady at the job centre that I was fine, because Gary was sitting next to me. Gary said he was my carer. He wasn't. He took my money every fortnight, the whole lot, and he had people living in my flat, selling from it. They said it was their flat now. I slept in the bath once because they had the bedroom.""",
  "AV AC | ncw sfw | C")
a("""Comment on local Facebook group, screenshot sent to police: 'that so called massage place next to the kebab shop, theres like 4 asian girls living there, never see them go outside, blinds always down, some bloke locks the door when he leaves at night i seen him do it'.""",
  "RM | saw | S")
a("""I am a doctor at a dialysis unit. One of my patients, a British-Pakistani man, returned from a trip abroad with a new kidney and no documentation. He told me he paid £30,000 and that 'a poor boy' was the donor. He is reluctant to say more. I am raising this through our safeguarding channels as a possible transplant tourism / organ trafficking case.""",
  "AV | | O")
a("""Interviewer: So tell me about Dublin.
Her: Dublin was okay. Then Dublin finished and Aunty said, you go to London for better work. I thought, waitress. When I got there — [long pause] — can we stop for a minute?
Interviewer: Of course.
Her: When I got there it was the same men, only more. And she said now I owe for London too. The ticket, the room. It was never finishing, that money.""",
  "DE DB | | S")
a("""I want to report my landlord. He's charging £700 a month for a damp room in a shared house in Luton, eight of us, mould everywhere, one bathroom. We all have normal jobs elsewhere, he's nothing to do with work, he's just a slumlord. Council said they'll inspect.""",
  "| oc plc | | l")
a("""Victim account (19F, British), ABE interview summary: Aged 14–16, V was taken by older males to hotels in Telford and surrounding towns. Given alcohol and drugs, sexually abused by multiple men. Told by 'boyfriend' that her family would be petrol-bombed if she told anyone. V says she felt she 'owed' him for the gifts.""",
  "AV PV IT DB | | S | h")
a("""Case note: Client (32M, Lithuanian) says he worked for a roofing firm in Kent. Was promised £100/day cash; actually received £20–30/day, 'the rest for the house and the van'. Seven days a week, 6am pick-up. Boss holds his ID card 'in case he runs to another firm'. He has been told that Lithuanian men who left were 'found in the river'.""",
  "DE WW EO RD IT DB | cedl ct | L")
a("""Not sure if this is the right place, my sister-in-law in Mumbai received an offer for a 'nanny job' in London through a WhatsApp number, they want £1,800 for a visa and flight upfront. We haven't paid anything. Can you check if this agency is real?""",
  "| | | l")
a("""Excerpt, police interview with suspect (no comment interview after initial account). The suspect stated: 'They're not prisoners, they're my workers, they can go whenever they like. I keep the passports in my safe because they'd lose them. I pay them when the job's finished. The house is a bit crowded but it's free.' Officers note the 'free' house had 17 occupants and the job in question had been 'finishing' for over a year.""",
  "RD WW AC | oc | L")
a("""Our son is 16, he's autistic, and he's been befriended online by someone calling himself 'K'. K gets him to let people use his bank account for 'gaming transfers'. Thousands going in and out. When he said no, K told him the police would arrest him for money laundering unless he kept doing it.""",
  "AV IT | | C | h")
a("""I loved the fishing. Scotland, the prawn boats, hard and dangerous, yes, but the skipper was honest, we had a cabin each and he paid the crew share every landing. I know other Filipino men had bad experience on other boats, documents taken, no money, so I am lucky.""",
  "| | | l")
a("""I was told I was going to be married to a kind man in England and my parents would receive money. The marriage happened in Birmingham at a registry office. After, I was not the wife, I was the worker. His first wife and children, I cleaned for all. He said if I go to police they will deport me because my visa depends on him. He kept my passport in his car.""",
  "DE IT RD AV | | D")
a("999: Male caller, broken English, says 'they lock us, they hit my friend, blood'. Background shouting. Location from phone: industrial unit, Trafford Park. Units dispatched.",
  "RM PV | | | i")
a("""Write-up from a survivor-led group session (shared with consent). One woman said: 'People think chains. There were no chains. There was the phone he gave me, which he read every night. There was the bank account he opened in my name, which I never saw. There was the flat where he always knew where I was. That is the chain.'""",
  "IS WW | ncw | ")
a("""Intel 3/D/P: Anonymous source claims the owner of Kings Car Wash, Wolverhampton, 'pays the workers nothing'. Source subsequently identified as a rival car wash owner. Previous checks by HMRC found full payroll compliance. Information assessed as likely malicious.""",
  "| | | l")
a("""My boss at the nail bar, she's Vietnamese like me, she's my mother's friend. Hours are long, 10 till 8, six days, but the pay is in my account and on Sundays I'm with my boyfriend. She sometimes shouts when we are slow. I'm happy. Please don't close our shop.""",
  "| | | l")
a("""Statement (translated from Polish): They waited at Victoria Coach Station. Nice man, spoke Polish, a van. They took us to a house in Peterborough, 5 of us in a room. Next morning they took our ID cards 'for the agency'. Then they opened bank accounts in our names and kept the cards and the PINs. We worked in a packing factory, I saw payslips 400 per week but he gave me 40. After six weeks I asked to go home. He broke my nose.""",
  "RD WW PV AC | ncw oc mbc | L")
a("""Look I know what this sounds like but my girlfriend's family are not trafficking her. She lives with her parents, works in their restaurant, they're strict and old-fashioned and don't like me, that's all. She's 24 and she texts me whenever she wants.""",
  "| | | l")
a("""Police log, welfare check: Neighbour concerned elderly woman at no. 7 'kept prisoner' by son. Attended: woman has advanced Parkinson's, son is full-time carer, carers visit 4x daily, GP aware, woman says she is well looked after. No concerns.""",
  "| | | l")
a("""There were about thirty of us on the farm in Herefordshire. Most were fine — proper visas, proper pay. But four of the men from Nepal had come through a different broker. They told me they paid £10,000 each, and they still owed half, and every week the broker's man came to the caravans and collected from them in cash. One showed me his phone — the broker had sent a picture of his house in Nepal with a message: 'pay on time'.""",
  "DB IT | uf | L")
a("""she says that in the flat there was a calendar and a man wrote on it every day how much she earned. She says she never held the money. She says that when she was ill with fever she still had to see men. She says one man was very violent and she told the boss and the boss said 'he pays extra'.""",
  "WW PV AC | ncw | S")
a("""Report via Unseen app: 'Young lads, maybe 14-15, selling the Big Issue-style magazines door to door in Bournemouth at 9pm, one told me he has to sell 40 or his boss won't let him eat. They got dropped off by a minibus.'""",
  "AV | et | C | h")
a("""I was so naive. An agency in Manila, with an office and everything, promised me a job as a nurse in a UK hospital. I paid $5,000. I got to England and they told me the hospital job 'fell through' and sent me to a care home in Lancashire as a carer on nights, 72 hours a week. The agency takes £400 a month from my wages for 'placement fees' for two years. If I leave I have to pay £8,000 'training repayment'.""",
  "DE DB EO | uf | L")
a("Kid about 12 on a bike dropping off little packages on the estate every evening, older guys in a car watching him. He's out till 1am on school nights.",
  "AV | | C | h")
a("""A&E triage note: 18M (states DOB 01/01/2006), Albanian. Brought in by friend with deep laceration to forearm. States 'cut at work' — unable to say where he works. Friend answered for him and tried to leave with him before treatment. Pt appeared frightened, thin, clothes too big. Police informed.""",
  "| pa sfw | ")

# ---- batch 5 ----
a("""I was living on the street in Ghana when a man offered me a way to Europe. He said I could pay him back later by giving a kidney, that people live normal with one. I said yes because I had nothing. In the end they brought me to London and took me to a private clinic for tests. A nurse asked me in private if I understood what was happening. I cried. She called the police before the operation.""",
  "AV | | O")
a("""Intel 2/B/C (not to be shared with the clinic concerned): INT suggests a broker operating from a Birmingham travel agency arranges for UK residents to buy kidneys abroad; 'donors' are recruited among destitute migrants in the UK and flown out on the pretext of seasonal work, then pressured on arrival. At least two donors returned to the UK unwell and unpaid.""",
  "DE AV WW | | O")
a("""Honestly I don't even know why I'm here. The police found me in the car wash and said I'm a victim. I'm not a victim. I get £40 a day, yeah it's not much, I sleep at my mate's place, the boss is alright. I don't want no referral.""",
  "| | | l")
a("""She was Romanian, 17, and they had told her it was a babysitting job for a family in London. The family was a man alone with a one-bedroom flat. He took her phone the first night. She was made to have sex with men he brought from a WhatsApp group. She got out when a delivery driver let her use his phone.""",
  "AV DE IS PV | | S | h")
a("""Letter to my MP. I work in a factory making ready meals. I want to complain about the hours. We do 12-hour shifts, 4 on 4 off, which is legal and paid, but management keeps asking us to come in on our days off and it's wearing people out. Nobody forces us. We just feel pressure. Can the government do something about this?""",
  "| | | l")
a("""Child's own words, recorded by social worker (verbatim): 'I had to do the shops, like get stuff from Primark and Boots, and give it to Dad's friend. If I didn't get enough he said I was useless and I'd go back to the street. Once he put my hand in the door. I'm 10.'""",
  "AV PV IT | | C | h")
a("""Police handover: Bail address check at 23 Cedar Ave — 3 Vietnamese males in the property, one rental agreement in the name of the suspect. Sleeping bags in living room, fridge empty, no belongings apart from clothes they were wearing. Males say they 'help the friend'. Interpreter requested for tomorrow.""",
  "| fpe plc | | l")
a("""When I was nineteen my boyfriend's cousin got me work 'cleaning offices in London'. It was cleaning, in the beginning. Then it was cleaning and also staying with the boss's family, doing their laundry and cooking, for no extra pay, then after a while for no pay at all because he said I was living 'rent-free'. I had to ask permission to go to the corner shop. I did that for three years.""",
  "DE WW RM | | D L")
a("""My colleague at the bakery, she's Sri Lankan, her husband takes her whole wage every month, she's not allowed a bank card, and he picks her up and drops her off at work. She has bruises sometimes. I don't know if it's domestic abuse or what you'd call it.""",
  "PV WW | ncw et pa | | h")
a("Saw 3 men sleeping in the back of a van in the Travis Perkins car park, same van every night for 2 weeks, they go to the building site over the road in the morning.",
  "| plc | ")
a("""Transcript excerpt (helpline, Vietnamese interpreter):
INTERPRETER: She says she is calling from the nail shop toilet. She says the owner keeps her phone in the day. She borrowed one from a customer.
ADVISER: Is she in danger right now?
INTERPRETER: She says not right now, the owner is at the bank. She says she works every day and the owner says she still owes £18,000 from Vietnam. She wants to know if the debt is real.""",
  "IS DB EO | | L")
a("""I'm a lorry driver. At the port in Calais last night, when I opened up at the services near Dover, there were two young lads in the back, maybe 15. They were terrified, said a man took their money and told them there's work in England. I called 999. I'm writing to ask what happens to them now.""",
  "AV | | | h")
a("""I was brought up in a Traveller family and we did tarmac, and I know people think all Traveller sites are slavery now because of the news. It's not. My dad's men were paid, fed, they lived in their own trailers, they came and went. Some were lads off the streets he gave a chance. But I know one site near us where it was different and I'm glad those men got out.""",
  "| | | l")
a("""Debrief: He says that in Vietnam he borrowed money from a lender to pay for the route, $30,000. He says the lender sends messages to his mother every month. He says in England he worked in a cannabis house in Kent and was told each harvest reduces the debt by $2,000. He says after three harvests the man said the debt was now $35,000 because of 'interest and the police raid on another house'.""",
  "DB IT | | C")
a("""Referral from housing officer: Tenant (British male, 58, alcohol dependency) has had a group of young men staying in his one-bed flat for 3 weeks. He says they 'help him out'. Neighbours report constant visitors at all hours. Tenant was found with a black eye and said he 'fell'. He appears scared to speak in front of them.""",
  "AV PV | pa foa sfw | C")
a("""INT suggests nom BAJRAMI Edi (DOB 12/12/1992) holding the passports of 5 Albanian males working at a barber shop, Leeds LS8, and charging them £100/wk each for beds in the flat above. 2/B/P.""",
  "RD AC | saw | L")
a("""I'll tell it how it happened. I was at uni, I got into debt, a girl on my course said she made money on a sugar daddy site. I did it for a bit. Nobody made me, nobody took my money, I stopped when I graduated. My therapist wanted me to write about it, that's why I'm sending it to this study.""",
  "| | | l")
a("""Asylum interview (Sudanese male, 24), Q102: 'In Libya they sold me to a farmer. I worked one year on his farm with no money. The guards had guns. One of my friends tried to run and they shot him in the leg. After that nobody tried. Then the farmer sold me again to the smuggler who put me in the boat.'""",
  "WW PV IT RM | | L")
a("""Caller says his 16-year-old daughter has gone to stay with 'a friend's family' in Birmingham and has sent messages saying she's helping out in their shop and they're nice to her. He's spoken to the family on video call and they seem fine. He's ringing because his ex-wife insists it's trafficking. Officers to conduct safe and well check.""",
  "| | | l")
a("""The woman in the flat upstairs — I'll call her Ana, she asked me not to use her real name — she cleans for three different families. One of them, in Highgate, has started saying she must live in, look after the grandmother 24 hours, and they'll pay her 'at the end of the year'. She hasn't been paid since March. She's scared to push because they said they know she's undocumented.""",
  "WW AV IT EO | | D")
a("""From a court transcript (witness evidence, victim, via Slovak interpreter): 'We were nine in the house, two rooms. The big man, Roman, he drove us to the factory, he drove us back. He had our cards. He said he would give us money when we needed, but when I needed money for my tooth he said no. He didn't let us talk to English people. I did not know how to take a bus.'""",
  "WW IS RM AC | oc et ncw | L")
a("""i am 14 i live with my step dad and he makes me do all the cleaning and look after my baby brother every night and i cant go out with my friends and he says ill go into care if i tell anyone. i dont go to school some days coz i have to stay home with the baby""",
  "AV IT RM | | D | h")
a("Public report: Spotted at the nail bar on Queen St a sign in Vietnamese that my friend translated as 'staff sleep here, no visitors'. Girls look exhausted.",
  "| saw | L")
a("""GLAA labour inspection summary: Labour provider (unlicensed) supplying 23 workers to a flower farm in Cornwall. Workers charged £150 'registration fee', transport £8/day deducted, pay slips show illegal deductions leaving most workers with under £100 for a 50-hour week. 4 workers share a static caravan with broken heating. Workers free to leave, own documents. Referred for prosecution for unlicensed activity and wages recovered.""",
  "WW AC | uf ct plc | L")
a("""I left my village in Eritrea when I was sixteen. That part was my choice. In Sudan the smugglers kept us in a compound for two months. They called my father and made me scream into the phone. I don't like to talk about what they did to the girls. When I reached the UK I thought everything would be fine and for me it was, I was in a foster family in Kent. So my story is not a UK story.""",
  "AV PV IT RM | | | h")
a("""Ward note, renal unit: Pt (Iraqi Kurdish, 31) admitted with post-operative complications following nephrectomy performed abroad 5 weeks ago. Pt states he 'sold' the kidney to pay a smuggler debt; payment was taken directly by the smuggler's associate. Pt now destitute, fearful of associates. Safeguarding & police referral.""",
  "AV DB WW | foa | O")

# ---- batch 6 ----
a("""They said 'Scotland, salmon farm, good wages, a cabin by the sea'. There was a cabin. There were also eight of us in it. And the wages were paid to 'Mr. Li' who explained that first we pay the flights, the visa, the cabin, the food, the gloves, the knives. After four months I had received £200.""",
  "DE WW DB AC | oc ppe ncw | L")
a("""Notes from GP consultation via Language Line (Mandarin): Pt 45F presented with chronic cough. Works in a restaurant kitchen, lives in staff accommodation. On direct questioning: has own passport, paid monthly into her own account, works 45 hours, one day off. Reports employer kind. No indicators identified.""",
  "| | | l")
a("""We had a guy do our driveway, proper cowboy. He turned up with three blokes who looked rough as anything, thin, old clothes, one had no shoes on, in November. The boss shouted at them like dogs. Never let them in our house to use the loo, made them wee in the hedge. They worked from 7 till it was dark. I paid the boss £4,000 cash. Didn't think until I saw that documentary.""",
  "AC EO | pa | L")
a("INT 2/C/P: Female known as 'Mimi' advertised on AdultWork, phone 07911 123456, believed to be controlled by nom VASILE Ciprian, who collects earnings nightly. Mimi rarely seen outside address.",
  "WW | ncw | S")
a("""A message I sent to my friend in 2020, which she kept and gave to my solicitor: 'Mariam I am in the house of the family still. Madam takes my phone at 9 she gives it back in the morning for 5 minutes. Today she said I cannot go to church. Sir said if I complain he will tell the police I stole her jewellery. Please pray for me.'""",
  "IS RM IT | | D")
a("""Debrief notes: V (male, Polish, 52, alcohol dependent, homeless in Warsaw) was approached at a soup kitchen with offer of work in England. Brought by coach, taken to a house in Kidderminster. Worked laying block paving for 3 years. Given cans of strong lager and cigarettes, no wages. Head of family claimed V's benefits. V slept in a shed. Beaten when he asked for money.""",
  "AV DE WW AC PV | ncw | L")
a("""Hi, I think my boss is doing something wrong but not sure. I work in a hotel in Edinburgh. He makes us pay £10 for the name badge and the uniform comes out of the first wage. Other than that he's fine, pays on time. Is the badge legal?""",
  "| ppe | | l")
a("""The truth is my 'husband' was the one who sold me. I was 18. We came from Slovakia to Sheffield, we got married in the registry office to a Pakistani man so he could get papers, and my husband got the money. After that the man I married kept me in his flat and his brothers used me. It lasted eight months.""",
  "AV PV RM | | S")
a("""Police log, immigration enforcement joint visit, Oriental Express takeaway: 2 staff found working without right to work (Chinese nationals, overstayers). Both state paid £350/wk cash, live in own rented room, hold own passports. No exploitation indicators; referred to Immigration Enforcement. Employer issued civil penalty.""",
  "| | | l")
a("""'So the lady who picked me up at the bus station, she was nice, she was Ghanaian like me. I stayed with her family, I did the children and the house and she said when you have papers I will help you find real work. I never had papers. Five years. When I asked about my money she said, "What money? I give you a roof."'""",
  "DE WW AV | | D")
a("""Intel 1/B/P: Source (employee of lettings agency) reports that nom TRAN Thi Lan rents 3 properties paid in cash; on visit, source saw a property with foil over windows, strong smell, an extension lead through the wall, and a young Asian male inside who ran upstairs. Door secured by external padlock and chain.""",
  "RM | | C | h")
a("""When my daughter was 15 she started disappearing at weekends. She'd come back with nails done, hair done, new iPhone. She told me she was 'seeing a lad from Rotherham'. We now know, after the trial, that she was passed between eight men. I want every parent to know the signs.""",
  "AV PV | | S | h")
a("""I can speak for myself. I am 28 years old, I come from Nigeria, I work as a carer in Reading. My employer has my visa. It is hard work, 48 hours, sometimes nights. I am paid properly. Some people think because I am African and a carer I must be a victim of something. I am not a victim. I am a nurse in my country and I will be a nurse here.""",
  "| | | l")
a("""Probation officer's note: Service user (20) says the 'elders' in his area 'own' him since he was 14. He still owes them for a 'lost' consignment from years ago. Recently released; within days of release he was picked up in a car and told his debt has doubled while he was inside. He has been told to start holding drugs at his mum's house.""",
  "DB AV IT | | C")
a("""Anonymous letter received at police station, handwritten: 'The Indian shop on Bridge Street. The owner brought a boy from India, he says he's his nephew, he is maybe 14, he works in the shop from opening to closing and does not go to school. I never see him outside. He sleeps in the stockroom.'""",
  "AV EO | saw | L | h")
a("""Debrief (female, 35, Thai, via interpreter). She says that she was recruited to work in a Thai massage parlour in London, told it was legitimate massage and she would earn £2,000 a month. On arrival the manager told her she owed £15,000 and must provide 'extras'. She says she was not allowed out of the parlour for the first three months. She says she saw 10–15 clients daily.""",
  "DE DB RM EO | | S")
a("My mate works at a car wash, the guys there are all from Kurdistan, they're chill, get paid, go to the gym together after work, the boss is the cousin of one of them. Nothing dodgy.",
  "| | | l")
a("""Public report (Modern Slavery Helpline web form, spelling as submitted): 'my neighbour keep a african women in there house as maid, she dont speak english, she wears same cloths everyday, she walk the kids to school and back but never alone anywhere else, i herd the wife screaming at her and slap noise. i think she has no passport, they said she is "family".'""",
  "RM PV | fpe et | D | h")
a("""Financial intelligence summary: 37 accounts opened within 6 weeks at two branches, applicants mostly Bulgarian and Romanian nationals accompanied by the same interpreter. Accounts subsequently used to receive Universal Credit and self-employed tax refunds; all cards linked to one mobile number and one postal address in Barking. Account holders interviewed: several state they 'signed papers for a job' and never saw a card again.""",
  "DE RD | mbc ncw | C")
a("""Hi Sarah, It was lovely to see you last week. I'm writing this because you asked me to, for the project. I worked as an au pair in Surrey for a year when I was 19. The mum was strict about the hours, 30 a week, and she docked me £20 once when I broke a glass, which annoyed me, but mostly it was a really good year. I still get Christmas cards from the kids.""",
  "| | | l")
a("""Extract from statement of OIC, Op Larch: On entry to the address, officers found 9 males sleeping in a double garage converted with mattresses. Workers were engaged on a waste recycling site, transported in the suspect's vehicle at 0530. Each worker stated that a 'rent' of £70 was taken from wages, plus 'transport' and 'food'. Several workers stated their passports had been taken on arrival 'for payroll'. One worker had an untreated broken wrist.""",
  "AC RD WW | oc cedl ct pa | L")
a("""Teen, 17, own words in a youth project zine: 'people think county lines is like a film. for me it was just my older cousin saying come make some money. then i was in a trap house in Bournemouth for three weeks, sleeping on a dirty floor, getting rushed by users. when i wanted to come home he said i still owed him the train fare, and the food, and the phone. i came home when the police raided it. i was so relieved i cried in the van.'""",
  "AV DB AC | plc | C | h")
a("""Case review: Adult at risk (British male, 40, learning disability) reported 'working' for a local man who pays him £5 a day to wash cars on the man's driveway. Social worker visit: he lives with his mother, works 2 hours on Saturdays, enjoys it, money goes into his own pocket. Employment support offered. No safeguarding concerns.""",
  "| | | l")
a("""She told me this, over coffee, years after: 'The job was caring for an old lady in Dubai. Then the family moved to London and brought me. Then the old lady died, and they kept me. The wife said I couldn't go home until I paid for my flights, so I worked for the daughter's family in Kensington for two more years. I don't remember one day off.'""",
  "DB EO | | D")
a("""Intel 2/C/C (share only with GLAA and HMRC): INT suggests that Midlands Meat Staffing Ltd pays workers' wages into accounts it controls; workers are given prepaid cards topped up with £50/week. Approx 40 workers, mainly Romanian, housed in 4 HMOs owned by director's brother.""",
  "WW | ncw | L")

# ---- batch 7 ----
a("""I was eleven when my father sent me to work for a family in Lagos and when that family moved to Manchester I came too, on the children's passport as a 'daughter'. I did everything in that house. I was not beaten every day, only when I was slow. The madam kept telling me my father was being paid. I don't know if he was. I didn't see him again.""",
  "AV PV WW | | D | h")
a("""Helpline call: Caller is a supervisor at a distribution centre. Says agency worker (Romanian, 30s) confided that he and 6 others are dropped off by a man who takes their wages out of the ATM each Friday using their cards, and they live in his house. Worker asked caller not to tell anyone because the man 'has friends in Romania who will visit his family'. Caller has the man's car reg.""",
  "WW IT | ncw mbc et | L")
a("She keeps saying sorry, sorry, I am sorry. She is 22. She was told she was going to Italy to be a hairdresser and came to Italy, then London, then Glasgow, sold every time to another 'madam'.",
  "DE | | S")
a("""I've been told to write what happened so here it is. My name's Callum, I'm 16. I got groomed on Snapchat by a man I thought was 17. He gave me money for pictures. Then he said he'd send them to everyone unless I met his 'friends'. I met them. I'm not going to write what happened there. I'm in a safe place now and police have his phone.""",
  "AV IT PV | | S | h")
a("""Police log: Report of 'human trafficking' at 22 Fern Rd. Attended. Occupants: extended Bangladeshi family (grandparents, 3 adult children, 6 grandchildren) in a 4-bed house. All adults have jobs or are in education; children attend local school. Caller's concern was 'too many people in one house'. No offences. NFA.""",
  "| | | l")
a("""Translated statement (Arabic): 'In the UK I worked for a man at a barber shop in Coventry. He said he would do my asylum paperwork and I owe him £3,000 for the lawyer. There was no lawyer. I cut hair 7 days, 11 hours. He gave me £50 a week. I found out from a customer that there was no asylum application at all.'""",
  "DE DB WW EO AV | | L")
a("""Hand car wash, Bristol — licensing and immigration visit. 8 workers, all Kurdish Iraqi, all with right to work (refugee status or settled), paid NMW per payslips, rota 9–6. Workers confirm they live in own accommodation. Owner cooperative. Some H&S issues with chemical storage noted and advice given.""",
  "| | | l")
a("""There's something not right with the young woman who serves at the café. She never goes on a break, she's there when I go past at 6am and when I come back at 10pm. Yesterday she had a burn on her arm and a man in the back shouted at her in a language I didn't know and she jumped like she was terrified.""",
  "EO | pa | L")
a("""Solicitor's letter (extract): Our client was recruited in Bucharest with the promise of warehouse employment in Birmingham. On arrival her identity card was removed by the recruiter, Mr S., who informed her she would instead work in a 'private flat'. She was held there for six weeks, during which she was raped by Mr S. and forced to sell sex. Her earnings were taken in full. She escaped when Mr S. was arrested on unrelated matters.""",
  "DE RD RM PV WW | | S")
a("""I drive a taxi in Slough. Every night about 3am I take girls from the same address to hotels near Heathrow, different girls, always a man pays the fare on the phone in advance. One girl last week was crying and asked me to 'take her to police' and then her phone rang and she said 'no, no, go to hotel'. I took her to the hotel. I feel bad.""",
  "IT | cedl et | S")
a("""We're a small family farm. We take on six Romanian pickers each summer through a licensed agency. They live in two new caravans, we pay them direct, they have a car. One of them, Dorin, has been coming for eight years and is godfather to my nephew. I'm writing because the GLAA leaflet said farmers should share good practice.""",
  "| | | l")
a("""GP: Pt 17F, Albanian, seen with 'boyfriend' (30s). Boyfriend insisted on staying in room and spoke for pt. Pt 11 weeks pregnant, requesting termination, states she 'has to go back to work tonight'. When asked what work, boyfriend answered 'cleaning'. Pt appeared withdrawn, underweight. Safeguarding referral, police informed.""",
  "AV | sfw pa | | h")
a("""It was not bad at first, I'll say that. Paolo gave me a job at his restaurant, a bed above it, he paid the bus from Naples. After one month he said the bus and the bed cost more than my wages so I will not see money for a while. He said I could not leave because I owed. When my mother was sick in hospital he didn't let me go home. My passport was in his drawer.""",
  "DB WW RD RM | saw | L")
a("I'm 15 and my mum's boyfriend makes me go with him to the shops and steal stuff, he waits outside in the car, if I don't he hits my mum",
  "AV IT | | C | h")
a("""Border Force note, Stansted: Group of 4 females (Brazilian, 19–23) arriving on same flight, identical return tickets purchased by a third party, each with £500 cash and the same address in Hackney. Two stated they were 'tourists', one that she had a 'job in a salon', one could not say where she was staying. Fourth female asked officer quietly whether she 'had to go'. Safeguarding interview conducted.""",
  "IS | | | m")
a("""Victim personal statement (abridged). You took me when I was 13. You told me you loved me. You gave me vodka and cigarettes and you took me to the house on Parkside where your friends were waiting. You told me that if I told anyone, my little sister would be next. I believed you. I'm 22 now and I still believe you sometimes.""",
  "AV PV IT | | S | h")
a("""Council environmental health: Complaint about rubbish at rear of a takeaway. On visit, a mattress and sleeping bag found in the dry store; the owner said a worker 'sometimes naps' there. Worker (Bangladeshi, 40s) interviewed separately, stated he lives with his family in Bow and naps between shifts. Food hygiene advice given. No concerns about worker welfare.""",
  "| | | l")
a("""I'm Filipino, I was a seafarer for 15 years. This is about the one boat out of Peterhead in 2017. Our documents were kept by the agent at the port. We were not allowed ashore, the skipper said we were on 'transit visas' and would be arrested if we stepped off. 20 hours a day in the season. Salary went to the Manila agency and my wife received maybe half of it.""",
  "RD RM EO WW IT | ncw foa | L")
a("""Caseworker: Client (Chinese, 50s) found in a brothel in a residential house in Reading. Client very afraid of police; believes she will be imprisoned because she overstayed. She says she came to work as a nanny for a Chinese family, who 'passed her on' after the children grew up. She says she gives all money to the 'auntie' who runs the house.""",
  "DE WW AV | foa ncw | S D")
a("""Referral: Sam, 19, a young woman with a mild learning disability, moved in with her new boyfriend in Blackpool. Her mum reports Sam now has no phone, her benefits go into the boyfriend's account, and his 'friends' visit and she 'has to be nice to them'. Sam says she's happy. Mum was refused entry when she visited.""",
  "AV IS PV | ncw | S")
a("""The lads on the building site next to my work live in the site cabins during the week, but it's a legit company, they go home to their families in Wales at weekends, get paid every week, get overtime, the site manager told me this when I asked. Writing because it was on a 'spot the signs' poster and I got worried for nothing.""",
  "| | | l")
a("""Interpreter: He says the first house he was in the plants were on the ground floor and the men lived upstairs. He says when he had been there two months the 'boss' arrived with a knife and said someone has been stealing plants and cut his friend on the face. He says after that they had to put their hands on the table each morning to show they were not hiding anything. He says the boss took his phone 'so the police can't track it'.""",
  "PV IT IS | | C")
a("""Hello I write from Ukraine refugee family. We stay with British host family in Devon. They are very kind. The host asked my daughter, 17, to help with their children sometimes and they pay her £10 per hour. I ask if this is okay legally? She enjoys it and she goes to college.""",
  "| | | l")
a("""Intel log 2/B/P: Nom O'DONNELL Patrick believed to be housing 3 vulnerable British males at a caravan site in Bedfordshire. Males have been seen working on driveway jobs, dressed in dirty clothing, appearing malnourished. One male, previously reported missing from Liverpool in 2019, told a resident he 'can't leave, they'll find him'. Males are never seen without a member of the O'DONNELL family.""",
  "AV IT RM | pa et | L")

# ---- batch 8 ----
a("Nom LE Van Hung stopped driving VRM LN18 XYZ with 3 VN females in rear, all nail techs, all with own ID, going to work in Derby. Intel only, no concerns raised.",
  "| | | l")
a("""Worker (Polish, 29) disputes pay with bakery employer over unpaid overtime of ~£240. Has contract, own bank account and passport, rents a room privately. Advised ACAS early conciliation. Not a modern slavery matter.""",
  "| | | l")
a("""theres a woman begging outside the co op every single day, same spot, dropped by a man in a black audi at 8 and he comes back at 6 and takes her cup off her. she has a bad leg and cant walk far. shes been there in the snow. SOMEONE DO SOMETHING""",
  "WW AV | cedl ncw | C")
a("""Debrief: 'My boss at the farm didn't take my passport. He didn't lock anything. He said I could go anytime — but if I go he won't pay the last three months, and he hasn't paid me anything since May, he said he pays at the end of the season. The end of the season is now and he says next month.'""",
  "WW | | L")
a("""I remember the smell of the chemicals in the nail shop and the ache in my back. I was 16, from Vietnam, and I lived with the owner's family. I wasn't allowed to leave the house except to go to the shop with them, and they told people I was their niece. They said my family owed them for bringing me and I had to work for three years. I never saw any money. I didn't go to school.""",
  "AV RM DB WW | et | L | h")
a("""Re: my husband's nephew. He came from Pakistan, he lives with us, he works in our family's cash and carry. He's 19. He's paid like everyone else, he has his own phone and bank account, and he plays cricket every Sunday. Someone reported us after a row with a neighbour. Please close this.""",
  "| | | l")
a("""Crimestoppers report: 'There are men living in the unit behind the tyre shop on Station Rd. They sleep on cardboard. The owner makes them work on the tyres till midnight and shouts at them. One said he hasn't been paid in 2 months and the owner has his passport.'""",
  "AC EO WW RD | saw | L")
a("""It wasn't a lie, exactly, what they told me. They said I'd be a 'hostess' at a club in London. I was. But I didn't know hostess meant I'd have to go upstairs with customers, and that I'd have to pay the club £100 a night for the room whether I had customers or not. After two months I owed them £3,000.""",
  "DE DB | | S")
a("""Teaching assistant's note: Pupil (Y5, 9) said today he 'works at Uncle's car wash' after school and at weekends, 'drying the cars and the wheels'. He was very tired in class and had cracked red hands. Uncle is the father's brother. Referred to DSL for assessment.""",
  "AV | pa | L | h")
a("He had my passport, he had my phone, he had my name on the lease, he had everything but my mind.",
  "RD IS | | ")
a("""My sister was in a forced marriage in 2012. She was taken to Bangladesh 'on holiday', married to a man she'd never met, and when she came back to Oldham she had to live with his family, do all the cooking and cleaning, and wasn't allowed to go to college any more. His mother locked the front door when the men were out. She finally left in 2016 with help from Karma Nirvana.""",
  "DE RM AV | | D")
a("""Officer notes from visit to a massage parlour (licensed premises): 3 women working. All spoke to officers alone. All state self-employed, pay rent to the owner for the room, keep their own earnings, live elsewhere, and come and go. One has worked there 6 years. No indicators of control identified on this visit.""",
  "| | | l")
a("""I am writing on behalf of my client, Mr A., an Afghan national aged 17 at the time of the events. Mr A. was approached in a hostel by an adult male who offered him 'work in a shop'. He was instead taken to an address in Swansea where he was made to hold and sell drugs. He was told he owed the adult £500 for the phone and clothes. When he asked to return to the hostel he was punched and his phone was taken.""",
  "AV DE DB PV IS | | C | h")
a("""Helpline: Caller works at a packhouse, says the agency pays him £20 less per week than his payslip says. He has his documents, lives in his own flat, can change agency. Wants to make a complaint. Given GLAA and ACAS details.""",
  "| | | l")
a("""From a support group recording, transcribed with permission: 'The thing nobody asks is how I felt about him. I loved him. He was the first person who was kind to me when I arrived in Birmingham with nothing. He gave me a room. Then it was — then there was the debt, you see, the room wasn't free after all, and then there were his friends. And I kept thinking, he loves me, it's temporary.'""",
  "DE DB | | S")
a("""Care inspector's note: During inspection of Meadowview Care Home, two overseas carers (Zimbabwean) approached the inspector privately. They state the agency that brought them deducts £500 monthly for 'sponsorship' from their pay and has told them that if they resign they must pay £10,000. They work 60+ hours a week and have not had a day off for 5 weeks. Their passports are with the agency 'for the visa renewal'.""",
  "DB WW EO RD IT | | L")
a("Report: fella in a van offering day work outside B&Q to lads who look homeless. Probably nothing but flagging.",
  "| | | l")
a("""Statement (daughter of deceased): My father ran the restaurant for 30 years. The staff were family and friends from our village in Sylhet. Yes, some slept in the flat above and yes, hours were long, but everyone was paid and everyone went home to Bangladesh for a month every two years, paid by my father. I am very upset by the allegations in the newspaper.""",
  "| | | l")
a("""Q: When you say you were 'sold', what do you mean?
A: The man in Athens gave me to the man in London. I saw the London man give money. He said to me: now you work for me. He took me to a house in Ilford with other Nigerian girls.
Q: What work?
A: Sex. Every night.
Q: Could you say no?
A: No. One girl said no. He burned her with the iron.""",
  "PV IT | | S")
a("""Intel 2/B/P: Children (est. ages 10–14, Roma) observed pickpocketing on Oxford St in groups of 3; an adult female collects items and cash every hour. Same children seen at a Stratford address with an adult male who escorts them on the tube each morning.""",
  "AV WW | et ncw | C | h")
a("""I'm a nurse and I want to say something about my first year in the UK. The NHS trust brought me over from Kerala; I paid nothing, they paid my flights and three months housing. I worked hard, nights and weekends, but I was paid for every hour. I see stories about carers being exploited and I want people to know it isn't every employer.""",
  "| | | l")
a("""Witness (hotel receptionist): 'The same man booked room 214 every weekend for three months, always with a different young girl. The girls never came to the desk, he did the talking. Once one of them came down alone in a towel asking to use the phone and he came running after her and grabbed her arm hard and pulled her back up.'""",
  "PV RM | sfw | S")
a("""Translated letter (from Chinese): 'Brother, don't come to England. The man said restaurant work, 2,000 pounds. I am in a kitchen in Glasgow but I sleep under the counter with the rice bags. Every month the boss says the snakehead's money is deducted. I don't know how much is left. I don't have my passport. Don't come.'""",
  "DE DB RD AC | saw | L")
a("A woman I see at the bus stop every day at 5am is always with the same man, he holds her bus pass and pays for her ticket, she never speaks. Could be just a shy couple.",
  "| et | ")
a("""Record of NRM interview (male, 40, British, homeless): 'They picked me up outside the Salvation Army in Leeds, said there was work laying patios, £50 a day and a caravan. There was a caravan. There were four of us in it and no heating. The £50 never came, they said it went on food and the caravan. I did that for two years. When I tried to leave once, they drove after me and dragged me back into the van.'""",
  "AV DE WW AC RM PV | oc | L")
a("""Housing officer: Visited flat following anonymous report of 'cuckooing'. Tenant (female, 34) states the men who come are her boyfriend's friends and she is happy. No drugs paraphernalia seen, tenant not intoxicated, no signs of injury. Information given on support services. Will revisit in a month.""",
  "| | | l")
a("""He says that he paid the agent in Dhaka 900,000 taka for a 'skilled worker' job as a chef in Wales. He says the restaurant did not exist. He says the agent's cousin took him to a different restaurant and told him to work 'until your papers are ready'. He says after a year there were no papers, he was paid £100 a month, and he was told 'if you leave, the Home Office will catch you'.""",
  "DE WW IT AV | uf foa | L")

# ---- batch 9 ----
a("""999 call: Female, Romanian accent, says she is at a flat above a shop on Stoney St, the man has gone out and locked the door, she has been here two days with no food, he said he will kill her if she tries to leave. Using a phone she found in a drawer. Caller terrified, crying.""",
  "RM IT AC | | | i")
a("""The social worker asked me what I wanted to say in this report. I want to say I am 16 and I am not a drug dealer. I was given a phone and told where to go. My 'olders' took all the money. If I came back short they took me in the car and drove me to the woods and told me to dig. They didn't do anything in the end. But I thought I was going to die.""",
  "AV WW IT | | C | h")
a("""I'm a trustee at a food bank. A young Indian man comes every week. He told me he works at a warehouse through an agency, but the agency's 'housing partner' takes £120 a week for a bunk in a room with five others, plus £15 for the minibus and £30 for hi-vis and boots 'rental'. He works 55 hours and ends up with about £90. He says he can't complain because the same man who runs the house holds his BRP card 'to prove the address'.""",
  "AC WW RD | oc ct ppe | L")
a("""A student came into the office upset: she lost her passport on the train and is worried about her visa. Advised to report to police, get a crime reference and contact the embassy. No other concerns.""",
  "| | | l")
a("""Caseworker note: Man (Sudanese, 28) approached us after reading a leaflet. He says he sleeps in the kitchen of the restaurant where he works because the owner lets him, 'it's free', and he has his passport and is paid £300 a week into his account. He wanted help finding a room. Housing referral made. No exploitation indicators.""",
  "| saw | | l")
a("""Interview summary (female, 24, Albanian): Met her 'boyfriend' at 17 in Tirana, moved to Italy then UK with him. In London he put her in a flat in Finchley and sold her online. She had no phone except the work phone, which he checked. She says she didn't know the address or even the area for the first year. He beat her if she spoke to clients beyond the essentials.""",
  "AV IS PV RM | | S")
a("""Patient on our renal ward told his nurse, in Urdu, that his brother in Pakistan is being pressured by a man to 'give a kidney' for him, and that the man has told the family the brother's debts will be cancelled if he does. Patient is distressed and says he doesn't want a kidney this way. Safeguarding team and police liaison informed.""",
  "AV DB | | O")
a("""Honestly there's not much to tell. I came to London from Romania, I work at Pret, I share a flat in Walthamstow with three friends. Long days sometimes but I get paid, it's fine. My friend said you're looking for stories of Romanians here. I'm sorry mine is boring.""",
  "| | | l")
a("INT 2/B/P: Unknown male, Kurdish, 'Dilan', controls workers at 4 car washes across Leicestershire; workers collected from HMO at 0630 and returned 2200. Dilan takes a cut of 50% of each worker's day rate.",
  "EO WW | cedl ncw | L")
a("""My mum rang them, the helpline, because my brother had gone quiet. He was working on a farm in Norfolk. When he came home, he told us the farmer's son used to make them stand in the yard at night if they didn't pick enough, and that they had to buy food from the farmer's shop at double prices, which was taken from their wages, and they still owed at the end. He's a different person now.""",
  "DB WW AC | | L")
a("""Disclosure at school (Y11 girl, 15): she's been staying at a 'friend's' house at weekends, the friend's brother (24) gives her drugs and takes her to parties where older men 'do stuff' to her. She says she can't stop going because he has videos. She was shaking when telling the teacher. She is due to go there tonight.""",
  "AV PV IT | | S | i")
a("""A 'thank you' card to a police officer, shared with permission: 'Dear PC Hughes, Thank you for opening the back of that van. I had been in there nine hours. I thought I was going to a job in a hotel. I know now I was going somewhere very bad. You gave me your coat. I will never forget. — A.'""",
  "DE RM | | | h")
a("""Ward sister, maternity: Young mother (Slovak Roma, 19) told midwife her husband's family have 'arranged' for her to work at a car wash and in 'the houses' of their friends, cleaning, every day from tomorrow; she gave birth two days ago. Family have her passport and the baby's birth certificate. She says she cannot refuse.""",
  "AV RD | | L D")
a("""Hi, I'm posting because I'm frustrated. My employer (cleaning company) was 3 weeks late paying me last month. They said it was a bank problem and paid in full with an apology. My friend says that's 'withholding wages' and I should report trafficking. I don't think so? I just want to know my rights.""",
  "| | | l")
a("""Officer's handover: Male (Eritrean, 19) arrested for shoplifting at Boots. In interview disclosed that he is made to steal by a man who houses him and 5 others in a single room, who takes all their benefits and their UC cards, and who hit him with a belt last week. Says he fears being sent 'back to the man'. NRM referral, released to safe accommodation.""",
  "PV AC AV | oc ncw | C")
a("""The job advert was in Bulgarian. 'Hotel housekeeping, Scotland, £1,800/month, free accommodation.' The hotel was real and I did clean rooms. But the man who brought us said his 'commission' was our first three months' salary and he set up our bank accounts and kept the cards. The accommodation was a static caravan four miles away, six of us, and he charged £10 a day to drive us to the hotel.""",
  "DE WW DB AC | mbc ncw oc ct | L")
a("Nom CIOBANU Marian found with 22 bank cards in other names and £6k cash in vehicle, stopped at 0540 outside a labour agency in Spalding.",
  "| mbc | ")
a("""If I had said no to Uncle he would have beaten me, I'm sure, but I never said no, so he never did. That's what I want you to understand about how it works.""",
  "| | | l")
a("""I was 14 when I went missing the first time. The police found me in a flat in Southend with two men and about five grams of crack. They took me home and my mum shouted. Nobody asked me why. I went back the next weekend because they'd told me that if I didn't, they'd do my mum's windows in.""",
  "AV IT | | C | h")
a("""Report via Crimestoppers (as received): 'big house on the hill road, the owners are rich arabs and they have 2 maids, filipino, never seen out except to empty the bins, one of them threw a note over the fence saying HELP US THEY TAKE OUR PASSPORT NO SALARY. i have the note'""",
  "RD WW RM | | D")
a("""GLAA licence application review: applicant's proposed contracts include a £15/week deduction for protective clothing and a £5/day transport charge. Advised these deductions are not permitted below NMW and must be removed before licence is granted. No workers yet engaged.""",
  "| ppe ct | | l")
a("""My story starts in a village in Kano. Madam came and said she would take me to London to go to school. I was ten. Madam's house was in Croydon. No school. I cared for her three boys. She beat me with a cable when I broke a plate. I slept on the kitchen floor. I was there until I was seventeen and a neighbour called the police because she heard crying.""",
  "AV DE PV AC | saw | D | h")
a("""Prison officer note: New prisoner (Vietnamese, 18 by his account, looks younger) convicted of cannabis production. Very quiet, eats little. Told the chaplain he was 'locked in the house for one year' and 'the boss took my papers'. Has never had a visit or phone call. Referred to the Prison Service MSHT lead.""",
  "AV RM RD | | C | h")
a("""Helpline transcript:
ADVISER: And you can leave the house when you want?
CALLER: Yeah, yeah. I go to the shops, to the mosque, I visit my friend.
ADVISER: And your passport?
CALLER: With me. I'm calling for my friend actually, not me. He works in the same restaurant but the boss's brother keeps his passport and he sleeps in the restaurant and he's never paid, only food.
ADVISER: Okay. Can you tell me about your friend?""",
  "RD WW | saw | L")
a("""Intel 1/A/P (police officer's direct observation): During search of 14 Cross St, officer found a ledger in Chinese recording names of 8 women, 'debts' against each (range £8,000–£25,000), and nightly earnings deducted. Also found 6 passports in a locked drawer. Only 2 women present, both said they work 'for themselves'.""",
  "DB RD WW | | S")
a("""Yeah I've done 80-hour weeks. I'm a junior doctor. Nobody trafficked me, it's the NHS rota.""",
  "| | | l")
a("""I've thought about it a lot and I still don't know the name for what happened to my mother. She came from the Philippines to care for an old man in Cheshire. When he died, his son said she must stay on to clean and look after his own children. For four years he paid her £200 a month and kept her passport in his study. She never had a day off. She told me on the phone she was fine. She wasn't.""",
  "WW RD EO | | D")
a("Someone's sleeping in the launderette on Queen St every night, think its the guy who works there, boss lets him",
  "| saw | | l")
a("""Asylum interview extract (Vietnamese, male, 17):
Q: How did you get to the UK?
A: Russia, then walking, then a lorry. The men paid for everything.
Q: Did they ask you to repay?
A: Yes, 20,000 dollars. My mother signed a paper with her house.
Q: What happened when you arrived?
A: A car took me to a house. They gave me a phone with no SIM. I watered plants. They said if the police come, run, and if they catch me, say nothing or my mother loses her house.""",
  "AV DB IT IS | | C | h")
a("""Employer reference letter: 'Ms Kowalczyk worked for us as a live-in nanny for four years. She had her own flat above the garage, two days off per week, five weeks' holiday and was paid via payroll. We were very sad to see her leave to start her own business.'""",
  "| | | l")
a("""Intel 2/C/P: POI 'Dr Ahmed' reportedly recruits destitute asylum seekers in Manchester to travel to a clinic abroad to 'donate' kidneys for £5,000; one returned donor reports he was paid nothing and threatened when he asked. Further development needed.""",
  "AV WW IT | | O")
a("""I know the Vietnamese lady at the nail shop well, she does my nails every month. She told me she owns part of the business with her sister, lives with her husband and kids in a house in Ealing, and goes home to Hanoi every Tet. I only mention this because a new customer asked me if she was 'one of those trafficked girls' and it made me angry.""",
  "| | | l")
a("""She says that in the house in Derby she had to cook, clean and look after the grandmother at night, so she slept maybe three hours. She says she was given a mattress in the grandmother's room. She says she had come on a visitor visa as the 'cousin' and the family said that if she complained she would be sent to prison for overstaying. She says she was paid nothing; they said they sent money to her father in Sri Lanka.""",
  "EO AC IT WW AV | | D")
a("""NGO outreach log: Met 3 Romanian women working the street on Hessle Rd, Hull. Two said they work for themselves. The third was quiet, kept looking at a car parked across the road, and said 'I must go, he is watching'. Man in car later seen taking cash from her. Gave her a card with helpline number.""",
  "WW | ncw | S")
a("""'No, nobody locks me in,' he said. 'But where would I go? I'm in a field in the middle of Lincolnshire, I've no car, no English, no money, the van is the boss's van. The nearest town is twelve miles.' He says he has not been paid for the last six weeks.""",
  "IS WW AV | | L")
a("""Local authority complaint: tenant of an HMO says landlord entered her room without notice. She is a student, pays rent by standing order. Landlord disputes. Referred to private sector housing team.""",
  "| | | l")
a("""My therapist says to write it like a letter to him so here: You brought me to Cardiff when I was 18 and said you'd look after me. You took my bank card 'to help me budget'. You made me work at your brother's takeaway every night and at your friend's 'parties' at weekends. You said if I went to the police they'd arrest me for the drugs you made me carry. You were wrong. I went to the police.""",
  "AV WW IT | ncw | L S C")
a("""Safeguarding: Care leaver (18, British) reported by personal adviser to be giving his whole UC payment to an older male every fortnight; the male 'looks after' it. Young person says he gets food and somewhere to crash. No work or crime reported so far.""",
  "| ncw | ")
a("""Worker (Lithuanian, 45) reports his employer at a sawmill paid him less than the agreed rate for the last month, and when he complained the employer told him to leave. He has left and found another job. He wants the missing £600. Referred to HMRC NMW enforcement.""",
  "| | | l")
a("""Message posted in a Polish community group, translated: 'Please don't take the job with "Dawid" for the packhouse in Boston. He keeps your documents and says it is for registration, but he never gives them back. My brother waited 5 months. He also takes £60 each week for the room in a house where 12 people live.'""",
  "RD AC | oc | L")
a("""My name is Joy. It was nine years ago. I will tell only the beginning because the end is in my file. A woman from my church in Benin said her sister in London needs a girl to help with her shop. Before I left, we went to a shrine. The priest took my hair and nails and I swore I would pay back 30,000 euros and never tell the police. If I break the oath, I will go mad and die. I believed that for a long time.""",
  "DE DB IT | foa | S")
a("""Duty to Notify form (adult declined NRM): Male, 30s, Ukrainian, encountered at a building site in Kent sleeping in a container on site. States he is paid £30 per day cash 'when the boss remembers'; has been on site 4 months without a day off. Declined support, fearful of immigration.""",
  "WW EO AC | saw foa | L")
a("""He would take us to work at 5 and bring us back at 11 at night and charge us for the petrol.""",
  "EO | cedl ct | L")
a("""Caseworker: Client (Nigerian, 32) was 'sponsored' for a care job in Kent. Paid £6,000 to a UK agent for the certificate of sponsorship. On arrival the care home said there was no vacancy; the agent has stopped answering. Client has her passport and is not working. Referred to legal advice re visa and fraud; no forced labour indicators at this point.""",
  "DE | uf | ")
a("""Teacher's note: Year 9 pupil said in class he couldn't do homework because he 'works the van' with his dad's mate till 10 every night, selling ice cream, and gets given £10. Pupil is 13. Follow-up with parents: father says it was only over the summer holidays and the boy enjoys it. Further enquiry by social care.""",
  "AV | | L | h")
a("Man at the car wash said 'we are ok, we get paid, we have papers, thank you for asking'. Just wanted to log that I checked.",
  "| | | l")
a("""I worked with him on the mushroom farm, so I saw. The supervisor — his cousin — had him on 'late shifts', which meant he went in at 4 in the morning and left at 9 at night. Nobody else did those hours. He slept in the packing shed when it was too late for the bus. He told me his cousin sends his wages home 'to his wife' and he gets £25 pocket money.""",
  "EO WW | saw ncw | L")
a("""Nom ISMAILI G., DOB 1990, VRM KR70 TGH: ANPR shows vehicle travelling London–Middlesbrough 3x weekly. INT suggests transports young females to short-let flats; females' phones provided by ISMAILI. 2/C/P.""",
  "| et | S")
a("""What happened was: I got out of prison, no family, no house. A man I knew from inside said I could stay at his. He took my ID and my bank card 'to sort out the benefits'. Then he said I owed him for the room. I ended up moving bags for him, gear, every day. When I wanted to stop he pulled a knife. I'm 46 and I was scared like a child.""",
  "AV RD DB IT | ncw | C")

# ---- batch 10 ----
a("""Outreach worker: Found a man (Polish, 60s) living in a tent in woodland behind an industrial estate. He has one carrier bag of belongings. He says he 'works for Tomek' sorting rubbish at the recycling yard, gets paid in vodka and sometimes £10, and Tomek does the talking whenever anyone from the yard asks questions. He has no ID; says Tomek has it.""",
  "AV WW RD AC | fpe sfw plc | L")
a("""Not everything's trafficking, is it. My lad's 17 and he does a paper round and weekends at the chippy. He moans about it but he buys his own trainers. Just saying because the school sent a letter about 'child labour' and half the parents panicked.""",
  "| | | l")
a("""Statement taken in hospital (female, 27, Hungarian): 'I arrived with nothing, only what I wore. He said clothes cost money, so I wore the same things for weeks. He made me sleep in the room where I worked. I lost weight because he gave us one meal. When the police came I was so thin the officer thought I was sick.'""",
  "AC | fpe pa saw | S")
a("""Victim debrief (partial, interview stopped at victim's request): V says she cannot remember how long. 'Maybe one year, maybe two. There was no calendar, no window. I don't know what city.' V then became distressed and the interview was paused.""",
  "IS AC | | | m")
a("""Report from a member of the public: 'My elderly neighbour has a carer from an agency who comes 3 times a day. Today I noticed the carer looked exhausted and she told me she does 80 hours a week across different clients because she needs the money to send home. She said the agency is fine and pays her, she just takes every shift. Is that allowed?'""",
  "| | | l")
a("""Caseworker note: Client is a 23-year-old British woman with a history of care. From 17 she was 'managed' by a man she met at a bus station in Stoke who rented her a room, took her to hotels to meet men, and kept her earnings 'for her rent'. She is now pregnant and living in a refuge. She says she still feels she owes him.""",
  "AV WW | ncw | S")

#!/usr/bin/env python3
"""Hand-written training texts for Sightline (fresh set 19).
Each entry: (text, labels) where labels = "indicators | signs | types | risk"
using short codes expanded below. Every text and every label is hand-written."""
import json, sys, os

IND = dict(av="abuse_of_vulnerability", de="deception", rm="restriction_of_movement",
           is_="isolation", pv="physical_sexual_violence", it="intimidation_threats",
           rd="retention_of_documents", ww="withholding_wages", db="debt_bondage",
           ac="abusive_conditions", eo="excessive_overtime")
IND["is"] = IND.pop("is_")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions",
           oc="overcrowded_accommodation", sw="sleeps_at_workplace", fpe="few_personal_effects",
           rmv="restricted_movement", ce="collected_early_dropped_late", fa="fear_of_authorities",
           uf="upfront_fees", dt="documents_taken", et="escorted_transport", ct="charged_transport",
           lh="long_hours", ppe="ppe_charges", ncw="no_control_of_wages", sfw="speaks_for_workers",
           mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
RISK = dict(i="immediate", h="high", m="medium", l="low")

DATA = []
def T(text, labels):
    DATA.append((text.strip(), labels))

# ---------------- part 1 ----------------
T("""Debrief account, Vietnamese male, 17 (age disputed), via interpreter. He says that a woman from his village told his mother there was restaurant work in England paying enough to clear the family's loan within a year. The family paid a deposit and he travelled by plane to Russia, then by lorry for many weeks. In the lorry they were given one bottle of water a day. When he arrived he was taken to a house in Birmingham where the windows were covered with foil and plants grew in every room. He says he was told the restaurant job was 'not ready yet' and he must water the plants to pay back £18,000 for the journey. He slept on a mattress in the loft next to the lamps. The door was locked from outside and a man called Anh brought rice twice a week. He says nobody hit him, but Anh told him that if the plants died his mother would have to pay instead. He left when the police came in through the back door.""",
  "av de rm db ac it | rmv sw plc | C | h")
T("""Follow-up 12/10: the young person from the cannabis address is now in foster care in Walsall and attending college. No contact from the adults since placement. He has his phone back.""",
  "| | | l")
T("""INT suggests POI Dritan KOLA (DOB 03/04/1991) runs 2x pop-up flats in Luton advertised on adult sites. Females rotated every 7-10 days, believed Romanian. KOLA collects all cash nightly. 2/C/P""",
  "ww | ncw | S | h")
T("""my nieghbour has 6 or 7 men living in a 2 bed flat they go out at 5am in a white van and come back at like 10 at night every single day even sunday, they look knackered and one of them had a bandage on his hand for weeks never saw him at a doctors""",
  "eo ac | oc ce lh pa | L | m")
T("""Caseworker note (Salvation Army), client R.: Polish national, 52, previously street homeless in Peterborough. In 2019 a man offered him a bed and work sorting waste. He lived with eleven other men in a bungalow; £80 a week was taken from his wages for rent and another £20 for the minibus to the site. His bank card was kept 'for safety' by the man's wife. He says he got maybe £30 a week in his hand. He was never locked in and says he could walk to the shop, but he had nowhere else to go. He left in 2021 when he fell ill and was admitted to hospital. Today he has his own flat, his bank card and a part-time cleaning job. No current risk identified.""",
  "av ww ac | oc ct ncw | L | h")
T("""Called 101 to report a busy hand car wash on Station Road. Caller said the lads there work hard but they get paid weekly by bank transfer, they have a break room and the manager speaks to them respectfully. Caller just wanted reassurance it was ok to use it. Advised no concerns identified.

Caller explained she had read about car washes on Facebook and felt guilty using one. She said she had chatted to one of the workers, who told her he has been there four years, rents a flat with his wife in Sale and is saving for a car. She has seen the staff taking breaks in a heated cabin and the prices are 'normal, not suspiciously cheap'. She was given the Safe Car Wash app information and thanked for calling.""",
  "| | | l")
T("""She says that she met a man on Facebook who said he loved her and would marry her in London. When she came he took her passport 'to keep it safe from thieves'. After two weeks he said she owed him for the ticket and the flat and she must see men. She says he raped her when she refused the first time. She saw up to ten men a day in a flat in Ilford and all the money went to him. She was not allowed to go out alone; his cousin stood at the door. She says he told her that her little brother in Tirana would be hurt if she talked to anyone. She escaped when a client helped her call the police.""",
  "de rd db pv ww rm it | dt rmv ncw | S | h")
T("""Student came to the front desk to report her passport lost on the bus. She is studying at the university, lives in halls, and needs a crime reference for the embassy. Issued lost property ref. No concerns.""",
  "| | | l")
T("""Referral narrative (first responder, local authority): Adult male, Sudanese, 29. He crossed from France in a small boat in 2022. In Calais a man offered him work 'washing cars for cash' on arrival. He worked at a car wash in Swindon from 8am to 8pm, seven days, and slept in a container behind the site with three others. The owner told him he had to pay £3,000 for being 'brought' and that the debt would be taken from his pay. He received £100 a month. He says the owner told him that if he went to the police he would be deported back to Sudan and killed. He could leave the site to buy food but always with another worker.""",
  "av db ww eo ac it rm | sw lh fa plc rmv | L | h")
T("""Nail bar, Leeds LS8: two young Vietnamese females appear to live above the shop. Seen arriving before opening and lights on until midnight. Manager answered every question put to the staff. 2/B/P""",
  "| sw sfw ce | L | m")
T("""I was working in the fields picking strawberries in Herefordshire in 2018 on a seasonal visa, the farm was good, we had caravans with heating and the supervisor paid us every Friday. I am writing this because my cousin is going now to another farm through an agent who asks for £1,500 before he can go. I don't know if this is normal.

My cousin is 22 and he already paid the £1,500 to the agent in Kyiv. The agent says it is for 'visa and flight' but my cousin has a seasonal worker visa which I think the farm pays for. He will go next month. He has his passport and phone, the agent did not take anything else, and he has not been told anything bad. I am only asking because I read that workers should not pay fees.""",
  "| uf | | l")
T("""OIC handover: IP Ana POPESCU (29, Romanian). Recovered from address in Dagenham during warrant. Reports her boyfriend Marius brought her to UK in 2023 promising factory work. Instead advertised on Vivastreet. Says he beat her with a belt when she kept money back. Injuries photographed (bruising to back). Passport found in POI's car. She is now in safe house. POI in custody.

IP states she was not locked in and had a phone, but Marius checked it every night and she was only allowed to message her mother when he was present. She says she was told the job at the factory was 'full' on the day they landed. She is asking about her 10 year old son who is with her mother in Craiova - no threats made against him. Interpreter (Romanian) used throughout; IP consented to NRM. Next: ABE interview Thursday, OIC DC WRIGHT.""",
  "de pv rd ww is | pa dt iso | S | h")
T("""Public report: there is a man who stands outside Tesco every day asking for money, he gets dropped off by a silver car at 8 and picked up at 6 by the same guy who takes the cup off him. he doesnt speak english and looks really thin. reg something like KN19""",
  "av ww | ce pa et ncw | C | m")
T("""GP note: 34F attended with her employer who 'helps with translation'. Employer answered all questions. Pt appeared withdrawn, wearing thin clothing. Seen alone briefly - pt said she cooks and cleans for the family of six and looks after baby at night, no days off since arrival 14 months ago. Does not know the address. Passport 'with madam'. Safeguarding lead informed.

Pt had no coat and one carrier bag with her. She said she was 'happy' when the employer returned to the room. Address on registration form is the employer's; pt could not confirm it. No injuries seen on examination, and pt denied anyone had hurt her. She asked whether she could come back alone next week. Follow-up appointment booked for Tuesday 10:00 as a 'blood test' so she can be seen alone.""",
  "eo is rd | sfw lh iso dt pa fpe | D | h")
T("""Licensing inspection, GLAA: labour provider supplying pickers to a packhouse in Lincolnshire operating without a licence. Workers interviewed (n=14) were paid National Minimum Wage into their own accounts, held their own ID, and arranged their own accommodation. No indicators of forced labour. Licensing breach referred to enforcement.

The unlicensed provider is a Lithuanian man who previously worked as a supervisor for a licensed firm and set up on his own last spring. He supplied workers only to this packhouse. Workers said he was 'disorganised' with rotas but always paid on time. Accommodation was in private lets found through Facebook groups. No transport was charged. He has applied for a licence.""",
  "| | | l")
T("""My name is Grace. In Nigeria a lady called Auntie Bisi told me she would take me to London to do hair and go to school. Before I travelled she took me to a shrine where they took my nails and hair and I swore an oath that I would pay her back and never tell police. In London I lived with her and her husband. I cleaned the house, cooked, took the children to school and did everything. I never went to school myself. I slept on the kitchen floor. I was 15. Her husband came to me at night. Auntie said I owed £35,000 and every time I complained it went up. I was told that if I broke the oath I would go mad and die. I ran away when I was 19 and slept at a church.""",
  "av de db pv it eo ac | plc lh | D | h")
T("""Bank alert (financial crime): 23 debit cards registered to different names used at the same ATM in Ilford between 0200 and 0300 on four nights. Accounts receive weekly wages from a food-processing agency and are emptied the same day. Referred to police as possible labour exploitation.""",
  "ww | mbc ncw | L | m")
T("""Neighbour dispute: caller complains that the family next door have cousins staying, 8 people in a 3 bed house, noise until late. Attended, large family visiting for a wedding, all adults with UK addresses. Words of advice re noise. No further action.

The family showed officers the wedding invitations. The cousins are staying for ten days and sleeping on airbeds. Both households were spoken to; the complainant accepted the explanation and agreed to contact the council's noise team if it continues after the wedding. No offences disclosed.""",
  "| | | l")
T("""Witness statement (extract): I drove the minibus for Mr HUSSAIN for about four months. Every morning at 4:30 I picked up men from two houses in Bradford and took them to the meat plant in Leeds. Mr HUSSAIN told me to take £10 each way off the lads, which I gave to him. They never got in by themselves, I always drove them and took them back at night. I never saw anybody get hit and I didn't see any of them being locked up, but they didn't talk much. One of them told me he hadn't seen his passport since he arrived.""",
  "rd | ce ct et dt | L | m")
T("""Child protection referral, school: Year 10 pupil (15) repeatedly absent on Fridays, returns with new trainers and two phones. Seen getting into cars with older males after school. Told teacher he 'has to go to Margate to see a friend' and that he 'owes' someone £600 for 'drugs that got lost'. He is frightened of going home.

He was found in Margate by Kent Police three weeks ago at an address linked to drug supply and brought home. He will not say who he 'works' for. Mum says he sometimes gets calls at 2am and leaves. There is no known history of violence at home; he says he is frightened of 'the people who want their money', not of his family. School nurse noticed a small burn on his hand which he said was from a cigarette lighter 'by accident'.""",
  "av db | pa | C | h")
T("""County lines: 999 call at 21:40 - female caller says a 14 year old boy is in her flat with two men from London and they won't let him leave, they are bagging up drugs in the kitchen and one has a knife. Caller whispering. Units dispatched.""",
  "av rm it | rmv | C | i")
T("""Follow-up note: client Mihaela has now moved to the Medaille Trust safe house. She has her ID card (retrieved by police from the trafficker's flat). She is attending English lessons. She asked about the money from the brothel — advised re compensation claim.""",
  "| | | l")
T("""Press summary: Two men were jailed at Cardiff Crown Court for exploiting Slovak workers at a hand car wash. The court heard the victims were recruited in Košice with promises of £300 a week, but received £15 a week after 'deductions' for rent, food and transport. Up to 12 men slept in a three-bedroom house. One victim was punched when he asked for his wages.

Prosecutor: 'The men were not chained or locked up. They were controlled in quieter ways - by being told they owed money for their travel, by not knowing where they were, and by a driver who took them from the house to the car wash and back each day.' The defendants claimed the workers were 'friends' who had come to help. One victim said through an interpreter that he had thought about running away 'every day' but had no money for a ticket. Both men were also made subject to Slavery and Trafficking Prevention Orders.""",
  "de ww ac pv db is | oc ct et iso | L | h")
T("""Woman attended A&E with hand burns from cooking oil at her workplace (takeaway). Explained it was an accident, boss drove her in and waited outside to take her back. She has been working there 3 years, lives with her husband. Safeguarding questions asked - she has her own money, bank account, goes out freely. Discharged.

She explained that she shares the driving with the boss's wife and that today the boss drove because she could not hold the wheel. She has a contract and gets paid holiday. Nurse noted no other injuries, and she was relaxed speaking alone. Burns dressed; follow-up at practice nurse in 3 days. Work-related injury form provided.""",
  "| | | l")
T("""Interpreter's notes (Tigrinya): He says he left Eritrea at 16. In Libya he was held in a warehouse by smugglers who phoned his family and demanded $4,000. He says they beat people who could not pay and he saw men die. He was released when his uncle paid. In the UK now he is 24 and works legally in a warehouse through an agency, pays his own rent and has no contact with the smugglers. He still has nightmares. Exploitation in Libya, historic; no current exploitation in the UK.""",
  "av pv rm | rmv | | h")
T("""Nom: Petr BALAZ. Slovak. Believed to meet coaches at Victoria and recruit Roma men for 'building work'. Takes passports on arrival 'for registration'. 3/C/P""",
  "rd | dt | L | m")
T("""Caller reports ex-partner keeps texting her and turned up drunk at her door. No other concerns, she works and lives independently. DA risk assessment completed - standard.""",
  "| | | l")
T("""Debrief (first person, translated): I came from Albania with a friend of my cousin who said he had work for me in a car wash in Manchester. When we arrived he said the car wash was closed and there was work in a house with plants. I stayed there nine months. I could not go out, the door had a big lock and the windows were nailed. Every week a man came with food and checked the plants. I did not have my phone, he took it in the first day. He told me I owe him £20,000 and when the crop is sold I get my part, but I never got anything. When the police came I hid in the wardrobe because they told me police in England will put me in prison for ten years.""",
  "de rm is db ww it | rmv iso fa | C | h")
T("""Care home inspection notes: overseas carers on sponsored visas. Two carers reported the agency charged them £9,000 for 'visa processing', to be repaid from wages at £600/month. Rotas show 72-hour weeks for several staff. Carers said they were told that if they complained their sponsorship would be withdrawn and they would be sent home.

Inspector spoke to the registered manager, who said the agency is separate from the home and she 'did not know' about the fees. Staff rooms in the home's annex were adequate, one person per room. None of the carers said their passports had been taken; all had their own BRPs. One carer said she has not had a full day off in three weeks because of staff shortages and is 'too scared to say no'. Referral to GLAA and to the Home Office sponsor compliance team.""",
  "db eo it av | uf lh | L | h")
T("""Follow-up: the two carers from the Kent care home have now found a new sponsor via the Home Office scheme. Both working 37.5 hours a week. Debt to agency being pursued civilly. No ongoing threats reported.""",
  "| | | l")
T("""hi i want to report a man who is making his wife work in his shop all day and never pays her and she cant go out without him, she told me at the school gate she wants to go home to bangladesh but he has her passport. i am worried for her she has two kids in the school, they always look clean. she said he works them in the shop too at weekends but i think thats just helping. she works from when the shop opens at 7 until it shuts at 11, every day. she said her phone is his phone and she can only call her sister when he is there. i dont want her to get in trouble""",
  "ww rm rd eo is | rmv dt lh iso | L | h")
T("""Prison note (HMP): Inmate Tuan NGUYEN, 19, convicted of cannabis production. Says he was 'gardener' for men who brought him from Vietnam via France. Says he was locked in the property and never paid. Raised s45 defence late. Referral to NRM made by prison offender manager.

In interview with the POM he said he was 16 when he left Vietnam and that his parents borrowed $20,000 for the journey. He says the men in France 'were kind' but in the UK he was kept in a house in Reading with the windows covered and food brought twice a week. He says he didn't think he could tell police at the time of arrest because he was told he would be killed if he talked. His sentence has nine months left.""",
  "rm ww av it db | rmv | C | h")
T("""Kidney transplant patient, 58, attended clinic for routine review. Living donor was his daughter; work-up done at the hospital in 2024. Patient well.""",
  "| | | l")
T("""INT: male known as 'DOC' offering cash for kidneys to asylum seekers in Manchester hotels. Says £5,000 paid, operation in Turkey, travel arranged. At least one male (Pakistani, 30s) believed to have travelled in August and returned with scar, unwell, not paid the agreed sum. 2/C/C - do not disclose to Home Office hotel staff.""",
  "av de ww | pa | O | h")
T("""Caseworker note: K. (Indian national, 41) worked as a chef at a restaurant in Slough under a skilled worker visa. He says the owner paid him £1,200 a month though the visa said £2,400 and he had to give back cash each month. He worked six days, 11 hours a day. He lived in a room above the restaurant. He says the owner never threatened him and he had his passport, but he was afraid to lose the visa. He left after two years and is now with another employer.""",
  "de ww eo av | lh sw | L | h")
T("""Public report: a girl around 13 going into a flat on Marsh Lane with men in their 30s, different cars every night, she looks drunk when she comes out. Please help her""",
  "av | | S | i")
T("""Nail bar visit, licensing team: premises clean, three staff, all on payroll with contracts. Staff confirmed they live at their own addresses. Manager provided right-to-work checks. No concerns.""",
  "| | | l")
T("""She says her husband's family arranged her marriage in Pakistan when she was 17. Since coming to Bradford she has not been allowed to leave the house except with her mother-in-law. She does all the cooking and cleaning for eleven people and is hit when food is late. Her passport and spousal visa papers are kept by her father-in-law. She does not know the address of the house. She has no phone.

She says in Pakistan she had finished school and wanted to train as a nurse. Her husband works as a taxi driver and is out most of the day. She says he did not hit her himself but did nothing when his father did. She met the health visitor when her baby was born and the health visitor came back twice. The second time the mother-in-law was at the market and she told her everything. Interpreter (Urdu) used by phone. She has gone to a refuge in Leeds with the baby.""",
  "av rm pv rd is eo | rmv dt iso lh | D | h")
T("""INT: Female known as 'MAMA JOY' recruits young Nigerian women to Italy then UK for sex work. Women owe EUR 40,000-50,000. Juju oath used as control. 2/B/P""",
  "db it | | S | h")
T("""Officer notes: Spoke to workers at farm in Kent following anonymous report of 'slave labour'. Workers (Ukrainian, Kyrgyz, Nepali) on seasonal worker visas. Caravans clean, heated, 4 per caravan. Payslips shown, paid hourly, some work 50 hours in peak week by choice, overtime paid. Passports in their own possession. No indicators. Report appears malicious from former employee.

Farm manager showed us the worker handbook in five languages and the welfare officer's number on the caravan doors. Workers said the main problem was the weather. Two workers said they had come back for a second season. One Nepali worker said he paid an agent in Kathmandu for 'training', which the farm did not know about; details passed to the scheme operator. The farm has been advised.""",
  "| uf | | l")
T("""Homeless man (British, 44, alcohol dependent) found by outreach team living in a shed at a traveller site in Bedfordshire. Says he has been laying driveways for the family for six years 'for food and cider'. Has never been paid. Says he was beaten when he tried to leave in 2020 and brought back. Thin, teeth missing, wearing the same clothes.

He says he 'wasn't a prisoner' and went to the pub with the sons on Fridays. He had no bank account and no ID; he thinks his birth certificate is 'at his mum's' in Luton. He says the family told him that no one else would give a job to someone like him. Outreach worker took him to A&E for the leg wound. He has agreed to talk to police but does not want the family arrested 'because they fed me'. NRM referral with consent completed.""",
  "av ww pv rm ac | plc pa rmv | L | h")
T("""Border Force note, Stansted: Romanian female, 19, travelling with older male who held both passports and did the talking. She did not know the address she was going to and said she was coming for 'babysitting'. Male had a return ticket, she had a one-way. Referred to safeguarding team at airport.

When separated, she said the man is her 'boyfriend's friend' and she met him two days ago. She said she has a phone but the man had the SIM card. She said she is not afraid of him and that her mother knows she is travelling. Male, 41, British, stated he was 'doing a favour' for a family. Both allowed to proceed after checks; details passed to the receiving force.""",
  "rd is | dt sfw iso | | m")
T("""Caller reports three men in hi-vis knocking doors offering to tarmac drives. Caller thinks they are rogue traders. Advised trading standards.""",
  "| | | l")
T("""Referral (first responder: Barnardo's). YP (16, British) was groomed online by a male, 'Jay', aged approx 25, who bought her a phone and gifts. He later told her she owed him for everything and took her to hotel rooms in Leicester where other men had sex with her. He filmed her and said he would send the videos to her school if she stopped. She is currently missing from care since Friday.

Background: YP has been in care since 13; placement breakdown x3. Jay contacted her on Snapchat and later WhatsApp (number ends 4471). Staff noticed new clothes and an iPhone in September. On two previous missing episodes she returned after 2-3 nights with bruising to her wrists and would not say how. Her friend told staff Jay has 'other girls'. Police aware, crime reference issued. Risk: very high, missing episode ongoing.""",
  "av pv db it | pa | S | i")
T("""Handover: the 16 year old from the Leicester hotels case was found Sunday and is back at the placement. Placement has moved her out of area. Suspect arrested, bailed with conditions not to contact.""",
  "av | | S | h")
T("""I am Filipino and I worked for a family from Qatar as a nanny. When they came to London for the summer they brought me. In London Madam kept my passport in her bag and I was not allowed to go out of the flat in Knightsbridge. I worked from 6 in the morning until after midnight, looking after three children, and slept on the floor in the children's room. I had no day off in two years. My salary of $400 went to my agency in Manila, not to me, and I did not receive it for eight months. One day when the family went to Harrods I walked out and a Filipino lady in the street took me to Kalayaan.""",
  "rd rm eo ww ac | dt rmv lh sw | D | h")
T("""Follow up: client (ex-domestic worker, Kalayaan referral) received positive conclusive grounds decision. She now works for a new employer in Kensington, has her own room, her own passport and a day off every Sunday.""",
  "| | | l")
T("""Intel: VRM AB12 CDE (white Transit) seen at 05:10 daily at 14 Ash Grove collecting 8-10 males, returns 21:30. Males believed Romanian, working at building site in Croydon. 2/C/P""",
  "| ce | L | m")
T("""Wage dispute: worker at a Leicester clothing factory says his employer paid him £7.50 an hour, below the minimum wage, for three months. He has left and found new work. He has his own bank account and passport and was never threatened. Referred to HMRC minimum wage team.

He told the officer the owner was 'not a bad man, just cheap'. He was never stopped from leaving the factory and went home every evening to his own flat. He was paid every Friday, in cash, and the amount was the same every week. He kept his passport at home. He decided to report it after a friend told him about the minimum wage. He has kept his payslips, which show the hours.""",
  "| | | l")
T("""Safeguarding referral (adult social care): Mr D., 38, learning disability, lives alone. Neighbours report a group of young men have moved into his flat and are selling drugs from it. Mr D. says they are 'his friends' but he sleeps on the sofa, has no food, and his benefits card is with one of them.

Mr D. goes to a day centre two days a week; staff there say he has stopped coming and his flat 'smells of cannabis'. He told the social worker he is 'looking after the flat' for the men and he can't go into his own bedroom any more. One of the men is thought to be 17. Police have a warrant application in progress. Mr D. says no one has hit him but one of them 'shouts a lot'.""",
  "av ac rm | ncw plc rmv | C | h")
T("""Anonymous: the chinese massage place on high st has girls that sleep there, never see them outside, there is a man in a car outside all the time watching. I think there is something going on""",
  "rm | sw rmv | S | h")
T("""Debrief, interpreter's voice: He says that he was a fisherman in Ghana. An agent promised him a contract on a British trawler at $1,000 a month. On the boat in Scotland he worked 20 hours a day when they were fishing. The skipper kept all the crew's passports in the wheelhouse. He says they were only allowed on shore when the skipper came with them. He says they were paid $300 a month, less than half of the contract, and that the skipper kicked a crewmate who was slow. He says he was not hit himself.""",
  "de eo rd rm ww pv | lh dt rmv et | L | h")
T("""Officer note: stop check of VW Passat. Driver had four bank cards in different names. States they belong to his housemates who 'don't have cars' and he does their shopping. Housemates contacted and confirmed. No further concern.

Driver is a Slovak national who works as a delivery driver and lives in a shared house in Kettering. The housemates work at a warehouse on nights and had asked him to buy groceries because the shop closes before their shift ends. All four gave the same account independently. No concerns about control; cards returned.""",
  "| | | l")
T("""Report via Modern Slavery Helpline: a young woman cleaning for a family in Hendon. Caller is a neighbour and says the woman is 'like a servant', never leaves, is shouted at, and does washing at 11pm. Caller has never spoken to her.

Caller says she has lived next door for two years and has seen the woman only in the garden hanging washing or putting out bins. She looks 'about 20, very thin'. The family have three children and go on holidays; the woman is left in the house while they are away and the caller has seen the shutters down the whole time. No name known. Caller is willing to be contacted.""",
  "rm | rmv pa | D | m")
T("""Public reprot!!! THEY ARE KEEPING PEOPLE IN THE BACK OF THE CARWASH ON LONDON RD IN A PORTAKABIN NO WINDOWS, lads work from dark till dark, one told me boss keeps his money for him and his passport, he was scared to say more""",
  "ac eo ww rd | sw lh ncw dt fa | L | h")
T("""Shoplifting: three females (Romanian, 20s) arrested at Boots, Oxford. Stated they were working for a man who drops them off and collects the goods. They receive no money from sales. One said she cannot go home because she owes him for the flight. Screening for NRM.

In custody one of the women, Ioana, 24, said through an interpreter that she was recruited in a village near Iași with a promise of work in a warehouse. She said the man took the women's ID cards 'for the rent contract' and has them still. She said she was told that if she was arrested she must say nothing. The other two said only that they 'work for themselves'.""",
  "ww db de rd | et ncw dt | C | h")
T("""Caller asks if it is legal for his employer (warehouse via agency) to charge £15 for safety boots. He is otherwise happy with the job, paid weekly, works 40 hours. Advised to contact agency and ACAS.

He has worked there since February and says the agency has been fine otherwise: he gets a payslip, holiday pay and his own rota. He lives with his girlfriend in a rented flat. He wanted to know if he can ask for the money back. Advised that PPE required by law must be provided free and given the GLAA leaflet.""",
  "| ppe | | l")
T("""INT: Adult male, 'BOGDAN', controls 15+ Romanian males working for a Northamptonshire agency at a distribution centre. BOGDAN holds their bank cards and pays them £50 per week cash. Rent of £100 per week deducted. 2/B/P""",
  "ww | ncw | L | m")
T("""She says she was 14 when her mum's boyfriend started taking her to a flat above a takeaway in Rochdale. Men gave her vodka and drugs. She says she was raped many times over two years. She did not tell anyone because he said he would tell social services her mum was a junkie and she would be taken away. She is now 24 and giving evidence.

She says the flat had a red door and the men would pay the boyfriend, not her. She was never kept in - she went home every night to her mum's - which she says is why 'nobody thought anything was wrong'. She says when she was 16 she tried to stop going and he slapped her outside the school gates. Her mum has since died. The boyfriend and three of the men have been identified. She has support from an ISVA.""",
  "av pv it ww | | S | h")
T("""Construction site visit (HSE/GLAA joint): workers on scaffolding without harnesses, no welfare facilities, sleeping in a converted shipping container on site. Gang leader speaks for all; workers claim they are 'self-employed' and he collects their pay from the contractor. Workers have no bank accounts in their names.""",
  "ac ww | sw sfw ncw plc | L | m")
T("""Debrief account (first person): I want to say clearly that the people at the bakery were good to me. I had a problem before with my first job, the man from the hostel took my wages for one year and said it was for rent, but that was in 2017. The bakery pays me into my account and I have a contract. I am only telling you about the hostel because the officer asked.

When asked about the hostel job, he said it was at a recycling yard in Grimsby. The man from the hostel picked him up in the mornings and held his bank card, and gave him 'cigarettes money'. He said he could walk out of the hostel but he had nowhere to go and he drank a lot then. He stopped drinking in 2019. He does not know where the man is now and does not want to make a complaint. He asked the officer not to contact his employer.""",
  "ww av | ncw | L | m")
T("""101 report: man says his sister in Romania answered a job advert for 'hotel cleaning in Scotland', paid £200 to the agent, and now cannot contact her for three weeks. Last message said she was 'in a house with other girls' and 'they took our phones'.""",
  "de is | uf iso | | m")
T("""Probation note: PoP (22) disclosed that he was made to deliver drugs from London to Norwich from age 15 to pay off a debt after he was robbed of a package. He says the 'olders' burned his arm with a hot iron. Now living in supported accommodation and not in contact with the group.

PoP says he left the group at 19 after being stabbed in the leg during a robbery in Norwich. He has not been approached since. He says his mum didn't know where he was for weeks at a time and he told her he was 'at a mate's'. He is now on a construction course and has kept every appointment. He would like his s45 situation looked at by his solicitor for an earlier conviction.""",
  "av db pv | | C | h")
T("""INT: Nail bar 'Luxe Nails', Grimsby - manager DANG hires girls from Vietnam; girls live above shop, work 10am-9pm 7 days. DANG holds passports. 2/C/P""",
  "eo rd | sw lh dt | L | m")
T("""Witness statement: I have lived next door to Mrs AHMED for 20 years. Her niece came from Pakistan to live with them last year, she helps in the house and goes to college two days a week. I have seen her in the park with friends. I don't think there is anything wrong, I think the report was made by someone who has a grudge against the family.

The niece is 19, I think. Her English is good. She told me she wants to be a pharmacist. The family took her to Blackpool in the summer and she was on the beach with the children, laughing. Mrs AHMED's husband runs a shop but I've never seen the niece working there. I was surprised when the police came to ask me. I am happy to speak again if needed.""",
  "| | | l")
T("""NRM referral narrative (police first responder): PV is a 31 year old Romanian female. She states she answered an advert on a Romanian website for 'packing work in a factory near London, accommodation included, £1,400 a month'. A driver met her at Luton airport, took her ID card 'to register her with the agency' and drove her to a house in Harrow. She shared a room with four other women. She worked night shifts at a chilled food factory, often 12 hours, and was taken there and back in a people carrier by the same driver. She was charged £50 a week for the lifts. A bank account was opened in her name but the card and PIN were kept by the driver's wife. She received between £40 and £60 a week in cash. She states she was never physically assaulted. She was told that if she left before paying back £900 'for the flight and set-up' the driver would 'find her'. She left on 02/09 after a co-worker gave her the number of the Helpline. Her ID card has not been returned.""",
  "de rd ac eo ww db it | dt oc et ct lh ncw | L | h")
T("""Follow up call with PV (Harrow factory case): she is in Salvation Army accommodation, has a new ID card from the embassy and has opened her own bank account. She wants to return to Romania in December.""",
  "| | | l")
T("""POI Mohammed (surname unknown) believed to be 'running' 3 x teenage boys from Birmingham to Shrewsbury, deal line known as 'KAY'. Boys stay in a cuckooed flat on Harlescott estate belonging to a vulnerable female. 2/B/P""",
  "av | | C | h")
T("""Hospital note, A&E: male, 20s, Eastern European, presented with a crushed finger from a machine at a recycling plant. Supervisor came with him and interpreted. Patient appeared fearful and said 'no police'. Said he lives 'at work'. No ID. Discharged himself before safeguarding nurse arrived.

Triage nurse noted the patient had only the clothes he wore, no coat, and was wearing trainers with no socks. Supervisor insisted the injury happened 'at home'. Patient had not been given any gloves and said the guard on the machine 'is broken a long time'. Safeguarding referral made to adult social care and the hospital's MS lead, with the recycling plant's name from the ambulance record.""",
  "ac | pa sfw fa sw fpe | L | m")
T("""Industrial accident: worker at a packing plant in Spalding trapped his arm in a conveyor. Employer reported to HSE immediately, worker is on full sick pay, union rep involved. Worker lives with his partner in rented house. No exploitation concerns.

He is 31, Latvian, has worked at the plant five years and is a trained first aider. Colleagues called an ambulance straight away and the manager went to the hospital with him. The employer has stopped the line and a safety investigation is underway. Police attended only because the ambulance service logged a serious injury.""",
  "| | | l")
T("""Debrief account, Chinese female (Mandarin interpreter). She says she paid a snakehead 150,000 RMB, borrowed from relatives, to get to Europe for restaurant work. In London a woman collected her and said the restaurant job was gone and she could earn quickly doing massage. She was moved every week between flats in Reading, Slough and Oxford, always driven at night, and she never knew the address of where she was. She says she had to have sex with customers and most of the money was kept by the woman 'for the debt'. She says nobody beat her, but the woman reminded her that her parents were guarantors for the loan and would lose their house. She says she is still afraid of the snakehead's people in Fujian.""",
  "de db ww is it av | et iso ncw | S | h")
T("""Email to force inbox from a member of the public: I run a small B&B in Cornwall and we employ two Polish housekeepers every summer. Someone has complained that they 'live on site'. They do, in a self-contained staff cottage, rent free, they work 35 hours and have their own cars. Happy for an officer to visit.

We pay them through payroll at above the living wage and they choose their own hours in the high season. They are sisters and have worked for us since 2016. One of them is now studying in Truro in the winter. I think the complaint came from a neighbour who is unhappy about our planning application. Contact details below. - Mrs H. Penrose""",
  "| | | l")
T("""i seen a lad about 12 on a pushbike at the back of the flats handing packages to people in cars, older man on the bench watching him the whole time, its been happening every night this week about 11pm, hes not at school in the day either i asked""",
  "av | | C | h")
T("""INT: OCG led by Sorin CALIN using 40+ Romanian nationals for benefit fraud. Victims' ID used to open accounts and claim Universal Credit; CALIN retains ID and cards, victims kept in 3 houses in Walsall. 2/B/C - not for disclosure to DWP without OIC authority.""",
  "rd ww | dt ncw mbc | C | m")
T("""Caller is a landlord who says his tenant sublet the house to 'lots of workers'. Found 14 mattresses on the floor, one bathroom, mould, when he inspected. Workers had already gone. Tenant unknown. Details passed to council housing.""",
  "| oc plc | | l")
T("""Interview summary (victim, Slovak male, 46): He says he was picked up outside a Roma community centre in Michalovce by a man called Jozef, who offered him work in a UK meat factory and paid for his bus ticket. In Sheffield Jozef took him to a bank to open an account and a jobcentre to get a National Insurance number. Jozef kept the bank card, the letters and his ID card. He worked at a factory through an agency, 5 or 6 days a week, and Jozef gave him £20 or £30 every Sunday. He says Jozef once slapped him in the street when he asked for his ID card. He slept in a room with five men. He did not speak English and did not know who to ask for help.""",
  "av de rd ww pv ac | dt ncw oc | L | h")
T("""Follow-up: Jozef (Sheffield case) charged s2 MSA. Victim's ID recovered. Victim now receiving wages into his own account and has moved to a shared house arranged by the Salvation Army.""",
  "| | | l")
T("""INT: Hand car wash, A38 Derby. Workers (Albanian/Kurdish) sleep in a caravan at the back. Owner 'ARI' pays them £40 per day but keeps £25 for 'food and the caravan'. 3/C/P""",
  "ww ac | sw plc | L | m")
T("""Referral from midwife: 19 year old woman, 30 weeks pregnant, attended booking appointment very late with her 'husband'. She speaks no English. Husband refused an interpreter. When seen alone with a telephone interpreter she said she was sold to him by her family in Romania, that she is not allowed to leave the house, and that he 'sends her to other men' for money.

She said she has never seen a doctor in the UK before. She said her 'husband' keeps her identity card and that she has been moved between three flats, all in Bradford. She has a phone but it has no credit and he checks it. She said no one has hit her 'this month'. Plan: midwife arranged for her to stay on the ward overnight for 'observation'; police and adult safeguarding informed, officer on way.""",
  "av rm rd | sfw rmv dt | S | i")
T("""Council licensing officer note: HMO on Grove Road, 9 tenants, licence for 6. Tenants are students and young professionals who each signed their own tenancy. No employment link to landlord. Overcrowding notice served.

The landlord is a retired teacher who owns two houses and was not aware of licensing rules. Tenants pay rent directly by standing order and have separate rooms. No tenant works for the landlord or has any connection to him beyond the tenancy. Landlord given 28 days to comply.""",
  "| | | l")
T("""She says she did not want to come to the UK. Her uncle arranged for her to live with a family in Croydon when she was 11 and told her she would go to school. She never went. She woke at 5 to make breakfast, cleaned all day, looked after the baby, and ate leftovers in the kitchen. The wife beat her with a wooden spoon and once with an electric cable. She was not allowed to answer the door. She was 16 when a neighbour called the police.""",
  "av de pv eo rm ac | lh rmv | D | h")
T("""Anonymous online report: Scaffolding firm on the industrial estate have these foreign lads that don't get paid, the boss tells them they're paying off the van and their digs, they've been there a year and still owe him, one lad said he owes more now than when he started""",
  "ww db | ncw | L | m")
T("""Officer note: Attended address re concern for welfare of Eastern European males living in a garage. Spoke to all four via Language Line. They work for a local firm, are paid direct, moved in temporarily while their flat is repaired (landlord letter seen). They have passports and phones and come and go. Advised re fire safety. NFA.

One man, Lukas, said the garage is 'not great' but it is only until Friday; the landlord has put in heaters and a portable toilet. Their employer, a kitchen-fitting firm, confirmed the arrangement by phone and said the men are on contracts with 6 weeks' holiday. None reported any problems with pay or any threats. Neighbour informed of outcome.""",
  "| | | l")
T("""999: male with broken English says he has run away from a farm in Norfolk, the boss is looking for him in a car, says they will kill him because he left, he is hiding in a bus shelter on the A47. Unit attending.""",
  "it | | L | i")
T("""Case note (Unseen helpline): caller is a Nigerian woman, 35, who came on a visitor visa to work as a carer for an elderly man in Essex, as arranged by a church acquaintance. She cares for him day and night and gets no money, being told that her 'food and room are payment'. She says she is free to go out on Sundays to church. She is frightened to leave because she has overstayed and was told immigration will arrest her.""",
  "av de ww eo it | fa lh | D | h")
T("""POI: Eleni DOKA. Albanian. Suspected to manage 'Sweet Angels' escort adverts, phone 07700 900123. Different women in the photos weekly, all describing themselves as 'new in town'. No victim disclosures yet. 3/C/P""",
  "| | S | h")
T("""Text from youth worker: Lad (17) I work with says he's got a 'job' driving for a guy, gets paid £200 a week cash, he seems happy and not scared of anyone. I asked if he's carrying anything and he says it's deliveries for a flooring company. I checked - it's real, he's on their books. No concern just logging it.

He also said he wants to take his driving test properly because at the moment he only drives the company van on the site. His mum knows about the job. He has no missing episodes and is still at college three days a week. I'll keep an eye but this looks like a real job.""",
  "| | | l")
T("""He says that in Vietnam a man offered to take him to England where he would 'work in a nail salon and send money'. His parents sold their buffalo and borrowed the rest. He walked through forests, then was hidden in a lorry. In England he was kept in a flat with other boys and told to wait. After a week he was taken to a house where cannabis was growing. He says the men who came to the house had a gun and showed it to him. They told him if the police came he should say he was 21. He was 15.""",
  "av de it | | C | h")
T("""Safeguarding referral (school, Year 8): pupil told her friend that her 'stepdad' makes her clean the whole house and look after four little ones every night until 1am and she can't do homework. She falls asleep in class and has lost weight. No indication that she is made to work outside the home.

The pupil (12) said her mum works nights and the stepdad 'goes out'. She said she has never been hit and is allowed to see her nan at weekends. Teacher notes she wears a school jumper that is too small and has no PE kit. Referral to children's social care for a child and family assessment; police not yet involved.""",
  "av eo | lh pa | D | h")
T("""Intel log: Address 22 Kirk Lane. Males seen exiting at 0500 carrying hard hats. Vehicle collects. Neighbours say men are 'nice and quiet'. No further info. 3/D/P""",
  "| ce | | l")
T("""Case note (BAWSO): Client is a Welsh woman, 27, heroin user. Her boyfriend advertised her online and arranged men to come to the flat. He kept the money and gave her drugs. She says he punched her if she said no. She has now left him and is in refuge, on methadone script. She does not want to make a statement at this time.

Client says she met him at a friend's house when she was using heavily. He paid for her drugs at first and then said she owed him over £2,000. She says there were about four men a night. She could go out to score but he always knew where she was because his friend lived across the road. She has a son in foster care and wants contact again. She is engaging well with the drugs worker.""",
  "av ww pv db | ncw | S | h")
T("""Report via Crimestoppers: Indian restaurant in Hounslow, the chef and two waiters are 'brought over' from Punjab by the owner's brother, they live in the basement, work from 11am to 1am every day and the owner keeps their passports in his office safe. They've said they owe him for the visa.

Caller says one of the waiters, a young man called Gurpreet, told him in Punjabi that the owner said if they leave before the debt is paid the family in India 'will have trouble'. Caller says the men look very tired and have not had a day off 'since Diwali'. Caller is a regular customer and does not want to be identified.""",
  "eo rd db ac it | sw lh dt | L | h")
T("""Outcome note: Visit to Hounslow restaurant. Basement accommodation confirmed. All three workers interviewed separately; two disclosed debts of £8,000 for sponsorship. Passports recovered from safe. Owner arrested.""",
  "rd db ac | dt sw | L | h")
T("""Victim statement (extract, interpreter's voice): She says she came to the UK on a student visa and was studying business in London. She had a part-time job in a nail bar which paid her cash. She says the owner was kind, paid her on time and never touched her documents. She is making this statement because her friend worked at another salon where the owner kept her passport.

She says she worked Saturdays and two evenings, about 16 hours a week, which she understood was within her visa. She lived in a shared student flat which she found herself. The owner sometimes gave her a lift home when it was late, but she says she never felt she had to accept. She confirms she had a contract in her name, although the pay was in cash. She has since finished her course and returned to Malaysia, and gave this statement by video link.""",
  "| | | l")
T("""Caller (ex-employee) alleges boss 'owes him two weeks wages' from a plastering job. He left the job, has his own bank account, no threats. Advised civil matter / ACAS.""",
  "| | | l")
T("""INT: BRITISH male Kieran WALSH (DOB 11/06/1998) cuckooing address of vulnerable female, 61, at 7 Cherry Tree Court. She is not allowed in her own living room, WALSH's associates take her pension on collection day. 2/A/P""",
  "av rm | ncw rmv | C | m")
T("""Good practice note (GLAA): Labour provider in Kent. Workers recruited in Bulgaria at no cost to them; flights paid by the provider and not deducted. Accommodation optional, at cost below market. Workers interviewed knew their rights, had their own bank cards and phones, and several had returned for a third season.

The provider runs a welfare hotline in Bulgarian and has a named welfare officer on site. Workers said they can choose their hours within limits and that any complaints are 'taken seriously'. Inspector noted payslips were clear and matched hours worked. Recommended as an example for the regional labour market partnership.""",
  "| | | l")
T("""My friend Samira she came from Syria in lorry and now she is working in a big house for old man, she says he is good man but his son shouting at her every day and not paying her since 5 months, she is scared he will call Home Office, she can go out to see me on Sunday she told me she sleeps in the room with the old man in case he falls at night, and she does cooking and washing for the son's family too. she has her passport and her phone. i gave her the number of a charity but she is scared to call. can someone just talk to her please""",
  "ww eo | fa lh | D | m")
T("""Follow up: Samira (domestic worker, Leeds) now staying with friend. She says the son paid her some money at the end, but not all. She doesn't want police involved. Duty to Notify completed.""",
  "ww | | D | m")
T("""Child missing from home, 15, male. Found in a trap house in Southend with £400 and 20 wraps. Says he 'owed' and had to work it off. Says the men there took his phone and gave him a burner. Child returned, strategy meeting set.""",
  "av db is | iso | C | h")
# ---------------- part 2 ----------------
T("""Debrief, first person (Romanian, translated by interpreter): My name is Florin, I am 38. In my town a man named Nelu came to the bar and said in England I can earn £60 a day laying bricks. I did not pay him anything, he said the ticket is his gift. In Leicester he put me in a house with nine others, and the first week he said I owe him £500 for the ticket and £70 a week for the bed. I worked on building sites, sometimes the whole weekend too. Nelu was the only one who spoke to the site manager and he took our money from the site every Friday. He gave me £50. I want to say he never hit me and the door was not locked, I went to the shop when I wanted. But I had no money, no English, and he had my ID card 'for the agency'. After five months I called my sister and she sent money for the bus home. I am back in the UK now with a proper employer.""",
  "de db ww ac eo rd av | oc sfw ncw dt lh | L | h")
T("""Short update: Florin attended the identification parade and picked out Nelu. Statement signed.""",
  "| | | l")
T("""101 call: woman says her 17 year old son has been 'recruited' by older boys who give him a phone and send him to Ipswich for days at a time. He came back last night with a cut on his face and says he 'lost' a bag and now owes £1,200. She is scared they will come to the house.

She says he is not at school much anymore and his grades have dropped. She found a bag of cash under his bed two weeks ago, about £900, and he said it was 'not his'. She says she doesn't know the names of the older boys but one drives a white Mercedes. She asked whether she can move. Officer recorded the car details and referred to the YOT and the county lines team. He is home with her tonight.""",
  "av db pv | pa | C | h")
T("""Caller reports seeing a woman begging with a baby outside Sainsbury's Wembley every day. Caller wants to know if this is allowed. Officers attended - female, Romanian, says she begs for herself and her family, lives with her husband and children, no third party involved. Signposted to support services.

Officer notes the baby was well wrapped and fed and the mother said the child is registered with a GP in Brent. She said her husband works as a labourer and she begs 'because we need money for rent'. She was not seen handing money to anyone. A welfare check was done and she was given details of a food bank and the local Roma support group.""",
  "| | | l")
T("""Referral narrative (LA first responder): Ms T., 23, Eritrean, came to the UK as a child and was in foster care. At 19 she moved in with a man she met at church who said he would help her with rent. He began bringing men home and told her to 'be nice' to them to pay her share. She says he forced her to have sex with them and took the money. He told her that her residence permit would be cancelled if she left, which is not true. She is isolated from her community because he told people she was 'dirty'. She left when her former foster carer collected her.""",
  "av de pv ww it is | iso | S | h")
T("""Car wash on Bury New Road — Trading Standards visit 14/03: staff of 6, two on payroll, four described as 'helping out'. Manager could not produce right-to-work documents. Workers said they are paid £50 a day cash and live with family. No restriction or threats described. Referred to Home Office for illegal working check.

The four workers each had their own phones and two had Romanian ID cards on them. They said they found the job through friends and could leave whenever they wanted. One said the owner is his cousin. No accommodation is provided. The manager was issued with a civil penalty warning. GLAA informed for awareness only.""",
  "| | | l")
T("""I am writing this for my father who does not write English. In 2021 he came from Punjab on a visitor visa to 'work in a gurdwara'. Instead a man took him to a farm in Kent where he picked vegetables and lived in a cow shed with eight others. He was given a little money to send home but the man said the rest was for his 'papers', which never came. The man said that if he tried to go to the gurdwara for help, police would put him in detention. My father never was beaten, but he was very afraid. Now he is with us in Southall and sick.""",
  "de ww ac it av | plc oc fa | L | h")
T("""INT: PETROV brothers (Bulgarian) supplying males to a recycling plant in Tipton. Workers say PETROV takes 'registration fee' of £300 before they start, charges £5 per day for gloves and boots, and pays them from his own account. 2/B/P""",
  "ww | uf ppe ncw | L | m")
T("""Officer note: Vietnamese girl (approx 16) found in a nail bar in Cardiff during a visit. Says she is 'the niece' of the owner and works after school. Was not in school records. Owner could not give her surname. Police protection powers used, placed in emergency foster care.

Owner, a woman in her 40s, said the girl is her husband's niece from Nghệ An and 'just helps'. The girl had no passport and a phone with only two contacts. She said she sleeps at the owner's house in a room with the owner's children. Interpreter used. The girl did not say she had been hurt and did not appear injured. NRM referral submitted (child, no consent needed).""",
  "av is | iso | L | h")
T("""Follow-up note: the girl from the Cardiff nail bar has gone missing from foster care. Strong risk of re-trafficking. Description circulated, ports alerted.""",
  "av | | L | i")
T("""Public report: Im a uber driver, I picked up 3 girls from a flat in Coventry, a man paid for the ride on his app and told me where to take them, some hotel, he was on the phone to them the whole trip on speaker and they just said yes yes. Girls looked very young and scared. Not sure if I should of said something""",
  "av | et fa | S | h")
T("""GP safeguarding note: Patient (male, 45, Lithuanian) attended with back injury from lifting at a warehouse. He discussed pay, working hours and accommodation - all normal, he's been with the same agency 3 years and lives with his wife. Fit note issued.

He mentioned that he previously worked at a factory where he 'had to give money to a man' for the job, about ten years ago. He did not want to say more and said that man is now in prison. No current concerns. Patient gave consent for the note to include this for information.""",
  "| | | l")
T("""Interview record (excerpt): 'Nobody took my passport, I had it in my bag. But the manager said if I go to another job he will tell my family in Ghana that I am a thief and I stole from him. That is why I stayed.' Worker at a care agency in Swansea, paid £4 an hour after 'accommodation and training' deductions.

Asked if he ever received his full pay: 'Never. They said the house costs £450 a month and the training £1,000, and they take it until I finish. I still don't finish.' He confirms he could go out and visit friends in Cardiff. He says the manager never touched him. He has a sister in Birmingham who sent him money for food. He works 60 hours a week on rotas he showed to the interviewing officer.""",
  "it ww db eo | lh | L | h")
T("""Neighbours called police to a domestic: husband and wife arguing, wife had a bruise on her cheek. Wife says husband pushed her. Arrested for assault. Couple both work, no indication of any exploitation.

Wife gave a statement and accepted a referral to the local DA service. The couple have two children, both at school, and both work - he at a garage and she at a supermarket. Neither suggested anyone else was involved. Husband interviewed and released under investigation with bail conditions.""",
  "| | | l")
T("""NCA intelligence summary: Albanian network transporting women from Durrës via Belgium to UK. Recruitment through 'loverboy' method - victims believe they are in relationships. On arrival victims placed in flats in Slough, Milton Keynes and Northampton, advertised on adult services sites, escorted to bookings. All earnings handed to the 'boyfriend'.""",
  "de ww | et ncw | S | h")
T("""Welfare check, Slough flat: two women present, both say they work independently, advertise themselves, keep their own money and share the flat by choice. Both have passports and phones. No controller identified. Advice given on safety, linked with sex worker support project.

The women said they had moved from London because it was safer. One said a man had offered to 'manage' them last year and she refused and he did not come back. They were asked about the ugly mugs scheme and given the outreach worker's number. No intelligence to suggest third-party control at this address at present.""",
  "| | | l")
T("""Debrief (interpreter's voice, Kurdish Sorani): He says he was 16 when he arrived in the back of a lorry. The man who organised his journey told him he must work in a barber shop in Stoke to pay £7,000. He cut hair 12 hours a day and slept on the floor in the back of the shop. He says the boss was 'not bad' and gave him food and £20 a week, and he was allowed to go to the mosque on Fridays. He left when he turned 18 because a customer told him he should claim asylum. He says the boss never hit him and never threatened his family.""",
  "av db eo ww ac | lh sw | L | h")
T("""Organ trade - Border Force, Heathrow: Female, 28, Pakistani, travelling with a male 'cousin' to London for 'a medical operation'. Letter from a private clinic in Istanbul mentions kidney donation to a UK recipient. She said she was told she would be paid £3,000 but hasn't received anything, and appeared confused about who the recipient was. Referred to NCA.

The 'cousin' held her passport and the clinic letter and would not let her answer questions. When separated, she said she had met him only a week before in Lahore, where a man at the hospital told her the money would clear her father's debts. She has two children in Pakistan. She did not want to go through with the operation but 'had already signed'. She was seen by a safeguarding officer; she has not been detained. Organ trafficking offence under s2 MSA considered.""",
  "av de ww rd | sfw dt | O | h")
T("""Hospital note: 52 year old female admitted for elective kidney transplant, living donor is her husband. Standard HTA approval in place. No concerns.""",
  "| | | l")
T("""Caller (Crimestoppers) says a Polish man has been living in a tent in the woods near a farm in Worcestershire for 2 years, he works on the farm every day for 'bits of cash' and the farmer brings him beer. Man appears unwell and has a bad leg. I've seen him at the garage buying cider at 7am and he's back in the field by 8. He had a black eye in the summer but said he fell. I don't think he can read. The farmer told me he 'looks after him' and that he 'wouldn't last a week' on his own. I don't want my name on this, the farmer is my landlord.""",
  "av ww ac eo | plc pa lh | L | h")
T("""Caseworker case note (Medaille Trust), client J., 26, Nigerian. Client describes being recruited in Benin City by a woman who promised work braiding hair in London. Flown via Lagos on a passport in another name, which the woman kept. In London she was told she owed £30,000 and must 'work' in a flat in Tottenham with three other girls. She described being raped by the woman's partner on the first night 'to prepare' her. She was permitted to leave the flat only to go to a corner shop with one of the other girls. She escaped in 2022. Current: client has been in our service 9 months, attends counselling, is pregnant, and is fearful of the woman's associates who recently contacted her mother in Nigeria asking where she is.""",
  "de rd db pv rm | dt rmv | S | h")
T("""POI is a Slovak national running a 'workers house' in Derby. INT suggests 12 males in a 3 bed, all working at a bakery via an agency. No info re wages. 3/C/P""",
  "| oc | | l")
T("""Debrief, Polish female, 60, via interpreter. She says she answered a newspaper advert in Gdańsk for 'live-in care in England, £500 a week'. She was placed in a house in Watford caring for a bedridden man. She says the man's daughter paid her the first month, then nothing for four months, saying the agency hadn't paid yet. She worked day and night and had no day off. The daughter did not take her passport and she had a phone. She says nobody was unkind to her, she just couldn't afford to leave. She left when her son in Poland sent her a ticket.""",
  "de ww eo | lh | D | h")
T("""Safeguarding referral: Year 11 boy (16) told teacher he 'works' for a man who runs a cannabis farm in a house on Dean Road, 'just watering' after school for £50. He says he can stop when he wants and was not threatened. Referral to children's services and police; treated as CCE.

He says the man's son, who is 19, picks him up at school and takes him to the house. He says there are no adults living at the house and he has never seen anyone there apart from the son. He showed the teacher photos of the plants on his phone. Parents not aware. Children's social care strategy discussion held; police to visit address.""",
  "av | | C | h")
T("""Caller says she saw a group of men being shouted at and pushed by a supervisor in a field near Boston, one was slapped. They were loaded onto a bus after. Caller got reg: YX21 ABC.""",
  "pv | et | L | h")
T("""Follow-up note: the bus YX21 ABC belongs to a licensed labour provider. Workers interviewed - supervisor had been dismissed the previous day after another complaint. Workers paid correctly, no further indicators. Assault investigated separately.""",
  "| | | l")
T("""OFFICIAL-SENSITIVE. Intel: Male 'BIG MAN' controlling 6 Sudanese asylum seekers from a hotel in Wakefield, driving them to a car wash daily at 0600. They are told their asylum claims will fail if they don't work. They get £10 per day. 2/B/P

Source adds that the men are collected from the hotel car park in a black Vauxhall Zafira, usually two trips. One of the men told the source he has 'no choice' because BIG MAN knows about his asylum interview dates. The men share rooms at the hotel which is Home Office accommodation. Car wash believed to be on Dewsbury Road.""",
  "av it ww | ce et | L | h")
T("""She says she came on a fiancée visa to marry a British man she met online. After the wedding he did not let her have a bank card or phone and locked her in when he went to work. She says she did all the housework and looked after his mother, and that he sometimes hit her. She did not do any work outside the house. She left when the health visitor saw her alone and she was given refuge.

She says she had her passport but did not know where her husband kept it until she found it in his car. She says he was 'sweet' during the online relationship, which lasted a year, and paid for her visa. She is from Thailand and speaks some English. She says he told her that the police would believe him because she was foreign. She had no friends in the UK and was not allowed to join the Thai temple. She is now in refuge and applying under the domestic violence concession.""",
  "is rm pv it | iso rmv | D | h")
T("""Officer note: Report of 'women being kept' at massage parlour on Queen St. Visited with licensing. Three women, Thai, all over 30, hold their own passports, rent rooms privately, say they work shifts and keep a share. No indicators of control observed. Intel recorded.

The premises holds a massage licence. The manager, also Thai, showed booking records and staff rota - each woman works 3-4 shifts a week. One woman said she has been in the UK 12 years and has a British husband. Officers noted the rooms were clean and there was no sign that anyone lived on the premises. The report is believed to come from a competitor business.""",
  "| | | l")
T("""Report through app: I keep seeing the same Romanian boy (maybe 14) selling the Big Issue outside the station but I dont think he's registered, a woman takes the money off him every hour and he looks frozen""",
  "av ww | ncw pa | C | h")
T("""Financial intelligence: Account holder (UK national, 19) receiving multiple payments from unknown third parties and transferring out within minutes. Subject told bank staff 'a friend' asked him to use his account and pays him £200. No evidence of coercion. Money mule; referred to police for investigation.

The subject is at university in Nottingham and said he did not realise it was illegal. He was not threatened and had full access to his account, online banking and cards at all times. He said he was offered the 'easy money' on Instagram. He has been interviewed under caution. He is not considered a victim of exploitation at this stage.""",
  "| | | l")
T("""Financial intelligence: Account holders (5 x Latvian nationals, same address, Boston) - salaries from a vegetable packer arrive Friday, all withdrawn Friday night by the same individual (CCTV). Bank staff note the holders never visit the branch themselves and a male always handles their queries.""",
  "ww | ncw mbc sfw | L | m")
T("""Debrief (first person, Albanian): I was 17 when I met a boy on Instagram. He was from Tirana and very kind. He said come to London, we will live together. He paid for everything. In London he said he has debts and I have to help him by sleeping with men, only a few weeks. It was not a few weeks, it was two years. He kept my passport and my phone. He only let me speak to my mother on his phone with him listening. When I cried he hit me. I am now in a safe house. I am not with him anymore but he sends messages to my cousin saying he knows where I am.""",
  "av de pv rd is it | dt iso | S | h")
T("""Update 3 weeks: the Albanian female (loverboy case) has been moved to a new safe house after the threats. Police have PIN in place.""",
  "it | | S | h")
T("""Hi, just wanted to say thanks to the officers who came to my restaurant last week, they spoke to all my staff and everything was fine, they all have contracts, we pay above the living wage and nobody lives on the premises. Happy to help with any training. - Owner, Thai Orchid

P.S. One of my waiters is from Bangladesh and a customer once asked him if he was 'OK' because he looked tired. He had just done a double shift to cover for a friend, which he asked to do and was paid for. I think people mean well but it can be upsetting for staff to be asked like that.""",
  "| | | l")
T("""Witness statement (Nepali male, 33, through interpreter): In 2023 I was approached in Kathmandu by a man who said a hospital in India would pay me well for one kidney, and I could then pay for my daughter's school. I was taken to Chennai. I was told the operation was safe. After the operation I was paid only 50,000 rupees of the promised amount and put on a bus home. Now I cannot work in construction because of pain. The same man came to my village again last month looking for others. I am telling the British embassy because the recipient was a British man.""",
  "av de ww | pa | O | h")
T("""Liver transplant story (local newspaper): a mum from Durham has thanked her brother who donated part of his liver to save her life at Freeman Hospital. Both are recovering well.""",
  "| | | l")
T("""Online report: there's a facebook group 'Kidney for cash UK' where a man is asking young lads in debt to message him, promises £10k, says 'travel to Egypt covered'. Screenshot attached. Surely this is illegal""",
  "| | O | m")
T("""INT: Organ broker (Moldovan, 'VLAD') believed to have recruited 2 x homeless Moldovan males in London to travel to Turkey for kidney removal. One victim returned, in hospital with infection, says he was given €1,000 of the promised €7,000 and his passport was taken until after the surgery. 2/B/P""",
  "av de ww rd | dt pa | O | h")
T("""Debrief (interpreter's voice): She says she is from the Philippines and worked for a Saudi family in Jeddah for three years before they brought her to London. She says in Jeddah she was treated badly - no day off, her passport kept by the sponsor - but in London she says things were better: she had her own room and was paid. She left because she wanted to stay in the UK. She is applying for an overseas domestic worker visa change. She does not describe any current exploitation.""",
  "eo rd | lh dt | D | m")
T("""Anon: There is a foster family on Oak Rd with two African teenage girls who are not in school and do all the cleaning and look after the small kids. The girls told my daughter they came 'to study' but 'Mummy' keeps their passports. They aren't allowed to have friends over or go to the park.

The girls look about 14 and 15. My daughter says one of them cries on the phone at night but she only knows her first name, Efe. They come out on Sundays to go to church with the family but walk behind them. I have never seen them hurt. I don't know if they are really fostered or just staying there. I didn't want to call the police in case I'm wrong.""",
  "av de rd rm | dt rmv | D | h")
T("""POI nominal: Andrei LUCA (DOB 14/02/1987). Previously convicted (2019) of s2 MSA - trafficking women for sexual exploitation, released on licence 2024. STPO in place, must notify any new phone. Recent intel he has a new phone not notified. 2/B/P""",
  "| | S | h")
T("""She says that she was 16 when she left home in Birmingham after arguments with her mum and stayed with a 'friend' who was 28. He gave her crack and let her stay for free at first. Then he said she had to 'pay' by having sex with his friends. She says she didn't want to but she didn't have anywhere else. She says he never locked the door and she went to see her nan sometimes, but she always came back because of the drugs. She is 17 now and in semi-independent accommodation.""",
  "av pv | | S | h")
T("""Caller reports a man was 'walking round the estate with a clipboard asking for documents'. Turned out to be a census worker. No concern.""",
  "| | | l")
T("""Labour inspection (EAS): Food factory, Corby. Agency workers claim they are charged £30 per week for a minibus and £100 per week for shared rooms, deducted at source, plus a £250 'job fee' paid to a recruiter in Romania. Net pay reviewed: workers take home £180-£220 per week for 48 hours. Pay is legal but deductions breach the regulations. Workers hold their own documents and bank cards.

Inspectors found the minibus contract required all workers to use the bus, whether or not they had their own transport. The recruiter in Romania is not connected to the UK agency, which says it will refund the fee. None of the workers said they were threatened or forced to stay; several said they planned to change agency. Warning letter issued.""",
  "| ct uf | | l")
T("""Debrief, Vietnamese female, 22, via interpreter. She says she came to the UK by lorry at 19 and was taken to a nail salon in Nottingham. The owner said she owed £25,000 for the journey and would take it from her wages. She worked 9am to 8pm, six days, and was given £100 a month. She slept in the storeroom. Her phone had no SIM; she was only allowed to call her parents once a month on the owner's phone. The owner's husband touched her when she was asleep. She says she could walk to the supermarket next door but nowhere else, and the owner said the police would put her in prison because she had no papers.""",
  "av db ww eo ac is pv rm it | lh sw iso rmv fa | L | h")
T("""Officer note: Follow-up visit to Nottingham salon. Premises closed. Owners believed to have left the UK. Second worker traced, says she 'owes nothing' and was paid fairly; does not want help. Duty to Notify completed for the first victim only.""",
  "| | | l")
T("""Intel: female 'KIM' (Chinese, 40s) runs brothel at 3 Derby Road flat, women brought in from Manchester every 2 weeks. Neighbour reports women never leave, food delivered by a man. 3/C/P""",
  "rm | rmv | S | h")
T("""Summary of 999 call: Neighbour heard screaming from flat above, a woman shouting 'help me, he won't let me out'. Police attended. Female, 24, Lithuanian, had been held in the flat by her boyfriend for two days after an argument. Boyfriend arrested for false imprisonment and assault. No work or sexual exploitation disclosed.

Female said the boyfriend took her keys and phone after she said she wanted to end the relationship. She works as a receptionist at a hotel, has her own bank account and her own passport, and had called in sick the day before. Injuries: bruising to upper arms, photographed. DASH completed - high risk. IDVA referral made. She is staying with her sister in Cambridge.""",
  "rm pv is | rmv iso pa | | h")
T("""Support worker note: Ahmed (pseudonym), 20, Iraqi Kurd, cleared his debt to the smuggler last year. Says he worked at a Kurdish barbers to pay it off. He now has refugee status, works at a supermarket and has his own flat. He says it was hard but nobody hurt him. Support case closed.

For the record: he was never locked in, had his phone, and kept his own documents throughout. He says the barber paid him £100 a week and sent the rest to the smuggler's contact in Erbil, until the £6,000 was paid. He worked six days and had Fridays off. He does not want a police investigation. He would like help with a driving licence.""",
  "db ww | ncw | L | m")
T("""Statement of witness (landlady, 64): I let the upstairs flat to a man called Tomasz in 2022. He said he was a 'team leader' for a building firm. Soon there were six or seven men coming and going. They went out very early in a van and came back late. I never heard shouting and the men always said hello to me. One of them, Marek, asked me once to post a letter for him because he 'didn't have a stamp or money'. I thought that was odd. When Tomasz left in a hurry in March, the men were left behind with no food, no money and no idea where they were. Marek told me Tomasz had all their bank cards and their ID cards in a bag, and took it with him. I gave them food and called the council.""",
  "ww rd is | ce ncw dt iso oc | L | h")
T("""Short update from council: the six men from the Tomasz flat accepted NRM referrals. Two have gone back to Poland. Police enquiry ongoing.""",
  "| | L | m")
T("""101: caller says her 19 year old daughter has 'joined a cult' - she lives in a community in Wales, works on their farm and has given them her savings. Daughter contacted by police, says she is happy, can leave, has her phone, visits home at Christmas. NFA.

Caller was also concerned that the daughter works six days a week on the farm without pay. Daughter said she gets free food and board and a small allowance like everyone else, and that she chose this life. Community leader spoke to officers and showed them the rooms. Caller advised of outcome and unhappy; given contact details for a family support group.""",
  "| | | l")
T("""INT: Female (Chinese, 30s) in Newcastle flat, advertised on 'AdultWork'. Profile says 'new girl, 21, just arrived'. Multiple profiles use the same flat. Phone answered by a male who speaks for the women and arranges all bookings. 2/C/P""",
  "| sfw | S | h")
T("""Interpreter's note (Arabic): He says that he is 15 and from Sudan. In Calais he was told by men that he could travel free if he carried bags across to England. When he got to Dover a man met him and took him to a flat in London where he was told to sell drugs in the street to pay for his crossing. He was given a bicycle and a phone. He says the men slept in the other room and locked the front door at night. He was arrested after two weeks. He says he was not hurt but he was told that if he talked to police, his brother still in Calais would be 'dealt with'.""",
  "av de db rm it | rmv | C | h")
T("""Case closed: the 15 year old Sudanese boy is now in a residential placement in Kent. Positive RG decision. Brother traced in France via Red Cross and is safe.""",
  "| | | l")
T("""CSE concern, social worker: 14F, in care, has an 'older boyfriend' (22) who picks her up from the children's home in different cars. Returns at 3am smelling of alcohol with new clothes and a phone. She said the boyfriend's friends 'want to meet her' and that she 'owes' him for the phone. She refused a medical.

Residential staff say she has been missing 6 times in 2 months and always returns on her own. She told her key worker she loves him and he's 'not like other men'. She would not give his surname. A car registration (red Audi, partial KX-) has been passed to police. No disclosure of sexual activity at this point; she has been offered a sexual health appointment. Strategy meeting set for tomorrow. No evidence she has been kept anywhere against her will.""",
  "av db | | S | h")
T("""Update: 14F located at hotel in Blackpool with two adult males at 01:30. Officers attended, she was taken to place of safety. Both males arrested on suspicion of sexual activity with a child.""",
  "av pv | | S | h")
T("""Online report (ALL CAPS): WHY IS NOBODY DOING ANYTHING ABOUT THE BEGGERS IN THE TOWN CENTRE, THEY ARE ORGANISED, A VAN DROPS THEM OFF AT 9 AND COLLECTS THEM AT 5 AND THEY HAND OVER THE MONEY TO THE DRIVER I HAVE SEEN IT WITH MY OWN EYES. ONE OF THEM ONLY HAS ONE LEG AND THEY PUT HIM IN THE RAIN ALL DAY""",
  "ww av | ce et ncw | C | m")
T("""Officer note: Community team spoke to rough sleepers on Market Street - two Romanian men, both say they travel in by bus on their own, keep what they get, and are not working for anyone. One with amputation is supported by a local church. No third party control established.

Both men said they had been sleeping in doorways since losing their jobs at a warehouse. They had their own Romanian ID cards. One man said people often assume they are 'part of a gang', which upsets him. Outreach team offered a hostel bed; one accepted. Information recorded for the begging problem-solving plan.""",
  "| | | l")
T("""Child sexual exploitation (police summary): Over 2021-2023 at least five girls aged 13-16 from the Kirklees area were given alcohol, cannabis and lifts by a group of men in their 20s and 30s, and taken to flats where they were sexually abused. One girl was told her sister would be next if she told anyone. Three men charged.

The court heard that the girls were not locked in or held, and that most went home each night, but that they were 'bound by fear and by gifts'. Two of the girls were living in children's homes at the time. One victim said the men told her she 'owed' them for the alcohol and the lifts. Senior investigating officer: 'These were children, and no child can consent to their own exploitation.'""",
  "av pv it db | | S | h")
T("""Debrief (Indian national, 27, first person): I came as a student. My fees were £14,000 and I was paying it off by working in a corner shop owned by a man from my village. He knew my visa only allowed 20 hours so he made me work 60 and paid me £2.50 an hour in cash, saying if I complained he would report me to the university and the Home Office and I would be deported. I lived in the shop's storeroom. I could go to classes when he allowed. He didn't take my passport, I always had it.""",
  "av it ww eo ac | lh sw | L | h")
T("""Car wash worker (Iraqi Kurd, 30) came into the station to ask about getting paid holiday. He says he is paid £11.44 an hour into his bank, has a contract, lives with his brother. Advised re ACAS. No concern.

He said his brother got him the job and the owner is 'strict but fair'. He has been there two years. He works 45 hours a week and has Sundays off. He showed his payslip on his phone. The question is only about whether he can carry over holiday to next year for a trip to Erbil. Signposted to ACAS.""",
  "| | | l")
T("""NRM referral (NGO first responder): PV, 44, Brazilian, male. Recruited via WhatsApp by a Portuguese contractor to work on a roofing job in London. Told he'd be paid £150 a day. Worked 14-hour days, six and sometimes seven days, for three months. Was paid only once (£200) and told the rest would come 'at the end of the contract'. The contractor disappeared with all wages owed to 9 workers. PV states he was never threatened and held his own passport.

PV lived in a rented room in Tottenham which he arranged himself with three other Brazilian workers. The contractor collected them from a petrol station at 5:30 each morning in a van and dropped them there after dark. PV states he kept working because he believed the contractor would pay in the end. He now works for a legitimate roofing firm and has a solicitor for the unpaid wages. He consented to the NRM to get support with housing.""",
  "de ww eo | lh ce et | L | h")
T("""Midwife note: Pt, 26, Chinese, attended antenatal appointment alone. Speaks some English. Says she works in a takeaway with her husband, owns the business with him. Happy with pregnancy. No safeguarding concerns.

She had her partner's mobile as an emergency contact but came to the appointment by herself on the bus. She has her own bank card and phone and arranged her next appointment by herself. Routine enquiry about domestic abuse done alone: no concerns. Interpreting not needed.""",
  "| | | l")
T("""INT: Nail bar chain 'Star Nails' (4 branches, West Midlands). Staff moved between branches in a people carrier by owner's son, dropped at 0830, collected 2100. Staff believed to live together in a flat in Handsworth. 2/C/P""",
  "| ce et | L | m")
T("""Debrief narrative, Eritrean female, 30, via interpreter. She says that after arriving in the UK she was granted asylum and lived in Leicester. A man from her church offered her a job cleaning offices at night for cash. She says the work was hard but she was paid £300 every week as promised and the man was respectful. She is telling us this because the man has been arrested for something else and she was asked if he exploited her. She says he did not.""",
  "| | | l")
T("""Safeguarding alert (housing officer): Tenant Mrs P., 78, with dementia. Her 'carer', a man unknown to social services, has moved in with two others. They use her house for parties, have her bank card and pension book, and she is found in her bedroom with no heating. She says they are 'nice boys'.

Mrs P.'s daughter lives in Australia and noticed her mother's account was empty. The men say they 'do her shopping'. Mrs P. does not work and nobody is asking her to. The housing officer said the house was full of bottles and the men had changed the locks and not given her a key. Police and adult safeguarding visit booked for today.""",
  "av ac rm | ncw plc rmv | | h")
T("""Report from member of public at motorway services: lorry driver saw a young woman in the cab of another lorry who mouthed 'help' to him and showed a bruised arm. The other driver pulled away quickly. Reg partially: PL ... Polish plates. Time 22:10, M6 northbound J16.""",
  "pv | pa | | i")
T("""Witness statement (ex-worker, Hungarian, 36): Everyone at the house paid £20 to the boss for the ride to the chicken factory and £80 for the bed. I shared with three men. The boss kept the bank cards in a shoebox and went to the cash machine on Friday night. He gave us £40 on Saturday. I once said I want to leave and he told me I can leave but he will keep my card until I pay what I owe for the flight. So I stayed, until I found the number of the Hungarian consulate.""",
  "ww db rd ac | ct ncw oc dt | L | h")
T("""Care home, Hull - CQC whistleblower: manager makes overseas nurses sign a '£12,000 training bond' which they must pay back if they leave within 3 years. Nurses work 12-hour shifts, 5 nights a week, with rest. Payslips correct. Two have left and been sent bills. Referred to GLAA for advice.

The whistleblower says the nurses are free to change jobs but feel trapped by the bond. Their passports and BRPs are with them. The home says the bond covers OSCE exam and flight costs. The two nurses who left have been threatened with legal action for the full amount, although they worked over a year. They now work elsewhere.""",
  "db | uf | L | m")
T("""Police log: Arrest of 3 males at cannabis grow in Hartlepool. Two are local men, 30s, known to police, owners of the property. Third male is Vietnamese, approx 17, found inside a locked room with a bucket and mattress. Interpreter requested, NRM referral for the youth.

The locked room was padlocked from the outside. The youth was wearing a T-shirt and shorts and had no shoes. He had a plastic bag with one change of clothes. Two phones seized from the local men. The youth said in basic English 'no money, no phone, no go out'. He was taken to hospital for a check, then into police protection.""",
  "av rm ac is ww | rmv plc sw fpe iso | C | i")
T("""Follow up (Hartlepool grow): youth now 'verified 17'. He told his social worker he was locked in for three months and 'didn't see the sky'. Placed with specialist foster carer. Tracking device on phone authorised by court.""",
  "av rm | rmv | C | h")
T("""Anon email: i work in hotel kitchen, the agency guys from the room cleaning team say they don't get paid for all the rooms they do, they get £3 per room even if it takes an hour, they are on their feet 14 hours, and some sleep in the staff room because they live miles away and bus is at 5am. Nobody forces them but its not right i asked one of them if the agency takes their passport and he said no. they get paid weekly into their own bank. they're just very tired and they said if they complain they'll get less shifts. i've seen the same guys do breakfast shift and then still be there at 9pm. not sure who to tell, the hotel or you.""",
  "eo | lh sw | L | m")
T("""INT: Sham marriage facilitator 'ANDI' recruiting Portuguese and Slovak women to marry Pakistani and Nigerian men for visas. Women paid £2,000-£5,000 each. Women are willing participants. 2/B/P. Refer to Home Office immigration crime team.""",
  "| | | l")
T("""She says her brother took her to the UK when she was 20 for a marriage with a British Pakistani man she had never met. She says she was told she would study. After the marriage her husband and his mother kept her in the house, she cleaned for the whole family and was not allowed to call home. Her mother-in-law burned her arm with a hot spoon when she complained. She says they took her passport at the airport.

She says her brother received money from her husband's family and has not answered her calls since. She says she was kept in one room at night and made to sleep on a mat. She has not seen a doctor about the burn. She is 24 now. She managed to leave when a neighbour, an older Pakistani lady, hid her in her house and called the police. She says her husband 'never touched me in a bad way' but did not stop his mother.""",
  "de rm is pv rd eo ac | rmv iso dt lh pa plc | D | h")
T("""Officer handover - late shift: Attended report of 'man locked in garden shed' at 12 Elm Rd. Found adult son of homeowner had locked himself in during a mental health crisis. Mental health team attended. Not related to exploitation. Log closed.

The caller had seen the son go in and heard the door lock and someone crying. The son has a diagnosis of bipolar disorder and lives with his parents, who called the crisis team themselves an hour earlier. He was taken voluntarily to the mental health unit. Family thanked the neighbour.""",
  "| | | l")
T("""Report: Lad on the farm next to ours (Herefordshire) is Romanian and doesn't speak English. The farmer calls him 'my slave' as a joke. He has a caravan with electric, works normal hours, goes to town on his bike every Saturday. I asked him and he said the money is OK. Just thought I'd mention it because of the word the farmer uses.

His wife is here too and works in the dairy. They have a little boy at the village school. I asked her too and she said the farmer is 'rough but fair' and pays on time. I think the farmer means no harm but it's not a nice thing to say.""",
  "| | | l")
T("""Interpreter's voice (Tamil): She says she worked for a diplomat's family in Sri Lanka and was brought to London in 2019. She says she was never paid in London, that her salary was 'sent to her family' but her family received only two payments. She worked from 6am to midnight. She was not allowed to leave the residence in Kensington and the diplomat's wife held her passport. When she asked to go home the wife slapped her and said the police cannot touch a diplomat.""",
  "ww eo rm rd pv it | lh rmv dt ncw | D | h")
T("""Social media DM passed to police: 'hey babe im looking for girls who want to earn £££ in london, all travel paid, accomodation free, just need to be open minded, message me ;)'. Account linked to a known pimp. No identified victim yet.""",
  "| | S | h")
T("""Man at the bus stop says he has not been paid for 6 months at the car wash and the boss has his passport.""",
  "ww rd | dt | L | m")
T("""Cannabis farm found at 4 Mill Lane, no occupants, 200 plants.""",
  "| | | l")
T("""Girl, 15, says 'I do favours for his mates to pay off the weed'.""",
  "av db pv | | S | h")
T("""Lost wallet handed in at front desk - contains 3 bank cards, all same name. Owner traced.""",
  "| | | l")
T("""Workers at the packhouse say the gangmaster takes £60 from each wage for 'transport' and they have no choice.""",
  "ww | ct | L | m")
T("""Asian lady at the takeaway says she works 7 days from noon to 2am and sleeps in the back.""",
  "eo | lh sw | L | m")
T("""He says 'the boss is keeping our papers safe in the office', all nine of us.""",
  "rd | dt | L | m")
T("""Hotel manager reports a guest booking rooms for young girls every weekend, paid in cash, older men visiting.""",
  "av | | S | h")
T("""Agency warehouse worker complains about being moved to night shifts. Paid correctly. Not a police matter.""",
  "| | | l")
T("""'They said I was going to work in a hotel in London. It was a house with men.'""",
  "de | | S | h")
T("""Long account, victim debrief (British male, 31, with learning difficulties). He says he met a family at a bus station in 2014 when he was homeless and they said they would give him a caravan and a job. He says he laid block paving for them 'every day, even Christmas' for nine years. They gave him roll-ups, food and a can of lager at night. He says they told him he owed them for the caravan and food. He never had a bank account. He says one of the sons hit him with a shovel when he laid a drive wrong, and they shaved his head as a punishment. He says they told him that if he went to the police, the police would lock him up because he was 'one of them' now. He says he didn't know what year it was when he was found. He has his own flat now with support and wants to go to college.""",
  "av de eo ww db pv it ac | lh ncw fa plc | L | h")
T("""Follow-up note: the block paving victim's carer says he has settled well. He asked whether the family 'know where he lives'. Reassured; the family members are on remand.""",
  "| | | l")
T("""Debrief, interpreter (Amharic): She says she worked in Lebanon as a maid for 4 years, where her employer locked her in the flat. She escaped, came to the UK in 2021 and claimed asylum. Since then she has lived in Home Office accommodation and volunteers at a charity. She says nobody in the UK has exploited her.

She says her Lebanese employer also kept her passport and did not pay her for the last year. She managed to get a new passport from her embassy before travelling. In London she has her own bank account and a small amount of savings. She asked if she can train as a care assistant. Her asylum interview is next month. Historical exploitation overseas is recorded for the NRM referral.""",
  "rm rd ww | rmv dt | D | h")
T("""INT: 'Uncle' (Vietnamese, 50s) runs 'safe houses' in Manchester where teenagers are kept before going to cannabis grows. Teens' phones taken at the door, replaced with a phone that only has his number. 2/B/P""",
  "av is | iso | C | h")
T("""Officer note: Welfare visit to address of elderly couple - neighbour thought their Filipino carer was 'kept'. Carer, 45, is employed by a care agency, has her own flat, works 40 hours, and shows her payslips. She laughed and said she goes dancing on Fridays. NFA.

The neighbour had seen her arrive early and leave late and wondered why she never took holidays. The carer explained she visits for 3 shifts a day and has been to the Philippines twice this year. The agency confirmed employment and right to work. Neighbour reassured.""",
  "| | | l")
T("""Report from GP practice manager: A man brings different Romanian men to register each month at the same address, answers all questions for them and has their ID documents in a folder which he takes away after. 2/C/P""",
  "rd | sfw dt | | m")
T("""She says: 'I was not locked. I had my phone. But he said I must pay €400 every week for the room, and that was the money I made in the day from clients, so I was left with nothing. If I did not pay, he said he will send my photos to my father in Bucharest.'

Interviewer notes: she has a two year old daughter in Romania with her mother. She was brought over by a man she met at a disco in Constanța and was told she would be a dancer in a club in London. She says the first week was 'like a holiday' then the rules started. She had to be available from 11am until 4am. She says he never beat her but he was 'cold like ice'. She is no longer with him and is staying with a friend in Luton.""",
  "db ww it de eo | lh | S | h")
T("""Local authority referral (adults): 58 y/o British man with alcohol dependency, found living in a horse box on a farm in Cheshire. Works with horses 'for his keep'. Says the farmer is 'like family' and he can come and go, gets £50 a week and beer. Dirty, underweight, no heating. Refuses assistance. Duty to notify not applicable, adult safeguarding strategy meeting held.

Social worker visited with the GP. He had one change of clothes and a blanket. He says he has been there since 2009 when the farmer found him sleeping in a bus shelter. He has no bank account and his benefits have never been claimed. He says he doesn't need anything, 'just my cans'. He has capacity to make the decision to stay, per assessment. Follow-up visit booked for two weeks.""",
  "av ww ac | plc pa fpe | L | h")
T("""Press summary: A couple from Essex have been convicted of holding a Nigerian woman in domestic servitude for 24 years. She arrived at 15 and was told she would go to school. She cooked and cleaned for the family and was never paid. She was allowed out only to take the children to school. The judge said the couple had stolen her childhood.

The court heard that she slept on a mattress in the utility room and ate what was left after meals. Her passport was kept in the husband's briefcase and allowed to expire. Neighbours told police they had assumed she was a relative. She was discovered when one of the children, now an adult, told a teacher friend. The couple claimed she was 'part of the family'. She is now 39 and lives in supported accommodation.""",
  "av de ww rm eo rd ac | rmv lh dt plc | D | h")
T("""Short note, Salvation Army: client (Polish, 40) has moved into his own flat today. He has his bank card and passport. Employer (food factory) confirms he is happy in work. Support ends next week.""",
  "| | | l")
# ---------------- part 3 ----------------
T("""Debrief, first person (Slovak Roma woman, 34, translated): A woman from our street said her son in England has a good job for me in a laundry and I can bring my husband. We went in a minibus, 30 hours. In Rotherham the son took us to a house and told us we owe him £700 each for the minibus. He took our ID cards to 'make the national insurance'. My husband went to a factory and I went to a hotel laundry. The son went with us to open bank accounts and he kept the cards. We got maybe £25 a week each. We lived in one room with our two children and there was no hot water. He never hit us, I must say this. But when my husband asked for the cards he said 'you want your children to go to social services?' That is why we were afraid. We left when the school saw my daughter was hungry and called someone.""",
  "de db rd ww ac it av | dt ncw plc | L | h")
T("""Interpreter's voice, follow-up: she says the family are now in their own council flat, the husband works for a cleaning company and is paid into his own account. She says they are not afraid anymore.""",
  "| | | l")
T("""Low pay complaint: Nail technician (British, 22) says her salon pays her commission only and some weeks she earns less than minimum wage. She has her own account, her own flat and is looking for another job. Referred to HMRC.

She says the owner is 'fine as a person' but doesn't understand the law. She works about 30 hours a week and books her own clients. She has never been asked to hand over her documents, and she can come and go as she pleases. She said she will report the low pay herself and asked for the HMRC helpline number.""",
  "| | | l")
T("""Warehouse agency worker (Romanian, 29) called helpline: his pay was a week late because of a payroll error. It has now been paid in full into his account. He wanted to know his rights. No indicators.

He said the agency apologised, paid an extra £20 for the inconvenience and gave him a direct number for payroll. He lives with his wife in a rented house and has worked for the same agency for two years. Advice given on holiday pay and payslips. No further action.""",
  "| | | l")
T("""INT: TAN (Chinese male, 40s) recruits Chinese women via WeChat for 'massage' in Scotland. Women pay ¥50,000 'introduction fee' in China and arrive owing a further £10,000 for flights and visa, repaid from earnings. Flats in Glasgow and Aberdeen. 2/B/P""",
  "db | uf | S | h")
T("""Referral, hospital social worker: Male, 40, Indian, admitted with kidney failure. Disclosed that in 2010 he sold a kidney in Chennai after a broker approached him in a debt crisis; he was paid less than promised. He now lives in Leicester with his family and works in a warehouse. He is not in contact with the broker. Historic organ trafficking, referral for support offered.

He says he was approached while queueing at a moneylender. The operation was at a private clinic; he was not told the risks. He received 80,000 rupees of the 2 lakh promised. He says nobody hurt him and he went home the next week. His remaining kidney is now failing and he is on the transplant list in the UK. He would like the broker to be found but does not know his real name.""",
  "av de ww | | O | h")
T("""Caller worried about lodger (Brazilian, 24) who works as a cleaner for a company and 'gets home at midnight'. Lodger spoken to: works two jobs by choice to save for a house, has contracts for both. No concerns.

The lodger laughed when the caller's concern was explained and said she works from 7am at an office and then a 5pm-11pm shift at a hospital. She said she takes one day off a week. Both employers confirmed. She keeps her own passport and pays rent to the caller by bank transfer. Caller reassured.""",
  "| | | l")
T("""POI: Jamal (no surname) - 'runner' for 'RIZZ' line, Southend. Believed to be 17. Lives at trap address 44 Victoria Avenue with two adults who 'own' the line. Injuries to face seen by PCSO. 2/B/P""",
  "av pv | pa | C | h")
T("""Statement (witness, supermarket security guard): I know the group of Roma women that come in. There's always a man who waits in the car park in a black BMW. When they come out with stuff under their coats they go straight to his car and give him the bags. Last week one of them was crying and had a red mark on her face. She said 'he will kill me if I go back without' and pointed at the car.""",
  "it pv | et pa | C | h")
T("""Online report: My cousin from Poland went to work at a chicken farm in Norfolk, agency said free accommodation but they take £90 a week for a bed in a caravan with 6 people and charge him for the gloves and apron and wellies, he says after all that he has like £100 left. He can quit but then has nowhere to live.""",
  "de ac | oc ppe | L | m")
T("""Debrief (Albanian male, 19, first person): I was 16. My family owed money to a man in our town. He said I can pay it in England. I came in a lorry. In London he put me in a flat with two other boys and we worked in a car wash in the day and at night we had to carry drugs to people. I got no money. They took my phone and gave me one with only their numbers. They said if I run they will kill my father, because the debt is the family's. I ran when I was 17 and went to a police station in Kent. I am now at college. I still get messages from unknown numbers.""",
  "av db ww is it | iso | L C | h")
T("""Licensing visit - hand car wash, Reading. Eight workers, all Kurdish. Owner paid them £60/day cash for 10-hour shifts. Workers live in a rented house arranged by themselves. No documents held by employer. No indicators of coercion. Concerns about tax and NMW referred to HMRC.

Inspectors noted the workers wore proper gloves and boots provided free by the owner, and had a heated cabin. Two workers said they send money to family in Iraq every month. The owner has applied for a payroll system. Workers were given leaflets about their rights in Kurdish and Arabic.""",
  "| | | l")
T("""Note from Kalayaan caseworker: client entered on Overseas Domestic Worker visa with a Kuwaiti employer. She states the employer 'kept her passport in a locked drawer', did not let her leave the flat alone, and paid her salary to her 'agency' in Kuwait. She worked from 7am to 1am. She escaped during a shopping trip to Oxford Street.

She says there were two other maids in the household, both from Ethiopia, and she does not know what happened to them. She slept on the floor of the laundry room. She says the employer's daughter pulled her hair and slapped her when she burned a shirt. Her ODW visa is valid until March. She now lives in a Kalayaan-linked shared house and wants to work for a new employer.""",
  "rd rm ww eo pv ac | dt rmv ncw lh plc | D | h")
T("""Call log 101 - concern from a neighbour: a Chinese man arrives at the house opposite at 11pm every night carrying bags of compost, the windows have been blacked out, and there's a hum from the loft. Neighbour has not seen anybody living there. Intel passed to neighbourhood team.""",
  "| | | l")
T("""Caseworker note: S., Vietnamese, 19. Since her NRM referral she says she feels safe. She talked for the first time about the man who brought her: 'he did not hit me but he took my phone and said if I speak to anyone my family will pay double'. She was in a nail bar in Kent for a year. She never got wages, only food.

She worked from 10 in the morning until the shop closed at 8, and on Sundays too. She slept with two other girls in a room above the shop. She says she had her passport - 'he did not need it, I had no money and no English'. She asked if she can go to college to learn English. She is now in a Salvation Army safe house in the Midlands and meets her counsellor each week.""",
  "is it ww eo | iso lh sw | L | h")
T("""Front desk: Latvian man says his employer made him pay £40 for hi-vis and boots which he thinks is wrong. Paid weekly into own account. Advised.""",
  "| ppe | | l")
T("""Report (care worker, Manchester): Our new colleague from Zimbabwe says she owes her recruitment agent back home £4,500 and he takes £500 from her salary every month by a standing order he set up, and he said if she stops he will 'make her family pay'. She has her passport and lives in her own room.

She works normal hours for us, gets her full salary into her own account, and the home has nothing to do with the agent. But the standing order is taken straight after her pay day and she's left with very little for food. She hasn't told the home manager because she thinks she will lose her job. I said I would report it anonymously for her.""",
  "db it | uf | L | m")
T("""NCA alert: Online adverts for 'kidney donors wanted, pay up to £40,000' targeting UK students in debt, with a clinic in Cyprus. No victims identified. Adverts being taken down.""",
  "| | O | m")
T("""Debrief (through interpreter, Kurmanji): He says a smuggler in Iraq promised him a job in a British takeaway. In the UK the 'boss' gave him a room above a pizza shop in Swansea with four other men. He says he worked 13 hours, seven days. He got £150 a month. He could go out but he had no money and didn't know where he was. He says that once a man came in and beat another worker with a stick in front of them all 'so we learn'.""",
  "de eo ww ac pv is | lh sw iso oc | L | h")
T("""Police statement (OIC summary): The accused, a couple from Kent, employed a Bulgarian man on their farm for 3 years and made him sleep in a barn. The defence said he was 'paid in kind'. The victim said he was never paid money, was not allowed to leave the farm without one of them, and was told he was 'illegal' and would go to prison if found. The jury convicted.

In interview the male defendant said the victim 'loved the farm' and 'could have walked out any time'. Officers found no bed in the barn, only sacks on a pallet. The victim told the court he had been given his meals on a plate outside the back door. He was found when a vet visiting the farm noticed him and spoke to him in Bulgarian. He is now living in supported housing in Canterbury.""",
  "ww rm it ac | rmv plc | L | h")
T("""Public report (txt speak): omg there's this lad at my college who keeps disappearing for days n comes back with loads of cash n a new phone, says hes 'going country' and he owes sum1 big, he had a black eye last wk and he's only 16""",
  "av db pv | pa | C | h")
T("""Intel: 'Aunty' (Ghanaian female, 50s) brings girls from Ghana on visitor visas to work as nannies for families in south London. Families pay 'Aunty' directly; girls receive nothing. Girls believed aged 14-17. 2/C/P""",
  "av ww | ncw | D | h")
T("""Follow-up: visited family in Lewisham linked to 'Aunty' intel. Nanny present is 24, has a visa, a contract, and receives her wages into her own account. She knows 'Aunty' only as a church member. NFA at this address.

The family showed the nanny's contract and payslips. She has a room with an en-suite and a day and a half off each week, and she studies English on Saturday mornings. She said the family are kind and she is happy. The other families named in the intel are being checked separately by the Lewisham team.""",
  "| | | l")
T("""She says she was working in a bar in Bangkok when a customer offered her a job in a Thai restaurant in Edinburgh with a work visa. She paid him 150,000 baht, borrowed from a loan shark. On arrival she was taken to a flat and told that she must see clients to pay the debt and the rent, which was £500 a week. She says that she was free to go out but she could not go home because the loan shark threatens her mother in Udon Thani. She did not get her passport back from the man who brought her.""",
  "de db rd it | uf dt | S | h")
T("""Police log: Report of suspicious activity at a house in Luton. Officers attended. Four Romanian men living together, work in a warehouse via a licensed agency, paid into own accounts, rent their own rooms from a private landlord. Men showed their ID cards. No offences. Intel log updated.

The report had come from a neighbour who saw the men leave at 5am and return at 6pm in a minibus. Agency confirmed this is their contracted shift and transport is free. The men said they sometimes do overtime on Saturdays which is paid at time and a half. Neighbour updated.""",
  "| | | l")
T("""Interview note (witness, ex-partner of suspect): He used to boast that he had 'ten Polish' working for him. He would go round on Friday and take their cards to the cash machine. He said they were 'alkies' who would drink it anyway. He took them to the jobs in his van at 6am and picked them up at 7pm. I left him because he hit me too.""",
  "av ww | ncw ce et mbc | L | m")
T("""A&E note: 16F attended at 03:00 with an older male claiming to be her cousin. Injuries consistent with assault, signs of recent sexual activity. Male gave a false name and left when security was called. Patient refused to speak. Police and CSC contacted.""",
  "av pv | pa | S | i")
T("""Debrief (first person, Eritrean man, 27): In Libya I worked for a man on his farm for eight months to pay my sea crossing. He kept us in a compound with guards. Some people were shot trying to escape. I do not want to remember. In the UK I have not had any problem with work; I work in a restaurant in Leeds, I have a contract, I pay my rent. I tell you only about Libya because you asked about my journey.""",
  "db rm pv | rmv | L | h")
T("""Traffic stop: Transit van with 11 occupants (Romanian men) on A1, 05:20. Driver said he is the 'team leader' and held a plastic bag with 11 passports 'so they don't lose them'. Men stated they pay him £10/day each for transport. None could give the address where they live.""",
  "rd is | dt ct iso sfw | L | m")
T("""Update on the A1 van stop: labour provider licensed with GLAA; after interview the team leader returned the passports. Men were seasonal workers; accommodation later found to be a farmhouse with adequate facilities. Transport charge within rules. Concerns closed.

The team leader said he had collected the passports only to photocopy them at the farm office and had forgotten to hand them back; this was confirmed by the farm manager. Workers said they get the bus free and the £10 mentioned related to a separate lift to town which they organise themselves. Provider given advice by GLAA.""",
  "| | | l")
T("""Children's services referral: twins aged 13 placed with 'family friends' in Birmingham by their father in Nigeria. School reports they arrive at 7am exhausted, say they clean the house and a shop before school and after school until 10pm. One said the lady 'beats us with a belt if we are slow'.""",
  "av eo pv | lh | D L | h")
T("""Log entry: Female (Roma, 30s) with two children begging outside Boots, Leicester. States the money is for her family. No third party seen. Children appeared healthy. Referred to Children's Services for welfare check re children missing school.

She said the children go to school normally but were off because of chickenpox in the family. She has lived in Leicester for six years and her husband works at a car wash on contract. The school later confirmed attendance is usually good. No further police action.""",
  "| | | l")
T("""Caseworker note (New Pathways): Mr L., 55, Welsh, ex-offender. After prison he was offered a room by a man he met in the hostel. The man used Mr L.'s identity to claim Universal Credit and take out two phone contracts and a car loan. Mr L. got nothing from it and now has county court judgments. He was not made to work and says he was never threatened.

Mr L. says the man was 'friendly at first' and bought him cigarettes. Mr L. signed papers he did not understand because he cannot read well. He was moved out of the room after a few months when the man 'didn't need him anymore'. Mr L. is now in a hostel in Cardiff. He has reported the fraud to Action Fraud. We are helping him with debt advice.""",
  "av | ncw | C | m")
T("""INT: Females working at 'Golden Lotus' brothel in Bolton told a client that the 'mamasan' takes all their money and that they are not allowed out without her. One female had bruises on her arms. 3/C/P""",
  "ww rm pv | ncw rmv pa | S | h")
T("""Online report: 'Man in big house up the lane has a Filipino maid, she seems fine, waves at the kids, walks the dogs in the village, goes to church. Someone at the WI said she was a slave but I really don't think so.'

She's been there ten years. She drives the lady's car to the shops. I've had coffee with her at the village fete. She told me she goes back to Manila every Christmas and her daughter is at university there. The family seem very fond of her. I don't know why people are saying these things.""",
  "| | | l")
T("""Debrief, Vietnamese male, 20, via interpreter: He says that in France he was held in a camp in Dunkirk where the men took his passport and made him work in a laundry to pay for the crossing. In the UK he was taken to a cannabis house in Bristol. He says he watered the plants for four months and was not allowed out. A man came every two days. He was not paid. When the police raided he was asleep. He says he will not go back to Vietnam because the debt is still there and 'they will find my family'.""",
  "rd db rm ww it | dt rmv | C L | h")
T("""Social media report: fb marketplace ad 'Room + job available, no papers needed, £50 deposit, work in car wash' - 3 young men commented asking for more info. Reported via online tool.""",
  "| uf | | l")
T("""OIC note: 2/B/P intel re 'ARDIT' running cannabis grows in Kent using Albanian males recruited on TikTok with promises of £1,000 a week. Males told on arrival they owe £15,000 for the small boat. ARDIT holds their phones. One male said ARDIT showed him a video of a man being beaten 'because he stole plants'.""",
  "de db is it | iso | C | h")
T("""Council housing visit: 3-bed terrace let to an Indian family, 7 people including grandparents and two teenagers. Overcrowded under statutory standard but all family members; father works as a taxi driver. No exploitation concerns. Housing advice given.

Father explained his parents moved in after the grandfather's stroke. The teenage children have their own room; the grandparents sleep in the living room. The family are on the council list for a larger house. No one outside the family lives there and no one is working for anyone else. Environmental health advice given.""",
  "| | | l")
T("""Interpreter's voice (Polish): He says he was drinking in a park in Katowice when a man offered him work in Britain. He was driven to a house in Kidderminster. He says he was given cheap vodka every night and that he was 'paid' in vodka and cigarettes. He worked for a roofing company owned by the man. He says he tried to walk away once and two men brought him back in a car and kicked him. He says he had no passport because the man 'lost' it.""",
  "av ww pv rm rd | dt rmv | L | h")
T("""He says he was a teacher in Sri Lanka. An agent in Colombo charged him $8,000 for a 'senior care assistant' job in a nursing home in Norfolk. When he arrived the home said there was no job and the certificate of sponsorship had been sold to him. He now works for a cash-in-hand cleaning firm to repay relatives. He says the cleaning firm pays him properly, the problem is only the agent. He has his passport.

He says no one in the UK has held him against his will. He rents a room in Ilford from a Tamil family and has his own bank card. His visa is in question because the sponsor has had its licence revoked. He came to us for advice after hearing that other workers from the same agent were sent to different homes and 'made to pay again'. He has the agent's WhatsApp number and receipts for the payment.""",
  "de | uf | | m")
T("""Bank referral: elderly customer (82) withdrawing £500 daily accompanied by a young man who does the talking. Customer says the man is 'helping with the garden'. Police welfare check: man is a rogue trader charging for fake work. Fraud investigation. Not modern slavery.

The young man was arrested for fraud by false representation. He had charged the customer £14,000 for 'roof repairs' that were never done. He is British, lives with his parents, and no one else appears to be directing him. Customer's son informed. Referred to Trading Standards and the economic crime unit.""",
  "| | | l")
T("""Debrief, interpreter's voice: She says she is Nigerian and 20. A pastor in Lagos said he would find her a nanny job in Manchester. In Manchester a woman met her, took her passport at the airport, and put her in a house where she worked as a maid for the woman's sister. She slept in the corridor. Then the woman said she must go with men at night because being a maid does not pay her debt of €45,000. She says the woman's boyfriend raped her to 'teach' her. She was allowed out only to the shop with the woman's daughter. She does not know the address; she says it was near a big church.""",
  "de rd db pv rm is ac | dt rmv iso plc | D S | h")
T("""Note: Call to Modern Slavery Helpline from a builder. He says a subcontractor on his site has a crew of Romanian lads who 'look underfed', wear trainers on site, get dropped off at 6 and collected at 8, and the subcontractor does all the talking. Builder wants advice before he says anything. Caller gave site address in Milton Keynes.""",
  "| pa ce sfw | L | m")
T("""Witness statement (neighbour, 45): I saw the girl next door being pushed into a car by two men. She was screaming in a language I didn't understand. This was about 10 minutes ago, the car is a grey Toyota, went towards the ring road. She looked about 17.""",
  "av pv | | | i")
T("""Debrief (first person, Chinese man, 48): I came to the UK in 2005 in a container. The snakehead debt was $30,000. For five years I worked in restaurants in Chinatown for the 'boss' who paid my debt to the snakehead, and he gave me nothing, only a bed in the basement. After five years he said we are equal and I could go. Since 2010 I have been working normally, I have a wife and a son. I am telling this now because I want to apply for status and the lawyer says I must tell everything.""",
  "db ww ac | sw | L | h")
T("""Case note (outreach): woman sleeping rough says she 'worked in a house' in Kilburn for a Nigerian family for a year, cleaning and minding children, then was thrown out when she asked for money. Says she was paid nothing. Has no ID - the family kept it. Now in night shelter.

She says she is 29 and from Edo State. She came in 2020 on a visitor visa which the family's mother arranged. She slept in the children's bedroom. She says she was 'not beaten' but often shouted at and told she was 'lucky to be in London'. She did not leave earlier because she did not know anyone and did not know the area. Referred to the Salvation Army for NRM.""",
  "ww rd | dt | D | m")
T("""Intel: 13-year-old boy 'T' seen at Shrewsbury railway station by BTP at 02:00 with £800 and a knife. Says he is visiting his uncle. Address given is a known cuckooed flat. Currently detained at station.""",
  "av | | C | h")
T("""Summary (police press release): Three people from Leeds were sentenced for forcing a man with a learning disability to hand over his benefits and work unpaid in their garden and garage for five years. The victim slept in a garden shed without heating. He had been befriended at a day centre.

Detective Inspector: 'He trusted these people. He thought they were his friends. They took every penny he had, and gave him nothing but a cold shed and orders.' The court heard the victim was never locked in but rarely left because he did not know the way back to town. A neighbour raised the alarm after seeing him digging in the snow without a coat.""",
  "av ww ac | ncw plc | L | h")
T("""Follow-up note: Victim (Leeds garden shed case) reports neighbours 'staring' after the press coverage. Support worker spoke to neighbours. No threats.""",
  "| | | l")
T("""INT: ROTARU family (Romanian) operate a 'car wash and valeting' in Wolverhampton. Workers are young men from their village who say they are 'nephews'. Workers sleep in the unit on pallets. Family collects wages from a separate contract cleaning job done by the workers at night. 2/B/P""",
  "ww ac eo | sw plc ncw lh | L | h")
T("""Prison officer note: Foreign national prisoner (Vietnamese, 23) became distressed and said 'they will kill my parents because I am here and cannot pay'. Says he was caught in a cannabis house. Referred to NRM.""",
  "it db | | C | m")
T("""Debrief, first person (Romanian woman, 41): I worked in a flower packhouse in Lincolnshire in 2017 and 2018. The agency was fine. I say this because my friend Cristina worked for a different man who took her card and she never saw her money. For me there was no problem, I had my card, I chose my house. I was tired because it is hard work, 10 hours, but I had two days off. The man who took Cristina's card also drove her to the factory and charged her. I tried to help her but she said he would hurt her if she went to the police. This was a long time ago; she went back to Romania in 2019 and now she is married. I give you her number if you want.""",
  "ww it | ncw ct | L | m")
T("""Report, Crimestoppers: 'There's a house in Stoke where girls are brought at night, one of them looked about 15, a man with a gold tooth takes them in and out, and they never come out by themselves'.""",
  "av rm | rmv et | S | h")
T("""Officer note: Spoke to Moldovan male at petrol station who asked for help in broken English. He said he was promised work in a hotel in Scotland but was taken to a farm where he was told he owes £1,200 for transport and housing. He showed us a notebook where the 'boss' writes his debt: it goes up each week. He said the boss keeps his passport.

He had a small rucksack with one T-shirt and a phone without a SIM. He said he had slept in a shipping container with five other men and that they work in the fields 'from light to dark'. He said nobody hit him. He did not want to go back to the farm and asked to be taken to Glasgow where his cousin lives. Reception centre arranged via Migrant Help; NRM referral with consent.""",
  "de db rd ac eo | dt fpe oc sw lh | L | h")
T("""Intel log: Address 33 Canal St has a sign 'rooms for workers'. Landlord advertises on Polish Facebook groups. Rooms cost £100/week. Landlord not linked to any employer. No further info. 3/C/P""",
  "| | | l")
T("""Caseworker note: client (Albanian male, 22) disclosed that while working at a car wash in Essex in 2021 he was paid £30 a day for 12 hours, and the owner kept his ID card in the till. He left after four months and went to a friend. He describes no violence or threats. He now has a job in a bakery and his own documents.

He says the car wash owner drove them home each night to a flat where seven of them lived, but they could go out on Sundays. When he asked for his ID card the owner gave it back after three days 'because you are leaving anyway'. He says he would like the money he is owed but does not want to go to court. Advice given about the Employment Tribunal and the NRM; he declined an NRM referral. Duty to Notify submitted.""",
  "ww rd eo | dt lh | L | h")
T("""Woman approached PCSO in Peterborough asking how to get to the Lithuanian embassy. Says she left a job at a vegetable factory because the man who brought her to England kept her bank card and she has no money. She is staying with a friend. Referred to Salvation Army.""",
  "ww | ncw | L | m")
T("""GLAA inspection note: shellfish gathering gang on Morecambe Bay. Workers from Romania, no safety equipment, no tide tables, told to work until dark. Gangmaster pays per kilo but 'holds back' half 'for the end of the season'. Workers sleep in a caravan at the back of a pub.""",
  "ac eo ww | lh plc | L | h")
T("""She says she left her husband in 2019 after years of him controlling her money. She now lives with her children in Newport and works as a teaching assistant. She was referred here by mistake. No exploitation.

The referral was made because her former husband's name came up in a case about a car wash. She says she has never worked for him or in his business and he never took her documents. She has had no contact with him since the divorce. She does not need support from this service. Case closed.""",
  "| | | l")
T("""Debrief, interpreter's voice (Vietnamese, female, 17): She says her aunt sent her to England to 'study and work in a nail shop'. She travelled with a man who said he was her uncle. In London she lived with a couple who owned a nail bar and she worked there from opening to closing every day. They said her wages were being sent to her aunt. She was not allowed to go out alone and slept on a sofa bed in their living room. She says they did not hit her. A customer noticed she was young and called the police. She says she wants to keep doing nails but 'for money in my hand'.""",
  "av de ww eo rm | lh rmv ncw | L | h")
T("""Police log 03:10: Call from hotel night porter - young Asian female in lobby, barefoot, crying, says a man took her phone and she doesn't know where she is. Man staying in room 214. Officers en route.""",
  "is | iso | | i")
T("""Follow-up (hotel night porter call): Female is 22, Thai, says she met the man online and came for a holiday; they argued and he took her phone. Phone recovered. Assault investigated. She flies home Friday. No exploitation identified.

She told officers she is a nurse in Bangkok and has been to the UK before. She had her passport and return ticket in her handbag the whole time. The man had booked the hotel for both of them. She did not want to make a statement. Advised of support services for victims of domestic abuse.""",
  "| | | l")
T("""INT: Pakistani national 'MALIK' holds 'job fairs' in Manchester offering student visa holders shifts at his warehouse. Students paid £4/hr cash, told if they complain he will report their overworking to the Home Office. 2/C/P""",
  "av ww it | | L | h")
T("""Bank alert (money mule): A 15-year-old school pupil's account received £9,000 in 3 days, all sent on. Pupil told the school the money belonged to 'a lad from the park' who said he'd 'sort him out' if he closed the account.""",
  "av it | | C | h")
T("""Statement of victim (British female, 19, first person): I met him when I was 17, in the chicken shop. He said I was beautiful and bought me things. When I moved in with him he started asking me to 'help' him by driving drugs to Cornwall. Then he said I had to sleep with his friend because he owed him. He kept my bank card 'because I'm rubbish with money'. When I said I would go to my mum's he smashed my phone and punched the wall by my head. I got out when the police stopped my car and the officer was kind to me.""",
  "av pv ww it is | ncw iso | C S | h")
T("""Outcome note: the Cornwall driving case - suspect charged with controlling prostitution and s2 MSA. Victim now back with mother. Has a new bank account.""",
  "| | | l")
T("""Tip-off from Amazon driver: 'There's a house on Wellington Rd, every time I deliver a man in his 50s answers and there's always like 10 pairs of work boots in the hall and a list on the fridge with names and numbers, I think they are debts? one lad asked me for my phone to call his mum.'""",
  "| oc | | l")
T("""Caller (woman, 35) says she works as an au pair for a family in Richmond. She gets £100 a week pocket money, her own room, weekends off, and attends English classes. She called to ask whether the family can keep her passport for the visa renewal. Advised she should keep it herself; family agreed and returned it the same day.

She said the family are very kind, the children are 4 and 7, and she works mornings and two evenings a week. She has been to Edinburgh with friends on her weekend off. She is going home to Valencia at Christmas. She was only worried because a friend had told her a story about au pairs being 'trapped'.""",
  "| | | l")
T("""Au pair (Spanish, 20) contacted helpline: family in Guildford make her work 7am to 10pm every day caring for triplets and cleaning, give her €50 a month, and say if she leaves they will tell the agency she stole. She has her passport. She eats separately from the family.""",
  "eo ww it | lh | D | h")
T("""POI Vasile MOCANU - suspected of supplying Romanian women to 'massage' premises in Reading. Women transported weekly from Bucharest by minibus. MOCANU keeps their ID cards. No disclosures from women. 2/C/P""",
  "rd | dt et | S | h")
T("""He says: 'Nobody made me. I wanted to come. But they lied about everything - the job, the money, the house. The house was 20 men and rats. The money was nothing after rent and van and boots. I could leave, yes, but to where?'

Interpreter's note: he is Bulgarian, 51. He came through a recruiter in Plovdiv in 2022 and worked at a meat plant near Wisbech. He is now working for a different agency which pays him properly and lives with his son. He wanted us to know because the recruiter is still advertising.""",
  "de ac ww | oc plc ppe ct | L | h")
T("""Licensing inspection: waste recycling plant, Birmingham. No operator licence required. Staff employed directly, H&S adequate. One worker disclosed he had previously (2020) worked at another site where the boss had taken his passport; that site is now closed. Intel submitted.

The worker, Pavel, 44, says at the old site the boss kept the passports of all workers in a filing cabinet 'for the insurance'. He was paid and lived in his own rented room, and says he was not threatened. He got his passport back when he left after a year. He now has no concerns and likes his current job.""",
  "rd | dt | L | m")
T("""Community officer note: Romanian Big Issue vendor outside M&S, registered, badge shown, keeps her earnings, lives with her family. No concerns.""",
  "| | | l")
T("""Report from a charity shop manager: a woman who volunteers here told me that the family she lives with in Bradford make her look after their disabled son 24 hours a day, she only gets time to come here because the mum drops her and picks her up, she says they have her passport and she 'owes' them for her flight from India. She is always very polite and has never said anyone hits her. She wears the same cardigan every week. She told me the son needs to be turned in the night so she sleeps on a chair in his room. She asked me to look after her bag because she said she has nowhere private to keep anything. I have her first name only, it is Priya.""",
  "eo rd db | lh dt et ce fpe | D | h")
T("""Debrief (first person, Sudanese man, 35, Arabic interpreter): I will tell you the truth, in the UK nobody forced me. I came in a small boat. I stayed in a hotel in Bournemouth. A man at the hotel said I could earn cash picking up rubbish at festivals. I went three times, he paid me £70 each day, he drove us there and back, he never asked for money, he didn't touch my documents. Then I stopped because my solicitor said it could hurt my asylum claim. I am only here because my friend was arrested and gave my name.""",
  "| | | l")
T("""Intel: 12 x bank cards in different Polish names found in the glovebox of a car driven by Krzysztof NOWAK during a stop in Corby. NOWAK said the cards belong to his 'workers' and he 'looks after their wages' while they are at the factory. Workers not located. 2/A/P""",
  "ww | mbc ncw | L | m")
T("""Anonymous letter: I work at the packing factory on the industrial estate. A few of the agency workers on my line are scared of their 'boss' who is not from the agency. He waits at the gate, takes them home, and they are not allowed to talk to us in the canteen. One cried and told me her 'boss' took her passport and the money goes to his account. She said he slaps her if she talks to English people.""",
  "rm is rd ww pv | et rmv iso dt ncw | L | h")
T("""Officer note: Welfare check at address named in anonymous letter. Female, 27, Czech, present with the 'boss' (her partner). When seen alone she said she was fine and did not want help; she would not answer questions about her passport. Intelligence submitted, Duty to Notify not completed as no disclosure. Further visit planned.

Officer noted the partner stood in the doorway during the whole conversation and twice answered for her. She had a bruise to her wrist which she said happened at work. Her manager at the factory says she is a good worker and is paid into her own account as far as he knows. Concern remains but no disclosure at this point.""",
  "| sfw pa | | l")
T("""Follow up: On the second visit, the Czech female disclosed her partner takes all her wages and hits her. Safe accommodation arranged, partner arrested for assault and s1 MSA.""",
  "ww pv | ncw | L | h")
T("""Organ trade (Interpol notice summary): A network in Egypt recruited Sudanese migrants in Cairo, promising them passage to Europe in return for a kidney. Several victims were abandoned after the surgery without payment or travel. One victim now lives in the UK and gave evidence.""",
  "av de ww | | O | h")
T("""GP note: Patient (Moldovan, 29) has a large scar on his flank. When asked, he says he 'sold a kidney in Istanbul for my sick mother' in 2016, was paid as agreed, and regrets it. He lives in London with his wife, works as a builder. No current concerns.

He says a friend of a friend arranged it and he went alone. He says he was treated well at the clinic and came home after a week. He is embarrassed and asked the doctor not to tell his wife. Renal function monitored yearly. He gave permission for this to be recorded for the MS lead's information.""",
  "| | O | m")
T("""Statement of witness (taxi driver): For about a year I've taken the same three girls from a flat in Bolton to different addresses at night. Always booked by the same man, he pays, he tells me where to go and when to fetch them. They never have money and they never talk. Once one of them asked me what town we were in. I never saw them hurt and they never asked me for help, but they always looked at the floor. When I asked one of them if she was OK she looked at the phone, which was on a call the whole journey. The man's number is saved in my app as 'Sam Bolton'. I stopped taking the jobs in March.""",
  "is | et iso ncw | S | h")
T("""Caller says his Romanian employee has asked him to look after his passport and bank card because he keeps losing things. Caller wants to know if that is allowed. Advised the worker should keep them himself or use a safe deposit; caller agreed to give them back.

The employee confirmed by phone that he asked for this himself after losing his wallet twice. He was happy to take them back. He works 40 hours, lives with his partner and has no debts to the employer. No exploitation. Advice sheet emailed to the employer on safe practice.""",
  "| | | l")
T("""CCE referral (YOT worker): 15M tells me he was 'sent shotting' to Aberystwyth for a week, slept on a mattress in a flat with 'a crackhead', and was told he owed £2,000 when police seized the drugs. He says 'they know where my little brother goes to school'.""",
  "av db it ac | plc | C | h")
T("""Short log: IP (Vietnamese, 16) reports back to the police station that the 'uncles' who brought him have been waiting outside his foster placement in a car.""",
  "av it | | C | i")
T("""Construction company complaint: director says a rival firm undercuts them by using 'slave labour'. When asked what he has seen, he says the rival's workers are Eastern European and work Saturdays. No specific information. Not recorded as MS intel.

Officer explained that working Saturdays and being from Eastern Europe are not signs of modern slavery by themselves. The director was given the Modern Slavery Helpline number in case he has anything specific. No further action.""",
  "| | | l")
T("""Victim account (Romanian female, 25): 'He never took my passport, I had it all the time in my bag, and he never locked the door. But he took all the money from the clients, and he said if I go he will send the video to my village and my mother will die of shame. So I stayed two years in that flat in Birmingham.'

She says she was 23 when she met him. He rented the flat in his cousin's name. She says she saw around eight clients a day. She was not beaten. She left when her mother became ill and she used money a client gave her as a tip to buy a bus ticket. She does not know if the video still exists, and she is still afraid of it.""",
  "ww it | ncw | S | h")
T("""Referral note: client (Ukrainian, 45) under the Homes for Ukraine scheme. Her sponsor asked her to clean his office 'to help out' and she was happy to; he paid her cash. She then found a job in a hotel. She has her documents and her own bank account. She came for advice on her rights only.

Note: she asked because a friend in another scheme is being asked by her host to do 'all the housework' in exchange for the room. That friend has not been referred to us and the client did not describe any threats or pay issues. Client was given the details of the council's Homes for Ukraine team to pass on.""",
  "| | | l")
T("""Debrief (interpreter: Pashto). He says he is 17. He came through Iran and Turkey. In Bulgaria the smugglers kept them in a basement for a month and beat people who could not pay. In the UK a man from the smugglers took him to a takeaway in Peterborough where he washed dishes 14 hours a day, slept on the floor of the kitchen and got no money 'until the debt is gone'. He says he did not know the name of the town until the police told him.""",
  "av db pv rm ww eo ac is | lh sw iso rmv | L | h")
T("""A&E note: Male (Polish, 38) attended with infected wound on hand, says he is working for a farmer who 'didn't want to waste a day'. Patient later said he can leave the farm any time, gets paid weekly, lives in his own van. Treated, discharged, no safeguarding concerns raised.

Note: he mentioned that the farmer 'gave him a hard time' for taking the afternoon off but did not stop him and drove him back in the evening. He has a bank account, a UK address for his post, and has worked on farms in the area for eight seasons.""",
  "| | | l")
T("""Public report: theres a car wash behind the Shell garage, I heard the boss shouting at a lad 'you owe me, you work till you pay, you go nowhere' and then grabbed him by the neck. The lads sleep in the back in a caravan.""",
  "db pv rm | rmv sw | L | h")
T("""Note: the 'You owe me' car wash - visited. Two workers said they were paying off a loan for their flights at £50 a week and could leave; both had phones and passports. Owner warned about assault. Monitoring.

The workers said the owner had shouted at the lad because he had damaged a customer's car. The lad himself said the owner 'went too far' but he does not want to make a complaint. They sleep in the caravan two nights a week when they work late, and otherwise live in a house in Leyton. Owner given a warning and the assault is recorded.""",
  "db pv | sw | L | h")
T("""Duty to Notify (police): Adult female, 32, Albanian, declined NRM. Says she was brought to the UK by a boyfriend who made her work in brothels in Newcastle and Sunderland for 18 months. Says he kept her passport and all her earnings and hit her. She has now left and lives with a friend. She does not want to be named.

She says she had been in the UK a month when he told her she had to 'help with money'. She was moved between the two cities by train with him each week. She says she kept working because he told her that her family would find out what she was doing. She left when he was arrested for something unrelated. She has her own phone now and is attending an English course. She says she is not currently at risk but is worried he will be released soon.""",
  "rd ww pv it | dt ncw et | S | h")
T("""Fire service referral: Fire crew found 9 men sleeping in a converted commercial unit above a laundrette in Hackney, only exit a ladder. Men are Indian nationals, say they work in the laundrette for 'the owner' and in his other shops. None would give their names. Owner arrived and told them not to speak.""",
  "ac | oc sw plc sfw fa | L | m")
T("""Safeguarding referral (A&E, Manchester): 17F with drug overdose, says she lives with 'friends' who give her drugs, and she 'works' for them. Refused to say what work. Has bruising to arms. Left before police arrived.""",
  "av | pa | | h")
T("""Officer note: 'Unusual travel times' report about a minibus collecting workers at 04:30 from a street in Spalding. Checked with GLAA - licensed provider, early starts for the daffodil harvest, workers pay nothing for transport. No concern.

The caller was told this is normal during the harvest and the early start is to avoid the afternoon heat. The workers live in a licensed caravan park on the farm with a shop and laundry. Caller thanked officers and said she will stop worrying about the minibus.""",
  "| | | l")
T("""Debrief (Indian female, 32, via interpreter): She says she married a man from Leicester through a marriage bureau. After she arrived, her in-laws said she was a servant in the house. She cooked, cleaned and worked unpaid in the family's sari shop every day until late. She was never allowed to go out without her mother-in-law, and the family kept her passport and marriage certificate. She says they threatened to send her back to India 'divorced and shamed' if she told anyone. She was not physically hurt.""",
  "de eo ww rm rd it | lh rmv dt | D L | h")
T("""Case closed (Salvation Army): client has returned voluntarily to Slovakia with reintegration support. He has his ID, his money and a job with his cousin.""",
  "| | | l")
T("""Intel: Males at 'Fresh Cuts' barbers, Cardiff - young Kurdish men say the owner paid for their journey and keeps half their wages 'for the debt', which he says is £10,000 each. They live upstairs. 2/B/P""",
  "db | sw | L | m")

# ---------------- build + validate ----------------
def parse(labels):
    parts = [p.strip() for p in labels.split("|")]
    assert len(parts) == 4, labels
    ind = [IND[c] for c in parts[0].split()]
    sig = [SIG[c] for c in parts[1].split()]
    typ = [TYP[c] for c in parts[2].split()]
    return ind, sig, typ, RISK[parts[3]]

def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh19.jsonl")
    rows, warn = [], []
    seen = set()
    for n, (text, labels) in enumerate(DATA, 1):
        ind, sig, typ, risk = parse(labels)
        assert len(set(ind)) == len(ind) and len(set(sig)) == len(sig) and len(set(typ)) == len(typ), labels
        assert text not in seen, text[:60]
        seen.add(text)
        rid = "f19-%03d" % n
        if (ind or typ) and risk == "low": warn.append((rid, "labels but low"))
        if not ind and not typ and risk != "low": warn.append((rid, "nothing but " + risk))
        if len(ind) >= 3 and risk not in ("high", "immediate"): warn.append((rid, "3+ ind but " + risk))
        for s, i in (("documents_taken", "retention_of_documents"), ("restricted_movement", "restriction_of_movement"),
                     ("long_hours", "excessive_overtime"), ("isolated", "isolation")):
            if (s in sig) != (i in ind): warn.append((rid, "pair %s/%s" % (s, i)))
        rows.append({"id": rid, "text": text, "indicators": ind, "signs": sig, "exploitation": typ, "risk": risk})
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    for w in warn: print("WARN", *w, file=sys.stderr)
    return out

if __name__ == "__main__":
    main()

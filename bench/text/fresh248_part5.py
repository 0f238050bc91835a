"""fresh248 part 5: longer reports (intelligence, visits, strategy meetings, emails)."""


def add(T):
    T("INTELLIGENCE REPORT 5x5x5 - Grading 2/B/P. Subject: Op CLOVER - hand car washes, Wirral. "
      "Source reports that POI Besnik DOKA (DOB 02/07/1985) runs three hand car washes: Chester Street "
      "Birkenhead CH41, Leasowe Road Wallasey CH45 and New Chester Road Bromborough CH62. Workers are "
      "Albanian and Kurdish males aged 18-30, housed at two addresses on Laird Street in rooms of four to "
      "six. A grey Ford Transit (reg KN19 VXA) collects them at 0700 and returns them at 2030. Workers are "
      "paid £250 a week on paper but source states DOKA takes £150 back in cash for 'rent and the van'. "
      "New arrivals are told they owe £4,000 for being brought from France. DOKA holds the passports of "
      "new arrivals 'until the debt is down'. Source has seen DOKA slap a worker across the face at the "
      "Wallasey site for taking a break. Workers are told that if they go to the police they will be "
      "deported and that DOKA's cousins in Albania know where their families live. Source states the "
      "workers have no gloves or boots and use acid-based wheel cleaner with bare hands. Recommend: GLAA "
      "joint visit, HMRC NMW referral, financial checks on DOKA.",
      "WW DB RD PSV IT AC EO", "OA CE NCW UF DT CT LH", "L")
    T("Email to the Merseyside Police MSHT team from a resident of Southport: 'Dear Sir/Madam, I am "
      "writing because I am worried about the young men who work at the car wash on the corner near me. I "
      "have lived here 20 years. Over the last few months I have noticed that the same three or four lads "
      "are there every day from first thing until it is dark, seven days a week, in all weathers. They are "
      "very thin and one of them has been wearing the same tracksuit for weeks. A car comes for them at "
      "night. I took one of them a cup of tea and he said thank you but then looked round quickly as if he "
      "was worried he would be seen talking to me. Another man, who I think is the boss, came over and told "
      "me they are 'busy'. I do not want to get anyone into trouble and it may be that they are just hard "
      "workers, but I read about modern slavery on the news and I thought I should say something. Kind "
      "regards, Mrs J. Tattersall.'",
      "EO", "LH PA CE FA", "L")
    T("Minutes of Strategy Meeting (Knowsley MASH), Child L (15). Present: Social Worker (chair), DC "
      "Morris (CEU), school DSL, YOS, CAMHS. Background: L has been missing from home on 9 occasions since "
      "August, on 3 occasions found outside Merseyside (Kendal, Lancaster, Preston). On the last occasion "
      "L was found in a flat in Lancaster with class A drugs and £640. L has told his YOS worker he 'owes' "
      "a man known as 'Skinny' £2,500 because a parcel was lost when he was robbed, and that Skinny has "
      "said he will 'do' his older sister if he does not pay. L has a healed stab wound to his thigh which "
      "he says happened in Lancaster. Mum reports men sitting outside the house in cars at night. L does "
      "not want to engage with police and says 'grasses get hurt'. Actions: NRM referral (police), "
      "disruption plan, CAWN notices on identified adults, consider relocation, daily welfare checks.",
      "AV DB IT PSV", "PA FA", "C", "high")
    T("Licensing visit report - St Helens Council / Merseyside Police, Friday night. Premises: 'Lucky "
      "Dragon' takeaway, Duke Street WA10. Purpose: joint visit following anonymous complaint that staff "
      "were 'living in the kitchen'. Findings: four staff on duty (2 family members of the owner, 2 "
      "employed kitchen assistants). All staff were spoken to separately with an interpreter. Both kitchen "
      "assistants produced their passports and BRPs from their own wallets, showed payslips for 30-38 hours "
      "a week at above NMW, and live at addresses in Thatto Heath with their partners. The upstairs storeroom "
      "was checked; it contained stock only and no evidence of anyone sleeping there. Hygiene rating 4. "
      "No modern slavery indicators found. Complaint believed malicious, linked to a dispute between "
      "rival takeaways.",
      "", "", "")
    T("INT 2/B/P. Op CHARIOT - adult services, Liverpool city centre. Analysis of 42 adverts on an adult "
      "services website over 6 weeks shows that 11 women advertised from apartments on Duke Street, "
      "Hanover Street and Mann Island share 3 contact numbers and 2 sets of text (same spelling mistakes). "
      "Women rotate between Liverpool, Leeds and Newcastle on a weekly basis. Test purchase (text only) "
      "received replies in English from a number attributed to a male, Florin STAN (DOB 14/11/1990), who "
      "negotiated price and time on behalf of 'the girl'. Apartments are booked through a short-let "
      "platform in STAN's name and paid for by one card. Financial intel indicates the women's earnings are "
      "deposited into accounts controlled by STAN's partner. No direct evidence of violence at this stage. "
      "Recommend welfare visits with interpreters and support organisations.",
      "WW", "SFW NCW MBC", "S")
    T("Statement of PC 7721 MASON. On Tuesday at approximately 1430 hours I attended a residential "
      "address on Stanley Road, Bootle L20 following a report from Merseyside Fire and Rescue of a "
      "house in poor condition. On arrival the door was opened by a male who identified himself as the "
      "landlord's 'manager'. Inside, I saw that the ground floor rooms each had between four and six "
      "mattresses on the floor. There was black mould on the walls, a strong smell of damp and the kitchen "
      "had no working cooker. I counted 19 pairs of work boots in the hall. I spoke to two occupants who "
      "were present, both Romanian males, with the assistance of Language Line. The manager repeatedly "
      "interrupted and tried to answer on their behalf. When I asked him to leave the room, the occupants "
      "told me they work at a chicken factory and pay £70 a week each for the bed, deducted from their "
      "wages by the agency, and that they were brought from Romania by the manager's brother. They said "
      "they were happy to work but the house was 'very bad'. They did not disclose any threats or "
      "violence. I made referrals to the local authority housing team and the GLAA.",
      "AC", "OA PLC SFW", "L")
    T("Message from a parent via the Merseyside Police website: 'my daughter is 14 and i have found "
      "messages on her phone from a man who says hes 17 but the photos look older. hes been buying her "
      "stuff, vapes, clothes, top ups and saying she owes him now and she has to meet his mates. shes "
      "been coming in at 2 and 3 in the morning and lying about where she has been. last week she came "
      "home with a love bite and her lip split and wouldnt talk to me. she says if she tells anyone he will "
      "send pictures of her to her whole school. please can someone help i dont know what to do, we live "
      "in Netherley.'",
      "AV DB IT PSV", "PA", "S", "high")
    T("GLAA Inspection Report (summary). Licence holder: North West Fresh Staffing Ltd, Bootle. Reason: "
      "compliance inspection. The inspection found that the labour provider supplied approx 120 workers to "
      "a vegetable packhouse in Burscough. Workers interviewed (18) were all paid at or above NMW; holiday "
      "pay was correctly calculated; transport from Bootle and Kirkby is provided free of charge by the "
      "client. Workers confirmed they hold their own documents and may leave the transport and arrange "
      "their own travel if they wish. Accommodation is not provided. Two workers complained about "
      "long shifts in peak season (up to 11 hours); records show these are voluntary and paid overtime. "
      "Outcome: licence retained, no additional conditions. Minor advice issued on payslip clarity.",
      "", "", "")
    T("NRM referral narrative - First Responder: Salvation Army. PV is a 46-year-old Polish man, Adam, "
      "found sleeping in a tent behind a retail park in Kirkby. Adam was recruited in Gdansk in 2021 by a "
      "Polish couple who promised him work in a recycling plant, a room and help opening a bank account. In "
      "the UK the couple took him to a bank in Liverpool, opened an account and kept the card and PIN. They "
      "registered him at an agency and he worked at a waste sorting site for 18 months, 50-60 hours a week, "
      "sorting rubbish by hand. He was given £30 a week and food. He lived in the couple's garage in Kirkby "
      "with two other Polish men, with a camping toilet and no heating. The couple told him he owed them "
      "for the flight and the paperwork and that he could not leave until it was repaid. When he got ill "
      "the man kicked him and told him to get out. He says he has never had a payslip. He drinks heavily "
      "and the couple bought him vodka 'to keep him quiet'.",
      "DEC WW DB EO AC PSV AV RM", "NCW LH PLC UF RMS", "L")
    T("101 webchat transcript (extract). Customer: hi i want to ask about something. my mate works in a "
      "warehouse in Speke for an agency and they make him pay £15 a week for the bus and £30 for his boots. "
      "is that allowed. Advisor: Thank you for contacting Merseyside Police. Can I ask if your friend is "
      "being forced to work or is prevented from leaving? Customer: no hes not forced hes from Huyton he can "
      "leave whenever, its just the agency is tight. he gets paid minimum wage. Advisor: It sounds as though "
      "this may be an employment matter; I can give you details for ACAS and the Employment Agency Standards "
      "Inspectorate. If anything changes, for example if he is threatened or not paid, please contact us "
      "again. Customer: ok ta.",
      "", "CT PPE", "")
    T("INT 2/B/P. Op NORTHERN VEIL - CSE, Wirral. Intelligence indicates a group of 4-5 males aged "
      "19-28 based in Birkenhead are targeting girls aged 13-15 from children's homes in Wirral and "
      "Cheshire. Girls are contacted on Snapchat, picked up in cars and taken to a flat above a shop on "
      "Conway Street where they are given cannabis and alcohol and 'passed around'. One girl (Child X, 14) "
      "has disclosed to a carer that she was raped by two of the males and that she was told she 'owed' "
      "them for the weed. The males tell the girls not to talk to police or carers and have posted images "
      "of one girl on a group chat as a warning. Names: Jordan PRICE, Kyle 'K-Dog' ROSS, one unknown "
      "'Liam'. Vehicles: black Seat Leon (reg CX18 WHP). Risk: HIGH.",
      "AV PSV DB IT", "ET", "S", "high")
    T("Email from Liverpool ONE store manager: 'I'm writing about a member of our cleaning contractor's "
      "staff. She's Brazilian, in her 50s, and always very polite. She told one of my team today that her "
      "boss at the cleaning company owes her three months' wages and that when she asked for it he said "
      "she would be reported to immigration because her visa has expired. She's still working because "
      "she's afraid of losing the job. She said she is not locked in or anything like that, she lives "
      "with her daughter, but she has no money for food. I'm not sure if this counts as modern slavery but "
      "thought you should know. She asked me not to give her name to the company.'",
      "WW IT AV", "FA", "L")
    T("Debrief - DC HUGHES, MSHT unit, following warrant at a three-storey house in Toxteth (L8). Entry "
      "at 0600. 7 females located, aged approx 19-35, nationalities Romanian (4), Hungarian (2), one "
      "British. Bedrooms set up as 'treatment rooms' with condoms, baby wipes and a card machine in each "
      "room. A ledger in the kitchen recorded 'bookings' and 'debts' against each woman's first name, with "
      "sums between €800 and €6,000. Women's passports and ID cards (6) found in a locked filing cabinet in "
      "the room of the male suspect, Gheorghe L. (39), who was arrested along with a female suspect (41) "
      "who the women called 'Mama'. Three of the women said they had not been outside the house for "
      "weeks except when driven by Gheorghe to a new address. One had a bruise to her cheek and said she "
      "'fell'. The British woman said she worked there voluntarily and left when she wanted. All females "
      "were offered support; 5 accepted and are now with the Salvation Army.",
      "RD DB RM", "DT RMS ET PA", "S")
    T("Neighbourhood policing team - Sefton - briefing note. Over the past month officers have received "
      "several calls about groups of men waiting at the corner of Linacre Road and Hawthorne Road at "
      "around 0500. Patrols have spoken to the men on three occasions. They are Bulgarian and Romanian, "
      "work for agencies at food factories in Kirkby and Skelmersdale, and are waiting for the agency "
      "minibuses. They say the transport is free, they rent privately with their families, and they hold "
      "their own documents. Two men said they had been asked by a third party for 'fees' to get on the "
      "agency's books but had refused and registered directly. No exploitation has been identified. "
      "Officers will continue to engage and have left leaflets in Bulgarian and Romanian.",
      "", "CE", "")
    T("NHS - Mersey Care safeguarding referral. Patient: female, 24, British, known to mental health "
      "services (EUPD, previous self-harm). During an inpatient stay she disclosed that for the last year "
      "her former partner's brother has been letting her stay in his flat in Speke 'for free' but that in "
      "return she has to hold drugs and cash and travel by train to Rhyl with packages. She says he "
      "controls her phone and she is not allowed to see her family. She said that last month when she "
      "lost £300 he burnt her arm with a lighter. She is due to be discharged on Friday and says she has "
      "nowhere to go but back to him.",
      "AV ISO PSV", "IS PA", "C")
    T("Letter (scanned) received at Merseyside Police HQ, Canning Place, handwritten, English is not "
      "the writer's first language: 'Dear police. I am writing for my brother Andrei. He work in "
      "Liverpool for man called Mihai on the roof of houses. Mihai take passport of Andrei when he arrive "
      "and say it is for the bank. Andrei work every day, Saturday also Sunday, from 6 in the morning to "
      "the night. Mihai pay him 150 pound only for one month. Andrei live in house with many men, 5 in "
      "one room, the house is very dirty, no hot water. Andrei call me from phone of other man because "
      "Mihai take his phone. He is afraid. He say Mihai have knife and say he kill anyone who go away. "
      "Please help him. Address I think is in Walton, near the football stadium. Thank you. Elena.'",
      "RD EO WW AC ISO IT", "DT LH OA PLC IS FA", "L")
    T("Case review (Merseyside Police PPU) of concern report re: 'Lucy' (26), learning disability, "
      "Huyton. Lucy's support worker reported that Lucy's new boyfriend had moved into her flat and that "
      "Lucy had lost weight and seemed withdrawn. Officers visited with the support worker. Lucy was seen "
      "alone and said she is happy, that her boyfriend works at a warehouse and pays half of everything, "
      "that she keeps her own bank card and goes to her day centre three days a week. The boyfriend "
      "attended voluntarily and was cooperative. GP confirms weight loss is linked to a change of "
      "medication. No evidence of exploitation, financial abuse or coercive control. Case closed with "
      "advice to support worker to re-refer if anything changes.",
      "", "", "")
    T("Report from British Transport Police, Liverpool Lime Street: at 2215 officers noticed a girl, "
      "approximately 14, alone on platform 7 waiting for the last train to Preston, carrying a "
      "rucksack. She gave a false name and said she was visiting her aunt. Her phone received constant "
      "calls from a contact saved as 'M'. A search found £300 and 15 wraps of what is believed to be crack "
      "cocaine inside a sock. She has been reported missing by her carers in Everton since yesterday. She "
      "has been taken to a place of safety. She would not explain who gave her the drugs but kept saying "
      "'they'll kill me'.",
      "AV", "FA", "C", "high")
    T("INT 3/B/P. Organ harvesting - intelligence received via NCA from a partner agency abroad. A "
      "Liverpool-based broker, believed to operate from a travel agency on Smithdown Road, allegedly "
      "arranges for UK patients needing kidneys to travel to a clinic overseas. 'Donors' are said to be "
      "poor young men from the same country who are paid a fraction of what was promised and are "
      "sometimes pressured by threats against their families to go through with the operation. No "
      "UK victims identified. Intelligence is uncorroborated.",
      "DEC AV IT WW", "", "O")
    T("Nightsafe / Street Pastors report, Concert Square, 0200 Sunday. Team supported a young woman, 19, "
      "very drunk, lost her friends and her phone. Walked her to the taxi rank and she got home safely. "
      "Friends later contacted the team to say thank you. She was not with anyone suspicious and there "
      "were no exploitation concerns, just a big night out.",
      "", "", "")
    T("Email from the manager of a food processing factory in Knowsley Industrial Park to Merseyside Police: "
      "'We use an agency for about 40 of our production line staff. Yesterday one of the Romanian workers "
      "came to our HR office in tears. She says the agency's 'supervisor', who also drives the minibus and "
      "lets them the house in Kirkby, takes her bank card every payday and gives her £60 from her wages. "
      "She says the same happens to the other women in the house (there are 8 of them in a 3-bed). She "
      "said she was told she owes £1,000 for the 'job' and the minibus. She asked us not to tell the "
      "agency because she says he has threatened to send her back. We have suspended the agency pending "
      "investigation. We have her details and she is willing to speak to you.'",
      "WW DB IT AC", "NCW OA UF CT", "L")
    T("Merseyside Police Control Room log 19:22 - Caller: Mr DAVIES, 07800 553 210. Location: McDonald's, "
      "Edge Lane Retail Park. Caller states a young man has just come to the counter and handed staff a "
      "note in English that reads 'Help me. I am kept in house. I work no money. Boss is outside in car'. "
      "Man appears to be of South Asian origin, approx 20s, thin, wearing dirty work clothes. A silver "
      "Toyota Avensis is waiting in the car park with a male driver. Caller has taken the young man into "
      "the staff room. Officers dispatched, grade 1. Caller advised to keep him inside and not approach the "
      "vehicle.",
      "RM WW", "RMS PA ET", "L", "immediate")
    T("Sefton Council Children's Services - Return Home Interview. Child R (15) was missing for 36 hours. "
      "He says he was 'at a mate's'. He later told the RHI worker he had been driven to Wrexham by two men "
      "he knows 'from the estate', made to stay in a flat and sell 'bits' until the phone was 'dry'. He says "
      "he was not hurt and that he 'chose to go' because they pay him £100 a day. He said they took his "
      "own phone while he was there 'so no one could ring him'. He has been warned not to tell anyone. RHI shared with the MACE panel and the police missing from home coordinator; mum has been given advice on reporting and on the signs to look out for.",
      "AV RM ISO IT", "RMS IS ET", "C", "high")
    T("Statement from a Birkenhead shop owner, taken by PCSO 9012: 'There's a lad who comes in every "
      "morning about six to buy cigarettes for the men at the car wash over the road. He always has a "
      "list and a £20 note, and he's never got any money of his own. He told me once he's from Iraq and he's "
      "been here a year. I asked him what he gets paid and he laughed and said nothing, the boss pays for "
      "the house. He's got no coat and it's November. He sleeps in a room at the back of the car wash with "
      "the others, I've seen the lights on at night. I'm not saying anyone's forcing him. He always seems "
      "happy enough. But it's not right, is it?'",
      "WW AC", "SW PA FPE", "L")
    T("Wirral Council Adult Safeguarding - s.42 enquiry outcome. Concern: neighbour reported that Mr T "
      "(68, early dementia) was being 'used as a slave' by his son who lives with him, because Mr T is seen "
      "gardening for long hours. Enquiry found Mr T enjoys gardening and has done so all his life, his son "
      "is his registered carer, his finances are managed by a Lasting Power of Attorney with a solicitor's "
      "oversight, and Mr T attends a day centre twice a week. Mr T said 'I'd be out there all day if they "
      "let me'. Enquiry closed - no abuse or neglect found.",
      "", "", "")
    T("INT 2/B/P. POI Connor WALSH (DOB 03/05/2001), Norris Green. Runs the 'Deano' line into "
      "Barrow. Uses at least three local 14-15 year old boys as runners, who are picked up from outside "
      "Ellergreen school by a private hire car booked by WALSH. Boys are paid in cash and trainers. One "
      "boy, known as 'Little T', was assaulted by WALSH with a baseball bat at a park in Croxteth after "
      "he was short £200 on his return. Source states WALSH has told the boys' mothers that if the boys "
      "stop working he will 'shoot the house up'. Intel shared with Cumbria. Recommend: CAWN consideration, joint work with Children's Services and the school, and safeguarding visits to the three boys' addresses.",
      "AV PSV IT", "ET PA", "C", "high")
    T("Joint visit - Merseyside Police, Home Office Immigration Enforcement and GLAA at a nail bar on "
      "County Road, Walton. Three workers present. The owner, a Vietnamese female in her 40s, said all three "
      "were her 'nieces'. Officers separated the workers. Worker 1 (20) said she had come to the UK in a "
      "lorry via Belgium, that she owed 'the people' £15,000 and that the owner gives her £100 a month and "
      "sends the rest to pay her debt. She lives upstairs with the other two. She said she does not go out "
      "because she does not know the area and has no money. Worker 2 and 3 gave identical accounts that "
      "they were 'visiting' and did not work there, which officers believed to be rehearsed. All three "
      "were offered the NRM; worker 1 accepted.",
      "DB WW ISO", "UF SW IS FA NCW", "L")
    T("Police log - Southport, 1145. A woman reported that her ex-husband has kept her passport and "
      "their children's passports after their separation. She is British, lives independently, works as "
      "a teaching assistant and is not under his control in any other way. She wants them back so she "
      "can take the children on holiday. Civil matter - advised to seek solicitor. Officers will attend "
      "to ask him to return them.",
      "RD", "DT", "")
    T("GLAA referral from a shellfish company in Southport. 'One of our cockle pickers, a Chinese man, "
      "came to us saying the gang leader who brings his group to the beach has not paid them for a month "
      "and charges them £10 a day for the van. He says they all live in a bungalow in Banks, 12 men, "
      "and the leader keeps their ID 'in case police come'. He says the leader sends them out even "
      "when the tide is dangerous and one man nearly drowned last week. We have never employed these men "
      "directly - we buy the cockles from the gang leader.' GLAA have asked Merseyside and Lancashire to assist with a joint visit at the next low tide.",
      "WW RD AC", "CT OA DT", "L")
    T("Report from a Liverpool primary school: 'Child G (9) told her teacher that her older cousin (16), "
      "who recently came from Romania to live with them, is not allowed to go to school because she has to "
      "clean the house and look after the babies. G said her cousin cries at night and that G's dad "
      "shouts at her and once hit her with a slipper. The cousin is never seen outside the house "
      "except when taking the children to the shop. School has contacted the local authority, who have "
      "no record of the cousin.' A strategy discussion has been convened for tomorrow morning and police will attend the address with a social worker and a Romanian interpreter.",
      "AV PSV RM", "RMS", "D", "high")
    T("INT 4/C/M - Unconfirmed. It is rumoured on social media that a 'Turkish barber' in St Helens town "
      "centre is 'full of illegals working for nothing'. Open source checks show the barbers has 5 staff, "
      "all with public social media accounts showing normal lives (holidays, family, football). The post "
      "appears to be malicious and racially motivated. No action.",
      "", "", "")
    T("Long incident log - 11/11 - Wallasey. 21:04 Caller (female, Polish accent) says her husband's "
      "workmate, 'Piotr', has turned up at their door with a head injury saying the 'boss' hit him with a "
      "shovel because he asked to be paid. 21:09 Caller says Piotr has lived in a caravan on the boss's "
      "land near Leasowe for 8 months, works laying drives, is paid 'sometimes £50' and the boss has his "
      "ID card. 21:15 Piotr is bleeding, ambulance requested. 21:17 Caller says the boss has been phoning "
      "Piotr and saying he will come and get him. 21:19 Units allocated grade 1. 21:40 Officers on scene, "
      "Piotr to Arrowe Park. Boss identified as Thomas C (55). Enquiries ongoing.",
      "PSV WW RD AC IT", "PA DT PLC", "L", "immediate")
    T("Merseyside Police Economic Crime - money mule referral. Santander has flagged 9 accounts opened "
      "within 2 weeks by Portuguese and Brazilian nationals, all giving the same address in Anfield and "
      "the same phone number. Each account receives wages from a cleaning agency and is then emptied at "
      "the same Anfield ATM by one man within hours. Three of the account holders contacted by the bank "
      "said they did not know their account had been opened and had 'given their documents to a friend "
      "to get a job'. The friend keeps 'all the cards'.",
      "WW RD", "MBC NCW DT", "L C")

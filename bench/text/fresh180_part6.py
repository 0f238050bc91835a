# fresh180 part 6: further long reports, and follow-up updates appended to earlier entries
def add(T):
    T("Organ harvesting referral, Home Office/NCA liaison, shared with South Wales Police. A "
      "Romanian woman, 24, living in Cardiff, contacted a charity after a man who had lent her family "
      "money in Romania told her she could clear the £6,000 debt by 'donating' a kidney at a clinic "
      "abroad. He has already booked her flight from Bristol and holds her ID card, which he took 'to "
      "arrange the hospital'. He told her that if she changes her mind her little brother will have to "
      "pay instead, 'one way or another'. She has been told not to tell her employer or her housemates. "
      "The flight is in nine days. She says she is terrified but feels she has no choice because her "
      "mother cannot pay. Charity supporting; NRM referral being made; NCA informed; officers to meet "
      "her today at a safe location.",
      "AV DB RD IT ISO", "DT FA IS", "O", "high")
    T("Renal unit, Ysbyty Glan Clwyd. A transplant nurse raised a concern about a patient's "
      "'donor', a young man the patient described as a 'family friend' from Pakistan. Concern was "
      "passed to the Human Tissue Authority's independent assessor, who interviewed the donor alone "
      "with an independent interpreter. The donor is the patient's nephew, a UK resident, fully "
      "informed, and no money or benefit has been offered or received. DNA test confirmed the family "
      "link as part of routine checks. Assessor content that there is no coercion or reward. The "
      "nurse was thanked for raising it. No modern slavery or organ trafficking concerns.",
      "", "", "")
    T("Long report, Gwent Police, Abergavenny. Officers were called to a house on the edge of town by "
      "a delivery driver who saw a young woman at an upstairs window holding up a sign saying 'HELP "
      "ME'. On arrival, the householder, a man in his sixties, said the woman was his wife's cousin "
      "from the Philippines who 'helps with the house'. Officers spoke to her alone. She said she came "
      "on a domestic worker visa with a family in Dubai, who brought her to Wales and then 'gave' her "
      "to this family. She cleans, cooks and looks after the man's disabled wife day and night, sleeps "
      "on a folding bed in the kitchen, and has not had a day off in eight months. She is paid nothing; "
      "she was told her salary goes to 'the agency' to pay her recruitment fee. Her passport is "
      "locked in the man's desk. The front door is kept locked and she has no key. She had a bruise on "
      "her cheek which she said the man's son gave her. She was removed to a place of safety, the "
      "passport was recovered and the man arrested.",
      "DEC EO WW DB RD RM PSV AC", "SW LH UF DT RMS PA NCW", "D", "high")
    T("Neighbourhood team, Llanelli. Reports on the local Facebook group of 'Chinese slaves' on the "
      "cockle beds were looked into with the Natural Resources Wales fisheries officer. On the next "
      "low tide 23 gatherers were checked on the beds at Llanrhidian and Penclawdd. All held valid "
      "cockling permits in their own names. The group the posts referred to were a family of "
      "British-Chinese cocklers from Burry Port who have fished the estuary for three generations, "
      "use their own tractor and sell to a processor in Penclawdd. They were amused. Nobody appeared "
      "to be controlled, unpaid or in debt to anyone. The admins of the group were asked to take the "
      "post down. No modern slavery concerns.",
      "", "", "")
    T("Case note, Swansea Council adult safeguarding. Mr P, 62, has a moderate learning disability "
      "and lives alone in a council flat in Blaen-y-Maes. A neighbour raised concern that 'a family "
      "have got hold of him'. On visit with a police officer, Mr P said a couple he met at the "
      "Salvation Army cafe now collect him every morning at 6 in their van and take him to clean "
      "holiday lets in Gower until 8 at night. He is given a sandwich and 'a tenner on Friday'. The "
      "woman has his bank card 'so it doesn't get lost' and his benefits have been drawn down to "
      "nothing every month. When asked if he could say no, he said the man told him he'd 'lose his "
      "flat' if he stopped. His flat had no food in the fridge and he was wearing the same clothes as "
      "the last visit. Strategy meeting called; police investigating.",
      "AV WW EO IT", "CE NCW LH PA", "L")
    T("Record of a professionals' meeting, Dyfed-Powys MSHT partnership, Haverfordwest. Present: "
      "police, Pembrokeshire CC, GLAA, Port of Milford Haven, Fishermen's Mission. Review of "
      "the last quarter at the ports: 3 referrals from Pembroke Dock, 2 from Fishguard. Two were "
      "closed with no concerns after the passengers were spoken to alone. One involved a crew member "
      "on a foreign-flagged scallop boat who said he had not been paid for four months and that the "
      "skipper kept his passport; he was repatriated with the help of the ITF inspector and the "
      "Mission. The other two remain under investigation. Actions: refresher training for ferry "
      "staff; posters in Polish, Romanian and Vietnamese at the terminal.",
      "WW RD", "DT", "L")
    T("Letter in Welsh, translated by the force's Welsh language unit. 'Annwyl Heddlu - I am writing "
      "because I am worried about the young man who works for my neighbour on the farm above "
      "Llanuwchllyn. He came from abroad last winter. He is out with the sheep from first light till "
      "dark, every single day, Sundays as well. He lives in the old dairy, which has no heating and a "
      "broken window. He has told my husband that the farmer keeps his 'papurau' and that he will be "
      "sent to prison if he goes to the police. He has asked to use our phone twice because he does "
      "not have one. I do not want my neighbour to know I wrote. Yn gywir, a local woman.'",
      "EO AC RD IT ISO", "LH PLC DT FA IS", "L")
    T("Long intelligence report, North Wales Police Organised Crime Unit. Operation 'Afon'. The "
      "Birmingham-based group using the line name 'MIKEY' continues to supply crack cocaine and heroin "
      "in Newtown, Welshpool and Machynlleth. The group sends two or three boys at a time from "
      "Handsworth, believed aged 15 to 17, by train to Shrewsbury, where they are collected by a local "
      "driver in a blue Ford Focus (YX15 KHL) and taken to cuckooed flats. Enquiries with Birmingham "
      "Children's Trust show that two of the boys are reported missing by their parents each time. One "
      "boy, stopped in Newtown, had £1,200 in cash and told officers he 'owes' the olders for a package "
      "he lost to a robbery; he has a fresh scar across his cheek. He said if he talks 'it'll be my "
      "little brother next'. Recommend joint operation with West Midlands Police; NRM referrals for "
      "all juveniles identified.",
      "AV DB PSV IT", "ET PA FA", "C", "high")
    T("Officer's note, Holyhead port. A coach arrived off the Dublin ferry with 38 passengers "
      "described as a 'work group' heading for a meat plant in Lancashire. Officers spoke to 12 "
      "passengers at random away from the group leader. All had their own passports and phones, had "
      "found the job through a licensed recruiter in Ireland without paying any fee, and had signed "
      "contracts in Portuguese. Accommodation was booked by the plant at a hostel, with rent at normal "
      "rates. They said they were free to leave at any time. No indicators identified; the coach "
      "was allowed to continue and the plant's details passed to GLAA for routine awareness.",
      "", "", "")
    T("Call handler log, Dyfed-Powys. 22:51. Caller is a taxi driver in Carmarthen. He has just dropped "
      "two young girls (he thinks 13 or 14) at the Travelodge with a man in his thirties who paid in "
      "cash. The girls were giving him directions from a text message and one said 'he said we have to "
      "do it or we can't go home'. The man met them in reception and took their phones off them. "
      "Caller is still outside. Grade 1, units and duty inspector informed.",
      "AV IT ISO", "IS", "S", "immediate")
    T("Welfare visit, Ceredigion Council. Elderly farmer, 84, living alone near Tregaron, reported by "
      "his nephew as being 'worked to death' because he still feeds the cattle every morning at 6. The "
      "farmer was in good spirits, said he has done it for 70 years and will stop 'when they carry me "
      "out'. He has a carer twice a day and his own money. No concerns.",
      "", "", "")


ADD = {
    218: "PNC and PND checks on the driver and the Transit (06-D-41327) were negative. The interviews "
         "were conducted away from the driver and the men were relaxed and joked with officers about the "
         "Welsh weather.",
    286: "She was given a leaflet in English and Welsh about workers' rights and the number for Citizens "
         "Advice Cymru. Supervisor agreed closure.",
    207: "The inspector notes that the accommodation list held by the company is for emergencies only "
         "and has not been used this year. Next inspection due in 12 months.",
    223: "Matter referred to the plant's HR department and to CID for the bribery allegation. Worker "
         "happy to give a statement and has been given the helpline number in case anything changes.",
    186: "Research: the Skoda (CF17 XWU) is registered to a hire company in Birmingham. Phone numbers "
         "from the neighbour match two adverts on an adult services website offering 'new girls, "
         "Roath'. Recommend observations and a welfare visit by the MSHT team with interpreters.",
    214: "Officers left leaflets in Vietnamese and English. Owners thanked for their cooperation.",
    221: "Firm owner showed the apprenticeship agreements and the college timetable. Closed by sergeant "
         "on review.",
    281: "The landlady accepted the explanation and apologised for the worry caused.",
    225: "Hosts were content with the outcome and have our number if anything changes.",
    219: "Actions: research on the van seen at the address; liaise with Western Power Distribution about "
         "bypassed meters in the area; consider an NRM referral for any young person found at a grow "
         "and an age assessment through children's services.",
    216: "Condition attached: unannounced inspections by the licensing team twice a year.",
    213: "Mum has been seen at home by a social worker. She says a car has been parked outside the house "
         "twice this week. Strategy discussion booked for tomorrow; missing from home protocol in place.",
    309: "The meat plant's HR department says the men are supplied by an agency called 'Prime Staff "
         "Solutions'. The GLAA is checking the agency's licence. Recommend a joint visit.",
    220: "Officers visited the next evening. The man said he is a fencing contractor and the young men "
         "are his employees. He answered every question again. Details recorded, intelligence submitted "
         "and the GLAA informed.",
    227: "The sponsor has been informed and is looking for more hours for him at a second farm. The "
         "details of the agent and the money lender have been passed to the GLAA.",
    185: "01:44 update: female located by the first unit at the bus station, conveyed to Glan Clwyd "
         "hospital. Interpreter booked. She has given a rough description of the house (a pub next "
         "door, a red door). Search ongoing for the address.",
    228: "Reply sent thanking him and explaining the signs to look out for.",
    211: "Officers recorded the caravans' details for the rural crime team's awareness.",
    231: "I have told his social worker and the exploitation team and we will complete an NRM referral "
         "together. His mam knows I have raised it.",
    226: "03:31 update: address identified on the Gurnos. Door forced, female found in a back bedroom "
         "and safeguarded. Three males arrested. Scene preserved.",
    209: "He asked me to say 'diolch' to whoever was looking out for him.",
    5: "M is now in MSVCC accommodation in Swansea and is receiving support. He is willing to give "
       "evidence against the woman who recruited him and the farmer.",
    167: "The family have since left the address in Cyncoed. Officers are trying to trace them through "
         "the letting agent. She is in a safe house.",
    154: "She was found after a neighbour called police about a row in the street. She is now in a "
         "safe house in another force area.",
    150: "The other three women at the address told officers that they were working for themselves, "
         "held their own passports and did not want help; they were given information and left. "
         "NRM referral submitted for the first woman.",
    282: "A joint visit by social services and police is planned, with an advocate present. Referred to "
         "the local authority's adult safeguarding team under the Social Services and Well-being "
         "(Wales) Act.",
    162: "The referral came from the school, after the teacher noticed the nanny crying at the gate. "
         "Officers are trying to make contact with her when she is alone.",
    222: "She does not want to pursue a prosecution at present. Referral to the IDVA service.",
    173: "He is in MSVCC support in Cardiff. He gave officers a description of the flat and of the man "
         "who called himself 'the doctor'.",
    78: "None of the workers said they were locked in, and none said they had been threatened or "
        "hurt. Follow-up visit planned with HMRC regarding minimum wage.",
    19: "D has given a full account to officers. He says four other men were still at the farm when he "
        "left. Farm address identified.",
    287: "Stena staff thanked for passing on their concern.",
    229: "Nothing to suggest any current risk in Wales. Her social worker is supporting her with her "
         "asylum claim.",
    9: "My contract say 40 hour each week but many weeks there is 20 hour only. I ask farm manager, he "
       "say weather is bad. I want to work and send money home, I am not want to make problem.",
    82: "I have two scars on my back now. Other men in the room also afraid, they say nothing.",
    18: "We didn't want to go near them in case. We went back to the car park and rang 101. It "
        "was a blue Transit and a white one but I didn't get the registrations sorry.",
    265: "The post has been removed by the group admin.",
    230: "He was polite and admitted it straight away.",
    6: "All four have been taken to Ysbyty Gwynedd to be checked over, and then to a reception centre. "
       "NRM referrals considered. Lorry driver arrested.",
    32: "Staff called the police and the patient was spoken to with a Romanian interpreter. He now says "
        "he wants to go back to the farm. Referral to the MSHT team made.",
}

# second round of updates, added by the writers on review (same labels)
ADD2 = {
    221: "For completeness, officers also checked with the college, which confirmed all four attend on "
         "Wednesdays and that their attendance is good.",
    313: "NRW will continue routine permit checks on each spring tide as usual, and will pass on anything "
         "unusual to the rural crime team.",
    214: "The daughter told officers the business had been reported twice before by a rival salon. Both "
         "previous reports were also unfounded. Closed.",
    315: "Minutes to be circulated to all partners. Next meeting in Fishguard in three months, with the "
         "Border Force team from Holyhead invited to share learning from the North Wales ports.",
    231: "He asked me not to tell anyone but I explained I have to. He didn't argue. I'm seeing him again "
         "on Thursday at the youth centre and have given him my work number.",
    225: "We will check in with Olena again in a month as part of our usual support. She is attending "
         "English classes at Coleg Llandrillo and has applied for a job at a hotel in Llandudno.",
    281: "Officer note: a quick PNC check on the visiting friends was negative. Intelligence log "
         "updated to show the result in case of any repeat calls.",
    5: "He says there were two other Lithuanian men on the farm when he left; they are believed to "
       "still be there. Enquiries with Dyfed-Powys Police ongoing.",
    318: "Note for the ports team: a similar group travels most weeks during the season, so future "
         "checks can be lighter unless something new is seen.",
    150: "Two males at the address were arrested. Cash (£3,400) and eleven mobile phones seized. "
         "Interpreters booked for interviews tomorrow.",
    216: "The police officer was satisfied with the information provided and had no objection.",
    167: "She is receiving medical care for an old untreated injury to her wrist. The NRM referral has "
         "been submitted by the first responder.",
    226: "The female has been taken to hospital with officers. Specialist interview planned for later "
         "today. Supervisor notified and MSHT team to take primacy.",
    154: "She is being supported by a specialist caseworker and has asked for help to contact her sister "
         "in Benin City.",
    311: "The patient and donor have both been seen again before the operation and the transplant is "
         "scheduled for next month.",
    228: "The writer was also told that he could report any specific concern to 101 or the Modern "
         "Slavery Helpline, anonymously if he prefers.",
    211: "The farmer confirmed the arrangement and showed officers a written agreement for the "
         "winter rent.",
    9: "Now I am speak to the helpline woman and she say to me maybe this is not fair. I am not sure. "
       "I am afraid if I complain I not come back next year.",
    282: "The family declined to let the nurse see him alone on the last visit. He has not been seen by "
         "a GP for over three years.",
    209: "Recorded against the original report to show it was checked and no further action needed.",
    162: "The school describes the children as well cared for. The mother has declined a meeting. "
         "Police and children's services to meet to discuss the next steps.",
    18: "We've seen them there before, last month too, always the same vans, always very early in the "
        "morning. Just wanted someone to know.",
    78: "Workers were given leaflets in Kurdish and Arabic. One asked for help and was referred to the "
        "Salvation Army.",
    173: "Enquiries are ongoing with the NCA to identify the flat in Swansea and the men involved.",
    32: "Farm identified as a dairy near Narberth. GLAA informed and a joint visit is planned.",
    19: "Joint visit with the GLAA planned for tomorrow morning at 0500 with the Romanian "
        "interpreter.",
    319: "23:04: two units on scene, the man and both girls located in room 12. Girls safeguarded, man "
         "arrested. Parents contacted.",
    6: "Border Force say the lorry was booked on the ferry by a haulage firm in Co. Monaghan. The "
       "driver's phone has been seized for examination. The men are asking what will happen to them.",
    222: "Officer notes her husband is not known to police. MARAC referral not required at this level of "
         "risk; will be reviewed if anything else is reported.",
    229: "Her foster carer and the school are aware. She is doing well in college and has made friends. "
         "Social worker to review in three months.",
    82: "Boss take my phone also. Only one time in month I call my mother, from his phone, and he stand "
        "near me. I want the police to help other men also.",
    287: "The woman was his aunt as he said, and she lives in Holywell with her husband. Her details "
         "were checked and nothing was found. Recorded as a negative result for the ports operation.",
    320: "His nephew was reassured and said he would talk to his uncle about getting more help on the "
         "farm. Referred to the rural support charity Tir Dewi for a friendly visit.",
    265: "The resident who forwarded it was thanked and told how to report concerns directly. The "
         "staff member was given information about support from Welsh Women's Aid.",
    230: "The neighbour who reported it was updated. No further action regarding anybody else at the "
         "address; local officers to keep an eye on it.",
}

# third round of updates (same labels)
ADD3 = {
    216: "Approved by the licensing sub-committee on 14 May.",
    162: "Interpreter (Bahasa) arranged for the first contact.",
    18: "My husband says I'm being daft but it didn't look right to me, not at all.",
    6: "Referral sent to the MSHT team at Holyhead for follow-up with the Garda.",
    211: "The walker has been given the rural crime team's email for any further questions and was "
         "happy with the explanation.",
    209: "Shared with the neighbourhood sergeant for awareness, in case the original caller rings again.",
    78: "HMRC have the payroll details. The manager was told that a further visit would be unannounced.",
    82: "Interpreter note: the witness was calm, but cried when talking about his mother.",
    319: "NRM and child protection referrals to follow in the morning. CID informed.",
    222: "The victim has been given the Live Fear Free helpline number and a safety plan.",
    229: "No further police action in the UK.",
    173: "His account is supported by medical notes from Morriston of injuries to his ribs.",
    287: "No further action required, and the Stena team were given feedback on the outcome.",
    32: "He said the boss is a 'good man' and asked officers not to make trouble, and appeared very "
        "anxious while saying it.",
    19: "D is now being supported in a safe house and has said he will help police find the others.",
    320: "The nephew said he was embarrassed to have called but glad someone checked, and we agreed "
         "with him that it was right to raise it.",
    265: "Closed, and the police and council teams were told the outcome so they do not duplicate it.",
    230: "Officers spoke to him about the risks of growing and the smell. He apologised to the neighbour, "
         "who was satisfied.",
    169: "The man with him, a Moldovan national aged 45, said he was 'just helping' and had nothing to do "
         "with any kidney. He has been arrested on suspicion of arranging travel for the purpose of "
         "exploitation. The young man told officers that the man had also paid his rent for two months "
         "and said that 'now is time to pay back'. NCA and Turkish liaison informed. Young man taken "
         "to a place of safety, NRM referral made with his consent.",
    27: "The driver says he had no idea the women were there until he heard them at a services near "
        "Carmarthen. He has been arrested. The two women have been taken to a place of safety with a "
        "Romanian interpreter and say they do not know where the 'massage shop' is; the man in Cork "
        "had told them somebody would meet them at the port. NRM referrals submitted for both.",
    10: "The car was allowed to proceed but the registration (191-WX-2207) was flagged. A later check "
        "showed it at an address in Sketty, Swansea. Officers from South Wales Police will try to "
        "visit the women at a time when the driver is not present, with a female officer and an "
        "interpreter.",
    273: "He gave this account at the police station at Rhyl after running from the car wash during "
         "an immigration visit next door. He says there are three other men at the car wash and they "
         "are all in the same situation. He wants to go home to Erbil but is afraid what the boss "
         "will say to his family. Interpreter used throughout. NRM referral submitted.",
    165: "She made the disclosure to a health visitor at a baby clinic in Pill while her sister-in-law "
         "was out of the room. She gave permission for a referral. Police and children's services have "
         "held a strategy discussion because there are two children at the address. A visit will be "
         "arranged at the clinic so that she can be seen alone.",
    47: "The caller is satisfied and just wanted to be sure, as she had read about a case on the news "
        "about a farm in Wales. She was told about the signs of exploitation and given the helpline "
        "number. No further action.",
    14: "The farmer and the worker both said they are happy for officers to call in again if anybody "
        "is worried. The worker has lived in the area for 20 years, speaks good English and Welsh, "
        "and is well known in the village. Closed.",
    263: "She came forward after meeting a volunteer at a Filipino community event at a church in "
         "Cardiff. She said the family were kind to her in some ways but she had not had a single day "
         "off since she started. She says she has no money to send home to her children and asked "
         "what she can do. Referred to Kalayaan and the Salvation Army for advice.",
    168: "The GP has now seen her alone at a second appointment, with a telephone interpreter. She "
         "said she came to look after the children and 'do everything' in the house, and that the "
         "burn was from the father of the family. She said she is not allowed to answer the door. "
         "Adult safeguarding and police informed; visit planned.",
    38: "Neighbour says this has been going on since the man's mother died and he was 'taken on' by "
        "the farmer. He is not registered with a GP. The farmer is well respected locally and the "
        "neighbour asked not to be named. Adult safeguarding referral made to Powys County Council "
        "and passed to the police MSHT team.",
    29: "The caller added that the lads look about 20 and are foreign, maybe Polish or Lithuanian, and "
        "that she has seen them washing in the stream behind the site. She wanted to remain "
        "anonymous because the man is known locally. Intelligence passed to the rural crime team "
        "and the GLAA.",
    25: "He said the Eritrean boss also takes them to the field in his car and brings them back. He "
        "did not know how much the farm paid for their work. He asked for help to find his cousin "
        "who is still in the room. He is being supported by the Welsh Refugee Council caseworker.",
    280: "He wants to stay at the hostel and does not want to go to the police, but agreed for the "
         "staff to pass on the information. The hostel has arranged for him to get a new bank card. "
         "A referral to the local authority's exploitation panel has been made.",
    94: "Both men were interviewed with a Vietnamese interpreter. Their accounts are consistent with "
        "each other. An NRM referral has been made for both and the CPS have been made aware of a "
        "possible section 45 defence.",
    87: "He has been offered emergency accommodation but does not want to leave his flat. Council and "
        "police to consider a closure order. Neighbourhood officers are making daily visits.",
    12: "He came to the Seafarers' Mission asking for help. He has not told the skipper. The ITF "
        "inspector has been contacted to attend the boat, and the Maritime and Coastguard Agency "
        "informed.",
    277: "He says there were two other men at another house, in Cwmbran, doing the same work. He does "
         "not know the addresses. He is being supported by the Salvation Army.",
    274: "The caller said she felt silly but officers thanked her. The family were happy to have been "
         "checked on and invited the officers to come and buy some cheese.",
    24: "He is being accommodated in foster care on Anglesey. He says the man told him not to speak to "
        "police and that he would be met at Holyhead by a friend. Border Force are checking the "
        "CCTV at the port to identify anyone waiting for him.",
}

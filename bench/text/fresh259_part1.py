# fresh259 part 1: domestic servitude and forced marriage
def add(T):
    T("INT 2/B/P. Source reports a female approx 30yrs, believed Filipina, living at 14 Elmcroft Avenue, Harrow HA2. Works for the family who brought her over on an overseas domestic worker visa. Source states she cooks, cleans and looks after three children from 6am until the family go to bed, no day off. Her passport is kept in the employer's safe. Not seen outside without one of the family. Source describes the family as a couple in their 40s with three children at a local prep school; the husband works in finance and drives a black Range Rover. Source has spoken to the female twice at the school gate, when she was waiting with the mother, and says she seemed 'scared to talk' and kept looking at the mother. Source does not know her name. No trace on local systems for a domestic worker at this address. Recommend HO check on ODW visas linked to the householder and a visit by MSHT with an interpreter.",
      "EO RD RM", "LH DT RMS ET FA", "D")
    T("she cleans there house all day and never goes out, I think they took her passport", "RD RM", "DT RMS", "D")
    T("Referral from school DSL: Y9 pupil (14) disclosed that her parents are taking her to Pakistan in the summer holidays to marry her cousin. She said she does not want to and that her father told her she would be 'finished' in this family if she refused. She asked us not to contact home.",
      "IT AV", "FA", "", "high")
    T("Forced Marriage Unit notified. Female, 19, states she was married in Sylhet last year without consent and brought to Oldham by her husband's family. She is not allowed out of the house alone, does all the cooking and cleaning for nine people and has no money of her own. Mother-in-law keeps her passport and spousal visa papers. Husband has slapped her when she asked to phone her mum. She disclosed this to an IDVA at the antenatal clinic, where she attended alone for the first time because her mother-in-law was unwell. She is 24 weeks pregnant. She has asked that no letters be sent to the house. Referred to FMU, MARAC and children's social care for the unborn. Safe contact arrangements agreed via midwife appointments only.",
      "RM EO WW RD PSV ISO AV", "RMS DT IS PA", "D")
    T("Salvation Army first responder notes. PV (f, 42, Nigerian) came to UK in 2019 with a family from Lagos as a nanny, promised £400 a month and evening English classes. In 4 years she says she was paid 'maybe three times'. She slept on a mattress in the children's playroom. Worked every day. Madam told her that if she went to police she would be arrested and sent back because her visa had expired. Left when the family went on holiday and a neighbour helped her. She has two carrier bags of clothes, her Bible and a photo of her son, who is now 14 and lives with her sister in Ibadan. She is very worried about him as she has not been able to send money home. She does not have her passport, which she says madam kept 'in the office'. Safe house place requested; NRM submitted today.",
      "DEC WW AC EO IT AV RD", "PLC LH FA DT FPE", "D")
    T("my grandmothers carer hasnt had a day off in months and they pay her nothing, she sleeps on the floor in the kitchen. she doesnt speak english and the son does all the talking for her",
      "EO WW AC ISO", "LH SW PLC SFW", "D")
    T("Call 0912. Caller is a neighbour at Brackenhurst Road, Leicester LE4. Says she can hear a girl screaming next door and a man shouting 'you'll marry who we say'. Says the girl is about 16 and has been kept in since she came back from school Friday. Caller says she heard banging on the upstairs window just now.",
      "PSV RM IT AV", "RMS", "", "immediate")
    T("Au pair (f, 20, Slovak) told the agency she works 60+ hours a week looking after twins and cleaning, for £70 pocket money, and the host mum has started taking £30 a week back 'for food'. She has her own passport and her own room. Agency to speak with family.",
      "EO WW", "LH", "D")
    T("IP states: 'They said I come to London to study and help the auntie a little bit. When I arrived there was no school. I wake 5 o'clock, I wash clothes by hand, I clean, I cook, I take the small ones to school and collect them. I eat what is left. Auntie beat me with the belt when the rice burnt. I was 13 then.'",
      "DEC EO AC PSV AV", "LH PA", "D", "high")
    T("Welfare check at 3 Rowan Close, Luton. Elderly resident Mrs PATEL (84) lives with son and daughter-in-law. Carer from agency attends twice daily. Mrs PATEL well presented, room clean, has her own phone. No concerns identified.",
      "", "", "")
    T("Sister called Karma Nirvana helpline worried about her brother's new wife, who arrived from Yemen eight months ago. Says the wife has not been allowed to see a GP, is never left alone, and the husband's family have her phone. Wife once whispered 'help me' in Arabic when sister visited.",
      "RM ISO", "RMS IS FA", "D")
    T("Case note 14/03: Client (m, 17) is being made to leave college to work in the family takeaway and do housework for his uncle's household in exchange for 'keep'. No wages. Uncle has threatened to report him to Home Office as he is on uncle's visa application. YOT aware.",
      "AV WW IT", "FA", "L D", "high")
    T("Saw a lady pegging washing at 11 at night at no 27, shes always working, never see her go the shops or anything. family are nice people tho so prob nothing", "EO RM", "LH RMS", "D")
    T("Woman in her 20s came into the pharmacy with bruises on both arms, husband did all the talking and wouldn't let her answer. She looked terrified. She had a wedding mehndi still on her hands.",
      "", "PA SFW FA", "")
    T("INT 3/C/P. Unknown source reports that a male known as 'Uncle JAVED' at an address on Stoney Lane, Birmingham B12 has a young relative from Pakistan living with him who he uses as a servant. Believed she sleeps in the kitchen and is not enrolled in school. Age approx 12-14.",
      "AV AC", "SW", "D", "high")
    T("Arranged marriage. Both parties met with their families four times, then on their own. Bride (24) confirms she chose to go ahead, works as a dental nurse, holds her own documents and bank account. Registrar had no concerns.",
      "", "", "")
    T("Referral via NRM. Adult female (31, Indonesian) employed in Gulf by a Qatari family, travelled with them to Knightsbridge for the summer. Worked 18-hour days, slept on the floor outside the children's room, fed leftovers. Employer held passport and would not pay her until 'the end of the contract'. Locked in the flat when the family went out. Escaped via the service lift on 12th August.",
      "EO AC WW RD RM", "LH SW PLC DT RMS", "D")
    T("Neighbour says girl at no 5 'looks about 15, is always cleaning the windows, never goes to school'.", "", "", "")
    T("SW visit. Mr KHAN (79) has a live-in carer, Joy (f, 55, from Ghana). Joy has her own room, weekends off, is paid via agency into her own account and attends church Sundays. Says she loves the job and has done it 6 years. No concerns.",
      "", "", "")
    T("He married me when I was 17 and brought me here, I thought he love me. But I am like a slave for his mother, she says I must pay back the gold and the visa money, £12,000, by working in the house and in his shop. Every day no rest. If I complain he say he will divorce me and I will lose my children and be deported. I am writing this at the library with the lady from the women's centre. Please do not call my husband's number. I can come on Tuesday when he is at the cash and carry. My name is Nasreen. Thank you.",
      "DEC DB EO IT AV WW", "LH UF FA", "D L")
    T("Hospital safeguarding: female patient (22) attended A&E with burns to forearm, states from cooking. Husband's mother present throughout and answered every question. Patient appeared malnourished and wore thin clothing unsuitable for weather. Staff managed a few minutes alone — patient said she is not allowed out and works 'from morning to night' for the family. Did not want police.",
      "PSV RM EO", "PA SFW RMS LH FA", "D")
    T("Couple in Leeds applying for fiancé visa, both attended interview separately, consistent accounts, long relationship on WhatsApp, families supportive. Forced marriage ruled out by caseworker.", "", "", "")
    T("INT 2/A/P. SUBJECT: Rukhsana AKHTAR. Source states AKHTAR keeps a 16yr old cousin from Mirpur at home, has taken her passport, and is planning her nikah to an older man in Bradford next month in return for money. The girl has been told that if she tells anyone, her mother in Pakistan will be hurt.",
      "RD IT AV", "DT FA", "", "high")
    T("ODW visa holder (f, 38, Sri Lankan) presented at Kalayaan. States employer, a diplomat's family in Kensington, pays her £150 a month into an account the employer opened and holds the card for. She works 7 days, from 6:30am to past midnight. Not permitted to have a phone. Documents held by employer 'for safe keeping'.",
      "WW EO ISO RD", "NCW LH IS DT", "D")
    T("Anonymous online report: 'there is a lad living with the family next door, he is maybe 16, Vietnamese, they have him doing all the cooking and cleaning and he works in their nail shop at weekends. he never goes to school and he sleeps in the garage'.",
      "AV AC", "SW PLC", "D L", "high")
    T("Mother-in-law reports daughter-in-law missing. On enquiry the daughter-in-law (26) is at a refuge and states she left because she was made to cook and clean for 11 people, was not allowed to contact her parents and was hit by her husband. MiL's report assessed as attempt to locate her.",
      "EO ISO PSV", "LH IS", "D")
    T("Call handler: caller says her friend Amira texted her 'they locked me in the bedroom they are taking me to the airport in the morning to marry him'. Address given as Flat 4, 22 Marlowe Street, Sheffield S2. Friend is 17.",
      "RM AV", "RMS", "", "immediate")
    T("Care agency manager raises concern that one of our live-in carers, placed privately with a family in Surrey, says the family moved her into their second home and are using her to clean both houses and cook for guests. Her contract is for personal care of Mr JONES only. Says she has not had a break in 3 weeks and they have stopped paying her weekly fee, saying 'the agency will sort it'. She does not have a contract with the family directly. We have asked the family to return her to the original arrangement and to pay her outstanding fees of £1,640; they have not replied to two emails. We have also offered to move her to another placement. She is reluctant as she likes Mr JONES and does not want to leave him.",
      "EO WW DEC", "LH", "D")
    T("Nan lives with us and I do most of her care, it's long hours but she's my nan and I wouldn't have it any other way. I get carers allowance in my own account.", "", "", "")
    T("Joint visit with LA. 9yr old boy not on school roll found at address on Fernhill Road, Walsall. States he stays home to look after baby and cook for 'auntie'. Auntie not biological relative. Bedroom he showed us had a blanket on the floor and nothing else. Child noted to be very thin with same clothes as at previous sighting.",
      "AV AC", "PA FPE PLC", "D", "high")
    T("Spouse (f, 23) states: 'He told me in England I will study nursing and have a good life. After the wedding his family take my documents and my gold. I am doing all the housework. They do not let me go out alone. His brother touches me and when I told my husband he said keep quiet or you go back to India with nothing.'",
      "DEC RD RM PSV IT", "DT RMS", "D")
    T("Please can someone check on the girl at 41 Clement Street her dad beats her because she wont get married to someone in Bangladesh she said she is scared they will take her away in the half term", "PSV IT", "FA", "", "high")
    T("FMU case: British national (m, 21, gay) taken to Lahore by family on pretext of a wedding for his cousin. Now being told he will marry a girl from the village. Passport taken by his father. Messaged a friend in Manchester: 'they won't let me leave the house, they're saying they'll cure me'.",
      "DEC RD RM", "DT RMS")
    T("Summary from NRM form: PV (f, 35, Romanian) was recruited in Bucharest by a woman offering housekeeping work for a 'rich English family' at £1,200 per month. On arrival she was placed in a house in Ilford with an elderly man, expected to provide personal care, cleaning and cooking 24/7. The recruiter collected the money from the family and gave PV £100 a month. Recruiter kept PV's ID card to 'register her'. PV says she owed the recruiter £800 for the bus and 'placement' and was told she would not be released until this was paid. She slept in a chair in the old man's room. She had no English and did not know the address. She was found by a paramedic called to the old man, who noticed she was sleeping in a chair and asked a Romanian-speaking colleague to talk to her.",
      "DEC EO WW RD DB AC ISO AV", "LH NCW DT UF SW IS", "D")
    T("INT 4/C/I. Rumour in community that a family on Hartley Road keep a 'maid' from Ethiopia. No further detail.", "", "", "D")
    T("Our nanny is from Brazil, she's on the youth mobility visa, 40 hours, live-out, paid through payroll. I mention it only because the police leaflet asked about domestic workers.", "", "", "")
    T("Woman (40s) approached staff at Tesco Express, Slough at 21:40 in distressed state, very little English. Using Google Translate said she 'work house no money', 'madam hit', 'no go out'. Had only slippers on. Police attended.",
      "WW PSV RM", "PA RMS", "D")
    T("DS notes: victim (f, 17) was married at a religious ceremony at 15 to a man of 28 in Newham. Marriage not registered. She has been raped repeatedly, is not allowed to attend college and does all household work for the extended family. Victim's parents received money from the husband's family.",
      "PSV AV RM EO", "RMS", "D S")
    T("Health visitor concern: new mum (20) recently arrived from Afghanistan on spousal visa. Husband's family present at every contact, mum does not speak and looks at MiL before answering. Mum has no access to money, no phone, no GP registration of her own. Unable to confirm further at this stage.",
      "ISO WW", "SFW FA NCW IS")
    T("Daughter (23) told me she has agreed to marry the man her parents introduced. She asked for time and they gave her a year. She's happy and we discussed it alone. No concerns.", "", "", "")
    T("Vulnerable adult with learning disability (m, 44) living with a 'friend' who moved in after mum died. Friend now controls his PIP and bank card, makes him clean, cook and do his washing and his mates', and tells him he'll be put 'in a home' if he tells the social. He sleeps on the sofa, friend has his bedroom.",
      "AV WW IT", "NCW FA PLC", "D")
    T("Anon: my cousin's wife is treated like a servant, she does everything and isn't allowed to work outside. they say she owes them for the wedding", "DB", "", "D")
    T("PCSO report: visited Flat 9, Cromwell Court re noise complaint. Female occupant (30s) answered, said she was the 'helper'. A male came to the door and sent her back inside. He said she is family. She was wearing a tabard and rubber gloves at 23:15. Appeared nervous. Intel submitted.",
      "EO", "SFW FA LH", "D")
    T("Statement extract: 'I came at 19 to marry Imran. His mother said I am lucky, I am nothing in Pakistan. From the first day I was the maid. I must get up before everyone and sleep after everyone. If the food is not good she throws it at me. My husband say nothing. They take my phone every night. My father does not know what happens because I can only call him with them in the room.' She was seen at the women's centre in Walthamstow after a neighbour brought her in while the family were at a wedding. She has a bruise on her forearm which she says is from a pan being thrown. She is willing to consider an NRM referral but wants to speak to her father first.",
      "EO PSV ISO AV", "LH IS FA PA", "D")
    T("Girl (15) presented to school nurse with a note in her planner: 'they are going to marry me in the summer and I can't say no or my dad will kill me'. Parents contacted by no one yet. FMPO application being considered.",
      "IT AV", "FA", "", "high")
    T("Host family for au pair (Spanish, 19) reported that she has 'gone missing'. Au pair later located with friends, said host family took her phone away as punishment, made her work weekends without pay and she was not allowed out after 7pm. Passport she had herself.",
      "ISO WW RM", "RMS", "D")
    T("Report from taxi driver: picked up a young woman from Heathrow T4 with a man who told her to keep her head down. Man held her passport and talked to me the whole time. Dropped at an address in Southall UB1. She looked scared and didn't say a word.",
      "RD", "DT SFW FA ET")
    T("Multi-agency meeting: Adult safeguarding concern re Ms NGUYEN, 58, carer for her employer's elderly mother in Cardiff. Came on visitor visa 3 years ago, now overstayed. Paid £50 per week cash. Employer tells her that if she leaves she will be arrested. She has a room and a phone and attends the Vietnamese church.",
      "WW IT AV", "FA", "D")
    T("Hi I don't know if this is anything but my friend's mum from India came over to help with her new baby for 6 months and does a lot of cooking. She's loving it apparently and goes back in March.", "", "", "")
    T("Intel: female known as 'Baby' (approx 16, Roma) lives with older male Florin CIOBANU at Kettering address. Believed to be his 'wife' by traditional ceremony. Neighbours report she is sent to beg outside Aldi daily and does all housework. Seen with a black eye on 02/10.",
      "AV PSV", "PA", "D C", "high")
    T("PV account (translated from Tagalog): 'My employer in Dubai brought me to London. She told me she would pay £600 and I can rest on Sunday. No rest. I work from 5 in the morning. She keep my passport in her bag. When I ask salary she say I owe her for the plane. I have no phone, only the house phone. She shout at me, call me animal. I am afraid to go out because she says police here will put me in jail.' Interview conducted at Kalayaan offices with a Tagalog interpreter. She has been in the UK 22 months. The employer's address is in Marylebone. She left at 6am on Sunday while the family were asleep, with a friend she had met once at church.",
      "DEC EO RD WW DB ISO IT", "LH DT UF IS FA", "D")
    T("Fostering social worker notes: child (11) placed with kinship carers (aunt and uncle). Child has chores — tidies room, lays table — age appropriate. Attends school 98%. No concerns.", "", "", "")
    T("Caller distressed: 'My sister is in the car now with my dad and uncles, they're driving her to Birmingham airport to get her on a plane to Pakistan, she's 18 and she doesn't want to get married, they took her phone off her, please help' — vehicle silver Toyota Avensis YF16 KLO on M6 southbound.",
      "RM ISO", "RMS IS ET", "", "immediate")
    T("MARAC referral: woman (34) married 10 yrs, arranged marriage she entered freely. Now experiencing DA from husband: controlling finances, verbal abuse. No servitude or forced labour indicators. DA pathway.", "", "", "")
    T("Teacher referral: Y6 pupil often late and tired, says she does 'all the housework' because mum works nights. Pupil is clean, well fed, happy. Spoke to mum, who works in a care home; older grandparent at home at night. Advice given, no further action.", "", "", "")
    T("INT 2/B/4. Address 88 Gladstone Road, Rochdale OL12: source states that the family have brought over two girls from Bangladesh, aged about 14 and 16, who do not attend school. They are kept in the house and do the cleaning, cooking and sewing for a home clothing business. Girls seen only at the back window.",
      "AV RM", "RMS IS", "D L", "high")
    T("The bride is told she has a debt of 5 lakh for the dowry and travel and must work in the brother-in-law's restaurant kitchen with no wage until it's paid", "DB WW", "UF", "L D")
    T("Church pastor contacted council: a member of the congregation, a Ghanaian woman in her 50s, says the family she lives with as a 'house girl' for 12 years have never paid her, hold her passport, and she has never been allowed to leave except for church with the family.",
      "WW RD RM", "DT RMS ET", "D")
    T("16yo girl told youth worker her mum took her out of school to help in the house and look after 5 younger siblings. Mum disabled. Girl says she's 'fine with it' but is tired. Young carer referral made; no exploitation identified.", "", "", "")
    T("Woman in the flat above keeps a girl in the loft conversion, I hear chains or something at night and the girl cries. She does all the shopping under escort. Man is called Dariusz. I'm scared of them.",
      "RM", "RMS ET", "D")
    T("Section 2: Reason for referral — Adult at risk (f, 68) whose live-in 'carer' has moved in her boyfriend and three others. Adult now sleeps in the conservatory, is made to cook for them and they use her pension card. She has bruising to wrists.",
      "AV WW PSV AC", "NCW PA PLC OA", "D")
    T("Mother phoned 101 worried her daughter (20) married a man from Egypt online and moved to his family's flat in Cairo; says she's 'fine' on video calls but they are always in the room. Outside UK jurisdiction — FCDO advised.", "", "SFW")
    T("Witness: 'She was working for them since she was maybe 10, cleaning, cooking, minding the kids. They called her their niece but she was never family. She never went to school, not once.'", "AV", "", "D", "high")
    T("Follow-up: the domestic worker at Kensington Park Gardens was seen by ICIBI/Home Office interviewers with a translator, alone. States she is paid the agreed rate into her own account, has days off and keeps her passport. Previous concerns not substantiated.", "", "", "")
    T("Bride's cousin says the girl was crying at the nikah and signed because her uncle said he'd throw acid on her if she shamed the family. She's 18 now, lives in Slough, never allowed to phone anyone.",
      "IT ISO", "IS", "")
    T("Asylum support officer: client (f, 29, Eritrean) says the family she stayed with in Wembley while waiting for her claim made her care for their disabled son night and day for a room and food. They said the Home Office would send her back if she left. She never got any money.",
      "AV EO IT WW", "LH FA", "D")
    T("FM? 17 f, parents 'engaging' her to cousin, school concerned, girl says she's ok with it but looked at floor. Monitor.", "", "", "", "high")
    T("Gran's Polish carer is lovely, she's here 4 days on 3 off, goes back to Krakow every month. Her agency pays her well I think.", "", "", "")
    T("Neighbour: 'there's a little boy, can't be more than 8, who I see hanging out washing and carrying bags of rubbish at all hours at the big house on Park Drive. I've never seen him in a uniform. The man there shouted at him and he flinched'.",
      "AV", "", "D", "high")
    T("INT 3/B/P. Intel suggests ASGHAR family of Bolton arranged the marriage of their 14yo daughter to an adult male in Jhelum in 2023; she has now returned, pregnant, and is kept at home performing domestic work. Not on any school roll since Y8.",
      "AV PSV", "IS", "D S", "high")
    T("Overheard at the bus stop: woman telling friend she works for a family who 'treat her like dirt', 12 hour days with the kids and cleaning, but 'at least they pay me on time and I can quit when I want'.", "EO", "LH")
    T("Reported by ODW: 'Sir said if I run, he will tell police I stole the gold. So I stay. I was there 7 years. He never paid, he said he sends to my family, but my family receive nothing.'",
      "IT WW", "FA NCW", "D")
    T("Student (f, 21) from Nigeria staying with her uncle in Croydon. Has her passport in her own drawer, does some babysitting for him, he pays her phone bill and she studies at Kingston Uni. She's happy, this was just a query from her tutor. No concerns.", "", "", "")
    T("Woman turned up at refuge with two kids. Married at 16 in Somalia, brought here at 18. Husband kept her passport and the children's. She cleaned and cooked for his parents and four brothers, slept in the hallway, and was beaten if she left the house. Sustained broken finger last month.",
      "RD EO AC PSV RM", "DT SW PLC PA RMS", "D")
    T("HMRC intel: payroll for a domestic worker at a Chelsea household shows £1,800 gross per month, but bank records indicate the wage goes to an account in the employer's name. Worker may have no access to wages.",
      "WW", "NCW", "D")
    T("Caller says there's a young woman in the back garden of 9 Lilac Way now, screaming, a man is dragging her back in by her hair, she was trying to get over the fence.",
      "PSV RM", "RMS", "", "immediate")
    T("Elderly man (87) lives with his devoted daughter who gave up work to care for him. She handles his money with LPA in place. GP happy. Raised only because of a cold-caller. No concerns.", "", "", "")

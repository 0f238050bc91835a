"""fresh248 part 7: short log lines and a further batch of long texts."""


def add(T):
    # short entries
    T("INT 3/C/P - POI 'Jonesy' has lads from Belle Vale running for him, one is 13. Paid in weed.",
      "AV", "", "C", "high")
    T("Vietnamese female at nail bar Old Swan - no ppt, owner holds it. Lives above shop. 2/B/P",
      "RD", "DT SW", "L")
    T("Male arrested for drink driving on Hawthorne Rd, Bootle. Bailed.", "", "", "")
    T("Caller: my mate's boss in Kirkby says if he don't do the weekend shift he'll 'make sure he never "
      "works again'. Employment dispute, no other concerns.", "", "", "")
    T("Girl, 16, seen at Birkenhead bus station with 2 older males, she looked 'out of it', one of them "
      "had her phone. Cheshire line? Passed to CSE team.",
      "AV ISO", "", "S", "high")
    T("Report of man living in his van on Otterspool Prom. Welfare check - he chooses to, works as a "
      "chef, fine.", "", "", "")
    T("Lads at the car wash in Walton Vale dont get paid the boss keeps it all for the house they live in "
      "upstairs", "WW", "NCW SW", "L")
    T("INT 2/B/P: POI Kelly ROBERTS collects 6 bank cards from Romanian lodgers each payday at "
      "Litherland address.", "WW", "MBC NCW", "L")
    T("Door staff at a club on Seel St say a man was trying to get a drunk 15yo girl into a taxi. Man "
      "left. Girl taken home by police.", "AV", "", "S", "high")
    T("Student says her landlord in Wavertree asked to see her passport for right to rent checks and gave "
      "it straight back. She wants to know if that's legal. Yes.", "", "", "")
    T("POI drives lads to the farm at 4am, charges £8 each for the ride, back at 9pm. 3/B/P",
      "EO", "CE CT LH", "L")
    T("ASB - youths throwing eggs at windows, Norris Green. Words of advice.", "", "", "")
    T("a man at my work says hes been told he owes 5 grand for coming over and has to work at the "
      "factory till its paid, hes on 60 hours a week and gets hardly anything",
      "DB EO WW", "UF LH", "L")
    T("Welfare check on a foreign national sleeping in a car at Southport Pleasureland car park. He "
      "works for a delivery company, is between flats, and says nobody is making him sleep there. "
      "Given housing options leaflet.", "", "", "")
    T("Source: 'the Albanians in the barbers on Allerton Rd are fine, they own it, nobody's working for "
      "nowt'.", "", "", "")
    T("Male disclosed he was punched by his gangmaster at a recycling yard in Kirkby for taking a "
      "smoke break.", "PSV", "", "L")
    T("Domestic servitude? Neighbour says the au pair at No 12 Menlove Ave works all hours, but the "
      "au pair says she does 25 hrs a week, has weekends off, and is going to uni next year. NFA.",
      "", "", "")
    T("lads in cannabis house in Huyton cant get out the doors are nailed shut",
      "RM", "RMS", "C")
    T("Drunk male refusing to leave Chinese takeaway, Liscard. Removed.", "", "", "")
    T("Girl (17) told college tutor her stepdad makes her hand over her wages from Greggs each week. She "
      "keeps none. She is not allowed out except to work and college.",
      "AV WW RM", "NCW RMS", "L", "high")
    T("Owner of the laundrette in Tuebrook has asked us to check the new worker's right to work; he "
      "is being careful. Not an MSHT matter.", "", "", "")
    T("INT 2/B/P - Woman in Bootle takes in 'lodgers' from Slovakia and claims their benefits, she "
      "holds their ID and bank cards.",
      "RD WW", "DT NCW MBC", "C")
    T("PCSO note: spoke with car wash staff in Netherton, all local lads, apprentices, parents know "
      "where they work. No concerns.", "", "", "")
    T("'he said he would put my photos everywhere if i didnt go with his friend' - girl, 15, Speke",
      "AV IT", "", "S", "high")
    T("Theft from motor vehicle, Allerton. Sat nav taken.", "", "", "")
    T("Migrant worker in Speke says agency 'will probably' make him pay for boots if he stays on - he "
      "hasn't been charged anything yet and is leaving at Christmas anyway.", "", "", "")
    T("INT 3/B/P: Boy (12) from Dingle used to carry bags for older dealers, 'given' a phone and "
      "told he owes for it.", "AV DB", "", "C", "high")
    T("male in hostel says he is on call 24/7 for his employer, gets no days off, but boss pays him "
      "properly and he can leave any time - he says it's 'just a rubbish job'",
      "EO", "LH", "")
    # longer entries
    T("INT 2/B/P. Op DOCKSIDE - labour exploitation, Port of Liverpool hinterland. Source reports that a "
      "labour supplier operating from an industrial unit in Bootle provides Romanian and Moldovan men to "
      "load and unload containers at warehouses around Seaforth and Netherton. Workers are recruited "
      "through Facebook adverts promising '£600 per week, accommodation included'. On arrival, workers "
      "are housed in two properties on Marsh Lane, Bootle, with 14-16 men per house. They are told that "
      "they must first repay £500 for the coach, £250 'deposit' and £100 for safety boots and hi-vis, and "
      "that rent of £100 per week will be deducted. Wages are paid into accounts opened by the supplier "
      "whose cards are retained 'for security'. Workers are collected at 0530 and returned around 2000, "
      "six days a week. Source states that the supplier, Ion R. (38), has told workers that police in "
      "the UK work with him and that anyone who complains will be 'sent home in a box'.",
      "DEC DB WW EO AC IT", "UF PPE NCW CE OA LH FA", "L")
    T("Merseyside Police / Sefton Council joint licensing visit to a massage premises on Lord Street, "
      "Southport. Three female therapists present (Thai, Chinese, British). All were spoken to alone. "
      "Each is self-employed, rents a room at the premises on a weekly basis from the owner, sets her own "
      "prices and hours and keeps her own takings. None live at the premises. All hold their own "
      "documents. There was no evidence of sexual services being offered. The owner showed records and "
      "insurance. Visit recorded as compliant. One therapist said she had previously worked for a "
      "'boss' in London who took half her money, but that was five years ago and she left.",
      "", "", "")
    T("Record of disclosure to a Merseyside Police DC by Marta (Polish, 29) at a refuge in St Helens. "
      "Marta says she came to the UK in 2022 with her partner Lukasz who said they would both work in a "
      "warehouse and save for a house. Instead Lukasz made her work in a hand car wash he runs with his "
      "brother, 7 days a week from 8 until 7, and 'lent' her to his brother's friend to clean his house at "
      "night. He took her ID card and her phone and only let her use his phone to speak to her mother when "
      "he was listening. He took all her wages. When she said she wanted to go back to Poland he broke her "
      "wrist and told her that if she left he would tell the police she had stolen from the business. She "
      "has a 2-year-old son, who Lukasz has threatened to take to Poland.",
      "DEC EO RD ISO WW PSV IT", "LH DT IS NCW", "L D")
    T("Knowsley Council Youth Offending Service - assessment (extract). Young person: Liam (15). Liam "
      "was arrested in Blackpool in possession of crack cocaine. In interview he initially said the drugs "
      "were for his own use. In his YOS assessment he said that at 13 he was 'taken under the wing' of "
      "older lads from Huyton who gave him money, food and trainers when his mum was in hospital. He later "
      "began delivering for them. He said he 'wants out' but that he 'can't because they know where my nan "
      "lives'. He described being made to 'plug' drugs and being driven to Blackpool in a car with other "
      "boys. He has recently started self-harming. He says nobody has ever hit him but that he 'sees what "
      "happens to people'.",
      "AV IT", "ET FA", "C", "high")
    T("Merseyside Police - Domestic Abuse & Modern Slavery joint case review. Address: Norris Green. "
      "The victim, Aisha (23), came from Pakistan on a spouse visa in 2022. Her husband's family took her "
      "passport and BRP on arrival and 'kept them safe'. She was made to do all the housework for a household "
      "of nine, including caring for her disabled father-in-law, from 5am until late at night, and was not "
      "allowed to leave the house except with her mother-in-law. She was not allowed a phone. Her husband "
      "and his brother hit her when the food was late. She was told that if she complained her visa would be "
      "cancelled and she would be sent back in disgrace, and that her family in Pakistan would be "
      "'finished'. She was found by a health visitor after the birth of her son.",
      "RD EO RM ISO PSV IT AV", "DT LH RMS IS", "D")
    T("Email from the Head of HR at a logistics firm in Haydock: 'Please see attached. During an internal "
      "audit we found that eleven of our agency workers share the same home address in St Helens and that "
      "their wages are paid into only three bank accounts. We raised this with the agency, who said the "
      "workers had 'asked' for their money to be paid to a friend because they do not have bank accounts. "
      "When our HR team spoke with two of the workers, one said that the 'friend' is the man who brought "
      "them from Bulgaria and that he gives them £70 a week. The other refused to speak and looked "
      "frightened. We have stopped using the agency and have made the workers direct employees with their "
      "own accounts. We would like to refer the 'friend' to you.'",
      "WW", "OA NCW MBC FA", "L")
    T("Salvation Army reception centre - initial needs assessment (summary). Client: Gjergj (Albanian, "
      "19). Referred by Merseyside Police after arrest at a cannabis grow in Anfield. Client says he left "
      "Albania because of a blood feud and paid smugglers €8,000 borrowed from a loan shark. In the UK the "
      "smugglers handed him to men who said he had to work 'in gardening' to pay back the loan with "
      "interest, which was now €15,000. He was kept in three different houses, moved at night in a car "
      "boot, and never knew which town he was in. He had a phone but it had no SIM and was only used to "
      "receive instructions. He says he was never beaten but was shown a video of another man being beaten "
      "'so I know'. He is very worried about his mother and younger brothers.",
      "DB RM ISO IT DEC", "UF RMS IS ET", "C")
    T("Incident log - Liverpool ONE - 16:20. Store security at a department store detained two girls "
      "(approx 14 and 16) with £900 of fragrances in foil-lined bags. The girls had no ID and spoke only "
      "Romanian. A man waiting outside the store ran off when security approached. The older girl's phone "
      "showed a text in Romanian (translated later): 'if you come back with nothing tonight you sleep in the "
      "garden again'. Interpreter booked. Children's services informed. Both girls safeguarded.",
      "AV IT AC", "", "C", "high")
    T("Report from a Merseyside Police neighbourhood sergeant following a community meeting in Kensington "
      "(L7). Residents raised concerns about 'trafficking' at a house on Jubilee Drive where groups of men "
      "arrive in minibuses. Officers visited and spoke to the occupants, six Syrian men who are refugees "
      "with status, working as plasterers for a Syrian-owned building company. They pay rent to a private "
      "landlord, hold their own documents and bank cards, and travel to work together in the company "
      "minibus because sites are outside the city. They were upset that neighbours had thought they were "
      "victims of a crime. The sergeant will feed back to residents at the next meeting.",
      "", "", "")
    T("Debrief of a 16-year-old girl from Halewood by a CSE specialist nurse (shared with consent). She "
      "said an older man she met on Snapchat took her to 'parties' at a house in Widnes where there were "
      "other girls. Men paid him and then took girls upstairs. She says she was made to have sex with "
      "'a few' men and was given cocaine 'to relax'. She says he told her she was his girlfriend and that "
      "they would get a flat together. When she said she wanted to stop he told her he had filmed her and "
      "would send it to her dad. She is now too frightened to leave the house.",
      "AV PSV DEC IT WW", "FA", "S", "high")
    T("Transcript of a voice message left on the MSHT team's phone line (Wallasey, Monday 0710). 'Hiya, "
      "it's about the lad that works in the Chinese on Seaview Road. I've been going in there for years and "
      "he's always there, morning, noon and night, seven days a week. Last night he had a bandage round his "
      "head and his eye was all swollen. I asked him what happened and he said the boss hit him with a pan "
      "because he dropped a tray. He said he can't go to the police because he's got no passport, the boss "
      "has got it. He sleeps in the back of the shop, there's a camp bed there, you can see it through the "
      "kitchen door. I don't want to leave my name. Please do something, he's only a kid really, about 19.'",
      "EO PSV RD AC", "LH PA DT SW FA", "L")
    T("Case note, Liverpool City Council No Recourse to Public Funds team. Ms F (Ghanaian, 52) is "
      "overstaying and works cash-in-hand as a cleaner for three households in Childwall. She says two of "
      "the employers pay her fairly and treat her well. The third 'forgets' to pay her for weeks and once "
      "said she would 'report her to immigration' if she kept asking. Ms F has her own room in a shared "
      "house which she rents from a friend. She is not prevented from leaving any job and would like help "
      "to regularise her status.",
      "WW IT AV", "", "L")
    T("INT 2/B/P. Op TIDEWAY - sexual exploitation, Sefton. Adverts on two adult services websites show "
      "'new girls' at a short-let flat in Southport every 3-4 days. Four different women in two weeks, all "
      "described as 'young Romanian'. The same male, believed to be Cosmin P (33), has been seen on CCTV "
      "carrying the women's bags into the flat and collecting them in a black Mercedes Vito (reg WX21 "
      "RTO). A neighbour heard a woman crying and a man shouting 'no money, no food' through the wall. "
      "Financial intel shows Cosmin P pays for the flats and makes multiple cash deposits each week. "
      "Recommend welfare visit with specialist support. Liaison with Sefton Council licensing and the short-let platform requested so that future bookings in Cosmin P's name can be flagged.",
      "", "ET", "S")
    T("Record of a visit by an Age UK befriender, Birkenhead (for information only). 'Mrs D (86) "
      "told me her grandson stays with her and "
      "does all her shopping and cooking and she gives him £50 a week. She said he is a good lad and "
      "works in a pub at weekends. I mention it because her neighbour suggested he was being "
      "exploited, as he is "
      "always doing chores. I don't think there is anything wrong here at all. Mrs D is very happy with "
      "the arrangement and so, it seems, is he.'",
      "", "", "")
    T("Witness statement of a lorry driver (extract), taken at Birkenhead: 'I deliver to a farm shop "
      "near Thurstaston. For the last few months there's been a group of men working in the fields and "
      "packing shed from when I arrive at 6 till I leave at 7 at night. They sleep in shipping containers "
      "at the back of the yard, there's washing hanging off them. One of them asked me in broken English "
      "if I could take him to Liverpool. He said 'boss keep passport, no pay three month, I want go "
      "home'. Then the farmer came out and the man went back to work. I didn't take him because I was "
      "scared of getting involved. I've thought about it every day since.'",
      "RD WW AC EO", "DT SW LH", "L")
    T("Youth worker report, Sefton: 'We have been working with a group of girls aged 13-15 from Bootle "
      "who say that a man who runs a shop near the Strand gives them free vapes and alcohol, lets them hang "
      "out in the back room and has started asking them to 'take parcels' to an address in Seaforth. Two "
      "girls said he asked them to send pictures of themselves. None of the girls have said he has touched "
      "them. We believe they are being groomed for both criminal and sexual exploitation.'",
      "AV", "", "C S", "high")
    T("Merseyside Police Contact Centre - report taken by phone from a Catholic priest in St Helens. "
      "'A young Nigerian woman came to Mass yesterday and afterwards asked me for help. She said she came "
      "to England last year after a woman in Benin City promised her work as a hairdresser and paid for her "
      "flight. When she got to St Helens she was told she must sleep with men to repay 35,000 euros. She "
      "took an oath before she left and is terrified that if she breaks it she or her mother will die. The "
      "madam holds her passport. She is allowed out only to church on Sunday, and a man drives her there and "
      "waits outside. She gave me a phone number. She asked me not to call the police but I felt I had no "
      "choice.'",
      "DEC DB IT RD RM", "UF DT RMS ET FA", "S")
    T("Report from Merseyside Police Roads Policing, M57. Stop of a white Mercedes Sprinter (reg YH19 "
      "KLS) at 0540 for a defective light. 15 men in a 12-seat vehicle, Romanian and Bulgarian, on their "
      "way to a meat plant in Skelmersdale. The driver said he was the 'team leader' and answered all "
      "questions for the passengers. Passengers confirmed in Romanian that each pays him £12 a day for "
      "the van. When asked, three men said he also keeps their wages and pays them on a Sunday 'what is "
      "left'. Details passed to GLAA and the MSHT team. The vehicle was overloaded and was prohibited from continuing; the passengers were taken to the plant in two police vans and the driver was reported for the defect.",
      "WW", "CE SFW CT NCW", "L")
    T("Message from a Salvation Army caseworker to the MSHT investigator: 'Client V (Vietnamese, 26) "
      "told me today that while he was at the nail bar in Kirkby the owner's son used to take him home "
      "every night and lock him in his room until the morning. He also told me the owner kept a notebook "
      "with his 'debt' in it which went up each time he made a mistake with a customer. He was never paid "
      "in cash; the owner said the money was going to his family, but his family says they never received "
      "anything. He said the owner told him the police would deport him if they found him. I have passed "
      "him your number.' Investigator replied and an ABE interview has been arranged for Thursday with a Vietnamese interpreter present.",
      "RM DB WW IT", "RMS ET NCW", "L")
    T("Case note (Knowsley Council social worker): home visit to a family in Prescot following a referral "
      "from the health visitor that an older relative seemed to be doing 'all the work' in the house. The "
      "relative is the children's grandmother, who moved from Poland after being widowed. She has her own "
      "bedroom, pension and bank account, goes to a Polish club twice a week, and told me (in Polish, via "
      "an interpreter, seen alone) that she loves looking after her grandchildren. She said that if the "
      "family ever treated her badly she would go back to Poland, but they don't. No concerns.",
      "", "", "")
    T("Report from a pharmacist in Southport (via NHS safeguarding): 'A man in his 50s came in with a "
      "young Asian woman to buy the morning-after pill. He tried to do all the talking and to pay, and when "
      "I said I needed to speak to her in the consultation room he said she doesn't speak English. She "
      "did, a little. In the room she told me she lives in his flat above a shop in Churchtown and "
      "works in the shop all day and 'the other thing' at night. She said he has her passport. She would "
      "not say more and said he would be angry if she was long.' The pharmacist gave her a helpline card hidden inside a leaflet and noted the man's car, a dark blue Skoda Octavia.",
      "RD", "SFW DT FA", "S")
    T("St Helens neighbourhood team - update on a long-running complaint about a house on Boundary Road "
      "with 'lots of men'. Further visits (three in total) found the men are members of an extended Roma "
      "family who run a small building business; all are paid, all have their own documents, and "
      "the children attend school locally. A few weeks ago one young man said he had been "
      "'lent' to another "
      "family to work for free, but when spoken to again with an interpreter he explained he had "
      "volunteered to help his uncle for a week and was paid. No indicators of exploitation. Complaint "
      "closed.",
      "", "", "")
    T("NCA Modern Slavery and Human Trafficking Unit - intel summary shared with Merseyside (extract). "
      "A Liverpool-based network is suspected of recruiting young Brazilian women via Instagram, offering "
      "paid 'modelling' and hostess work. On arrival the women are housed in city-centre apartments "
      "and advertised on adult services websites. They are told their travel cost €4,000 and must be repaid "
      "along with €150 a day in 'rent'. Passports are taken by a female 'manager'. Women are moved between "
      "Liverpool, Manchester and Birmingham every few days and say they don't know which city they are in. "
      "One woman contacted the Brazilian consulate saying she had been raped by a 'client' the manager "
      "sent and that the manager said she would be fined if she refused another.",
      "DEC DB RD ISO PSV IT", "UF DT IS", "S")

T("""Officer handover, nights to days, Wednesday.
1) Burglary at the Patel address, Marlow Road — nothing to do with the earlier call, just a shed break-in, CSI booked.
2) The earlier call: 19-year-old woman, Ms H (Vietnamese), attended the front counter at 03:10 with a bin bag of clothes. She says since last year she has lived with a couple who run two nail bars in town. In the day she works in the shop, at night she cleans their house, cooks and looks after their twins. She sleeps on a mat in the twins' room. She thinks she owes them £18,000 for coming to the UK and they tell her each month how much is left; it has gone up because they charge her for food, the mat and her phone top-ups. The wife keeps her Vietnamese ID 'so it doesn't get lost'. She has never been given money in her hand. Tonight the husband grabbed her by the throat when she asked to sleep in the shop instead. Red marks to neck photographed.
She is now at the hotel with SA support. Suspects not yet spoken to — please pick up, OIC DC Rowe.
3) RTC A404, no injuries.""",
  "DB RD WW PV AC EO", "dt nw pa sw plc", "L D", "h")
T("""Press release (CPS). A Cambridge couple who forced a Romanian man to live in a garden shed and work on their properties for seven years have been sentenced. The man, who has a learning disability, was promised 'a proper job and a flat' when he met the defendants at a bus station in Craiova. Instead he was made to clean the couple's house, paint their rental flats and look after their dogs, working most days from 7am to 10pm. His ID card was kept in a kitchen drawer and his benefits were claimed by the couple. He was given £10 a week and leftover food. When he tried to leave in 2019, the male defendant threatened to 'break his legs' and took his shoes. He was found by a charity outreach worker in 2023, barefoot, with untreated infections on his feet.""",
  "AV DE AC EO RD WW IT RM", "plc nw pa rm", "L D", "h")
T("""Record of a safeguarding discussion, secondary school, Year 10.
Student B (15, female, British-Pakistani) asked to speak to the DSL after a lesson on forced marriage. She said her parents are planning her engagement to a cousin in Mirpur this summer, 'but not the wedding until I'm 18'. She said she is unsure about it but does not feel forced; she said she can say no and her older sister turned down a match last year without any problem. She helps at home with cooking like her sisters do. She has not been threatened and her passport is at home in a drawer with the family's.
DSL view: no current indicators of forced marriage or exploitation; continue to offer support; information on the Forced Marriage Unit given; review after Easter.""",
  "", "", "", "l")
T("""Long public report via online form (unedited):
hi i dont no if this is the rite place. theres a house on grange rd with the big gates, a family from abroad live there very rich. they have 3 or 4 maids i think, i deliver there for amazon. every time i go a different maid opens the door and shes always scared looking and says 'madam sleeping' even at 2 in the afternoon. last week one of them asked me for my phone to call her son, she said they take her phone. she was crying and the madam shouted from inside and she shut the door fast. she had a black eye. they never leave the house, i never seen them in the town. theres also a gardener and a driver they are english i think they are fine they go home at 5. please dont say it was me as i need this job""",
  "IS PV RM", "fa pa", "D", "h")
T("""Kalayaan casework summary: Ms R, Nepali, 36, arrived with a diplomatic family in 2021. Her contract (seen) promised £1,200 a month, 40 hours and a day off. In practice she worked from 6 until the family slept, had no day off in two years and was paid £200 a month into an account the family opened and kept the card for. She was not allowed to go out except to walk the dog with the driver. The employer's wife called her 'stupid animal', threw food on the floor for her to clean and once hit her with a hairdryer. Her passport was taken on arrival 'for the embassy'. She left by climbing over the garden wall while the family were at a wedding. Immunity means criminal proceedings are unlikely; employment claim being explored.""",
  "DE EO WW RM PV RD AC", "lh nw rm et dt", "D", "h")
T("""Inspection note (GLAA), flower farm, Cornwall.
23 pickers, mainly Bulgarian, supplied by licensed labour provider. Contracts and payslips checked against hours: paid at or above NMW. Caravans inspected: clean, 2 per caravan, heating working. Workers confirm they keep their own passports and bank cards and can walk to the village shop. Transport to fields provided free. One worker complained that overtime was not offered enough. A few said the work is tiring in the rain. The labour provider had charged two workers for replacement waterproofs at cost, which is permitted under their contract as they were lost; advised to stop.
Outcome: compliant, advice given about deductions. No forced labour indicators.""",
  "", "ppe", "", "l")
T("""Debrief translated from Romanian, first person.
I met Ion in the village, he said his sister in England needs a woman for her house, cleaning and cooking, 300 pounds a week. I went with him on the bus, he paid. In London the sister said the bus was 600 pounds and the room is 100 a week so I will pay her from my wages. I cleaned the house and also she sent me to clean for her friends, they paid her, not me. She kept my ID card 'for the doctor registration'. I could go to the shop only with her son. After five months she said I still owe 900. I called my mother when the son forgot his phone and she called the police in Romania.""",
  "DE DB WW RD RM IS", "nw dt et", "D", "h")
T("""Concern from a hospital social worker: an older Chinese woman, admitted after a fall, lives with her son's family and 'does everything in the house'. On assessment she is proud of her role, gets pocket money she doesn't need, goes to mahjong with friends twice a week and doesn't want any change. Son visited daily. No safeguarding concerns; occupational therapy only.""",
  "", "", "", "l")
T("""One-liner from Crimestoppers: 'Indian family in Leicester keep a deaf girl as maid, never lets her out.'""",
  "AV RM", "", "D", "m")
T("""Farmhand told to hand over £200 for 'the boots and the knife' before his first day, and £15 a day for the bus.""",
  "", "ppe uf ct", "", "l")
T("""Au pair found crying at the station: host family kicked her out after a row about her boyfriend. She has her passport, money and a flight home tomorrow. Taken to a friend's. Not exploitation.""",
  "", "", "", "l")
T("""The lady said my pay goes into her account because I have no bank here, but she never gives it to me.""",
  "WW", "nw", "D", "m")
T("""INT 2/B/P: six bank cards in different Slovak names used one after the other at the ATM on Fore Street, Exeter, by a lone male, most Fridays at 23:00. Linked address is an HMO where farm workers live.""",
  "", "mbc", "", "l")
T("""Male (Ukrainian, 41) at a packhouse in Spalding: 'the coordinator always talks for us at meetings, we are not allowed to speak to the managers'. Otherwise pay and hours normal per payslips.""",
  "", "sfw", "", "l")
T("""No-one holds her passport, she says she can leave, and she was paid every month in full — the referral about the Hendon nanny is unfounded.""",
  "", "", "", "l")
T("""If she had tried to leave he would probably have stopped her, her sister thinks, but she never tried and never said he had threatened her. She cared for his mother for 2 years, paid £600 a month, living in.""",
  "", "", "", "l")
T("""They didn't lock the door, they didn't need to — she had no shoes, no money and no English, and the madam told her the dogs would bite if she went into the garden.""",
  "AV IT", "fpe", "D", "m")
T("""Paediatric liaison: 14-year-old girl attended with fractured wrist; 'aunt' says she fell. Girl later told the nurse she fell down the stairs carrying the laundry basket because she had been up all night with the baby. Girl is not registered at a school. Aunt is collecting her at 4pm today.""",
  "AV EO", "", "D", "i")
T("""Parents in Kerala arranged their son's marriage; bride (24) came to Leeds on spouse visa, works as a nurse, pays her own way, has bought a car. Her husband's family are welcoming. Wedding photos on record for visa. Spouse visa check only.""",
  "", "", "", "l")
T("""Female caller says her husband's family hold her passport and she wants it back to visit her father, who is dying; otherwise she is free to go out and works part-time. She keeps her salary.""",
  "RD", "", "", "m")
T("""Intel 2/C/P: Nigerian pastor in Peckham said to 'place' girls from his church as live-in helpers; families pay him £300 a month per girl, girls receive nothing and are told leaving would curse them.""",
  "WW IT", "nw", "D", "m")
T("""I'm the eldest so I look after my siblings while mum works nights. I'm 15. It's hard but it's our family, she pays me a bit and I go to school.""",
  "", "", "", "l")
T("""My employer (a family in Knightsbridge) pay me well but make me work until 1am most nights. I've told them and they now pay overtime and I can leave if I want. Just sharing in case this is a problem.""",
  "", "", "", "l")
T("""GP: patient (woman, 32, Indian) says she came as a cook for a family; 'they give me food and place to sleep but salary they keep back for me, 3 years now'. She sleeps in the kitchen. Looks malnourished.""",
  "WW AC", "sw plc pa", "D", "m")
T("""Missing person (adult) returned: Polish man (52) was staying with a friend in Wales, doing some building work for beer money. Says he was free and fine, just didn't tell his family. Closed.""",
  "", "", "", "l")
T("""Sister-in-law arrived from Karachi last year 'to help'. Now she's not allowed to leave the house without my brother and has no phone; my brother says she's 'just the maid'. I am worried.""",
  "RM IS", "", "D", "m")
T("""Agency cleaner (Eritrean) says she had to pay £150 for her DBS and uniform to the agency before starting; paid weekly, rents her own room, free to quit.""",
  "", "uf ppe", "", "l")
T("""Victim (Vietnamese, 20) says the woman who arranged her 'student visa' made her clean her house and two Airbnbs every day with no pay, to repay £25,000; she was driven between them and locked in the Airbnb at night.""",
  "DE DB WW RM EO", "et", "L D", "h")
T("""Witness statement (cleaner at the same gym): 'The lady comes with her employer's kids every day, she's lovely, she's got her own flat in Acton and goes on holiday to Manila every year. I only mentioned her because the police officer asked if anyone here worked as a nanny.'""",
  "", "", "", "l")

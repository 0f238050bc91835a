E("Door locked from the outside when the boss goes to the cash and carry.",
  "ROM", "", "L", "i")
E("Site rule: no one leaves the scaffold during a lift. Lads go home at 4.",
  "", "", "")
E("we only go out with ion to lidl, sunday, 20 min then back",
  "ROM", "et", "")
E("He stays in because he's saving money and hates the rain, his words.",
  "", "", "")
E("Workers say the gangmaster 'sends the money home for us'. Families say nothing arrives.",
  "WW", "ncw", "L")
E("Girl, 14, found in a hotel room with two adult men at 3am. Police on scene.",
  "AV", "", "S", "i")
E("Told it was a modelling job. It was a flat in Slough and a man with a list of clients.",
  "DEC", "", "S")
E("Boss watches us on the cameras from Romania and phones if we go out the gate.",
  "ROM", "", "L")
E("Bus to town leaves the farm lane at 07:10 and 17:40; workers use it at weekends.",
  "", "", "")
E("Rent and food are added every week so the debt never goes down.",
  "DB", "", "")
E("INT 2/B/P: ROSU holds 9 passports at his flat, says he is 'keeping them safe' for his workers.",
  "RD", "", "L")
E("He knows where my mum lives. He sent me a photo of her front door.",
  "IT", "", "")
E("No sign of anyone being held against their will at the premises. NFA.",
  "", "", "")
E("Shown a video of what happened to the last one who ran.",
  "IT", "", "")
E("£20 a week pocket money for cooking, cleaning and the kids, seven days.",
  "WW EO", "", "D")
E("Never got my ID back after he set up the bank account.",
  "RD", "", "")
E("Care home front door keypad-locked for residents with dementia; staff hold the code.",
  "", "", "")
E("Moved at night in a van with blacked-out windows, different house every week.",
  "ROM", "et", "")
E("The foreman speaks for all the men and answers every question put to them.",
  "", "sfw", "L")
E("She can leave whenever she likes, she just doesn't want to go back to her ex.",
  "", "", "")
E("Owe £12,000 for the boat, work in the car wash till it's paid.",
  "DB", "", "L")
E("""Local Authority Designated Officer — strategy discussion notes

Present: LADO, DS Khan (MASH), school DSL, social worker.

Concern 1: a teaching assistant was seen driving a Year 10 pupil home. Enquiry shows the TA is the pupil's aunt and the arrangement is agreed by the parents. No further action.

Concern 2: pupil M (14, Romanian) has missed 40% of sessions this term. Home visit found M living with an adult 'cousin' in a two-bedroom flat with 11 other adults. M told the social worker in private that he goes with the men to a building site at 6am on days he doesn't come to school, carries bricks until dark, and that the cousin keeps his passport and 'sends his money to mama'. M said he is not allowed to go to the park or see friends after school because 'cousin says it is dangerous'.

Concern 3: parent complaint about school lunches. Passed to catering.

Actions: section 47 enquiry for M; police to visit the site; NRM referral (child, no consent required).""",
  "AV RD WW ROM AC", "oc", "L", "h")
E("""Statement of complainant (translated from Slovak)

My name is Jana. I came to England in May with my husband because a man in our town, Rudolf, said there was work in a chicken factory with good money, £400 a week each, and a nice house. We paid him €300 each for the bus.

When we arrived the house was very bad. There were 14 people in three bedrooms and the toilet was broken. Rudolf took our ID cards to 'register us with the agency' and opened bank accounts for us. He kept the cards. Every Friday he gave us £50 each for food and said the rest was for rent, transport and the debt for the bus.

We worked in the factory nights, 12 hours, and on the weekend he sent us to clean cars. We were free to walk to the shop, it is true, nobody locked us in. But we had no money and no ID, and Rudolf said if we went to the police they would put us in prison because we had no papers.

In October my husband was sick and Rudolf said he must still work. That is when we called the helpline.""",
  "DEC RD WW DB AC EO IT", "uf oc ncw foa plc", "L", "h")
E("""Neighbourhood WhatsApp group (screenshots supplied by a resident)

'Anyone else noticed the new people at number 9? About 6 men, they leave at 5 every morning in a white van'
'Probably builders mate, they're doing the extension at the school'
'yeah I spoke to one of them, Polish lad called Piotr, says they rent the house together and drive themselves to work in his van, nice bloke'
'they do leave rubbish bags out though'

Officer note: resident asked police to check. PCSO visited and spoke to three of the occupants. They are employed directly by a construction firm, have their own rental agreement, own documents, and drive themselves. They were friendly and invited the PCSO in. Advice re bins. No concerns regarding exploitation.""",
  "", "", "")
E("""Debrief — Indian domestic worker (Hindi interpreter)

She says that she worked for the family in Delhi for five years and they brought her to London when the husband was posted to the embassy. She says that in Delhi she went home to her village every year, but in London the madam said she could not go out because 'London is dangerous for women like you'.

She says that the madam kept her passport and visa in a locked cupboard in the study. She says she got up at 5, cooked breakfast for the family and the driver, cleaned the seven-bedroom house, did the washing by hand because madam did not trust the machine, and went to sleep at midnight or later on a mat in the children's playroom. She says she has had no day off in London.

She says she was paid in India, into her son's account, 10,000 rupees a month. She says her son told her the money stopped coming after three months. She says the madam shouted at her and once threw a pan at her but it did not hit her.

She left when the driver, who is also Indian, took her to a church in Hammersmith.""",
  "ROM RD EO WW AC IT", "swp", "D", "h")
E("""Fishing industry liaison — port visit, Fraserburgh

Visited 5 vessels alongside. 4 vessels: crew mostly local with some EEA and Filipino crew on proper skilled worker visas, contracts seen, crew have their own passports, can go ashore and were in the town at the time of visit. Bunk space adequate.

Vessel 5 (FR-registered, name withheld): 3 Ghanaian crew present on board, skipper absent. Crew said they had not been ashore in 4 months, that the skipper holds their passports and told them they would be arrested if they set foot on the quay because they are 'transit only'. They are paid $500 a month to an agent in Accra; the contract shows $1,200. The mate confirmed the skipper's instructions. Cabin was damp with one heater for 3 men.

Action: Police Scotland and GLAA informed; vessel held pending enquiries.""",
  "ROM RD IT WW DEC AC", "foa plc", "L", "h")

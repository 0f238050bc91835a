# fresh267 part 6
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("Nurse at Leeds General works 3 x 13hr shifts and picks up bank shifts because she's saving for a house. Manager flagged her hours for wellbeing. By choice, no exploitation.", "", "", "")
T("Chef in Cornwall works 70 hours in season and has winters off, his own choice, well paid. Mentioned in a staff survey.", "", "", "")
T("they keep us in the house with the windows nailed shut", "RM AC", "RMS PLC", "")
T("Recruited in Sofia with promise of hotel job in Bournemouth. Ended up packing salads in Kent for 15 hours a day.", "DEC EO", "LH", "L")
T("Nail bar Peckham: 3 girls appear underage, do not attend school, work till 9pm.", "AV EO", "LH", "L", "high")
T("My passport is with my boss, he says for safety but I ask many times and he says no", "RD", "DT", "L")
T("Call: man screaming in the back of a Transit parked on Lea Bridge Rd, banging on the panel, shouting 'help, they lock me'. Van ran out of sight toward Hackney. Partial VRM LK6.",
  "RM", "RMS", "", "immediate")
T("Dealer's girlfriend (19) holds drugs for him in her flat. Says she does it because she loves him and he has never threatened or hurt her. No exploitation indicators at present; CSC not applicable as adult.", "", "", "")
T("Brothel in Southend run by an older woman; women inside all EU, say they came by choice, own their passports. However one (22) said she was told the work was waitressing and only found out on arrival, and she has to give half her money to 'the madam' plus pay for the room.",
  "DEC WW", "", "S")
T("Vietnamese girl (16) found at nail bar in Lowestoft during visit, said her 'uncle' brought her from Hanoi and she must work to repay. Not at school. Sleeps at the salon.",
  "AV DB", "SW", "L", "high")
T("Care home in Norfolk, 6 Indian carers on sponsored visas. Carers say employer took £10,000 each as 'sponsorship fee', pays for 30 hours when they work 60, and houses 6 in a 2 bed flat with £400 each rent deducted. Says if they complain he'll report them to UKVI and they'll lose the visa.",
  "DB WW EO IT AV", "UF LH OA", "L")
T("Care worker on sponsored visa called to ask about changing sponsor - happy with pay, just wants to move nearer her sister. No concerns.", "", "", "")
T("Farm shop, Devon: young woman from Ukraine working on a farm, family took her in under Homes for Ukraine, she helps out at the farm shop for pay and goes to college. Referral was from a neighbour who thought she was 'kept'. No concerns after visit.", "", "", "")
T("Reported via Unseen app: an Indonesian domestic worker who came with a Saudi family to a Mayfair apartment says she is not allowed to leave the apartment, has not been paid since she came, works from 6am to 2am. Her passport is with the family's driver. She has a phone hidden.",
  "RM WW EO RD", "RMS LH DT", "D")
T("Mayfair apartment (re above): family have left the UK; domestic worker located at Kalayaan. Statement to follow.", "", "", "")
T("My friend Mihai is in a house in Wellingborough with other Romanian guys working at the Amazon place through an agency. He says the guy who runs the house makes them pay £120 a week for a mattress and £10 a day for the car to work and takes the money straight out of their wages, they have like £60 left. He's too scared to go because the man's got friends in Romania who know his family.",
  "WW IT", "OA CT NCW FA", "L")
T("Warehouse worker (Romanian) rented a room in a shared house via SpareRoom, 4 people, pays £500 pcm to landlord, drives himself to work. No concerns.", "", "", "")
T("Elderly woman in Torquay being made to transfer her pension to a man she met online who then told her to receive money from others into her account and send it on (money mule). She says he told her he'd kill himself if she stopped.",
  "AV DEC", "", "C")
T("Barber shop in Stockport, two brothers own it and work in it. Test purchase for knife sales only. Nothing to do with MS.", "", "", "")
T("Female (Nigerian, 25) at Gatwick disclosed to Border Force she had been promised a hairdressing job in London by a 'sponsor' who paid her ticket; she has been given a phone number and told not to talk to anyone and that a 'juju' oath means her family will die if she does not repay £30,000.",
  "DEC DB IT ISO", "UF FA IS", "S")
T("Border Force, Heathrow: passenger travelling to join husband, documents in order, husband met her. No concerns.", "", "", "")
T("Crime report: burglary at a cannabis grow; victims (two Albanian men, tenants) declined to engage. Both appear to be in control of their own affairs. Nothing further.", "", "", "")

# fresh264 part 5: extra entries (personal effects, charges, cards, look-alikes)
def add(T):
    T("Officers at Barking Road address found 7 men sharing one room. Each had a carrier bag with a change of clothes and a toothbrush, nothing else. They said the bags were all they brought and the boss keeps the rest 'in storage'.",
      "", "FPE OA", "")
    T("INT 2/B/P. Raid at nail bar, Catford. Female worker (Vietnamese, 20s) living in the back room, owned a blanket, a phone with no SIM and two sets of clothes. Says she works 10am-9pm every day and gets 'pocket money' only.",
      "EO WW AC", "FPE SW LH", "L")
    T("Salvation Army intake: man arrived at reception with only the clothes he was wearing and a plastic bag. Says he left the farm in the night without his wages after the gangmaster threatened to 'bury him'.",
      "WW IT", "FPE", "L")
    T("CAD 5517: shopkeeper in Croydon says a man comes in every morning, buys one roll, has holes in his shoes and the same filthy work clothes, says his boss charges him £5 a day to get to the site in the van and £40 for the hard hat.",
      "WW", "PA CT PPE", "L")
    T("Student accommodation warden, Mile End: new Chinese student has very few belongings and keeps her passport locked in her own desk drawer. She said she travelled light and her parents are sending boxes. No concerns.",
      "", "", "")
    T("Debrief, Rainham recycling site: workers told officers the site manager sells them gloves, boots and vests at £60 a set, taken from first wage. Lift from Ilford costs £8 a day. No threats reported, passports held by workers.",
      "WW", "PPE CT", "L")
    T("INT 3/B/P: Male seen at Lloyds ATM, Rye Lane, SE15 using a wallet of at least 10 cards in different names, withdrawing £250 on each. Same male seen dropping a group of Romanian workers at a site on the Old Kent Road earlier.",
      "", "MBC CE", "L")
    T("Housing officer note, Southwark: flat searched after eviction. 4 single beds in one room, no wardrobes, no suitcases, no personal items at all apart from work boots. Neighbours said 'the workers' were moved out at night in a van two days before.",
      "", "FPE OA", "L")
    T("Caller says her son (24) who has Down's syndrome was 'befriended' by men in Plumstead who now use his flat and make him sign for parcels. He says he's their 'worker'. He has lost weight and has no food in the flat.",
      "AV", "PA", "C")
    T("Living donor coordinator, Royal London: mother donating kidney to her 19yr old son. Both assessed. No coercion or payment. Information only.",
      "", "", "")
    T("INT 2/B/P. Source states that a man in Stratford is offering £10,000 to young Eritrean men to travel to Egypt and 'give a kidney'. At least one lad from the Newham asylum hotel has gone and not come back. Source says recruits are told they will get papers in the UK afterwards.",
      "DEC AV", "", "O", "high")
    T("Welfare visit, Tower Hamlets: man had only a mattress and a sports bag. He said he has just moved in after a relationship breakdown and is awaiting his things from storage. Works in IT. No concerns.",
      "", "", "")
    T("Case note: Client L arrived at the refuge with just her handbag. She says the family in Ilford took her jewellery and clothes and made her wear old clothes, she was 'not allowed anything of her own'. She cooked for them all day.",
      "AC", "FPE", "D")
    T("caller reports that a cousin's friend, a Romanian lad, says if his boss doesn't pay him this month he'll quit and go back to Iasi. Caller says he is paid normally at the moment. Advice only.",
      "", "", "")
    T("Trading standards (Croydon): complaint that a takeaway 'takes the drivers' money'. Drivers are self-employed, pay £40 a week for use of the branded bag and bike, keep all tips and fees. No exploitation.",
      "", "", "")
    T("Referral (Newham Asylum Hotel support): 17yr old who says he is 21 was told by an 'agent' that he must work in a car wash to pay £6,000 for the journey. Has no belongings except a phone the agent calls every day. Age assessment requested.",
      "AV DB", "FPE", "L", "high")
    T("INT 2/B/P. POI Nicu BALAN (nom) charges Romanian women £100 a week each for the 'taxi' that drops them to the street in Ilford Lane and collects them at 5am, and takes a cut of every client.",
      "WW", "CT CE", "S")
    T("Officer notes: door-to-door enquiries in Manor Park. Neighbour said 'there's no slaves here mate, they're my nephews'. Address checked – family home, 5 adults, all working, no concerns.",
      "", "", "")
    T("the lads at the car wash on Westhorne Avenue are made to pay for there own sponges and chemicals, £20 a week, and they dont get a break the whole day",
      "WW AC", "PPE", "L")
    T("Case note (Migrant Help): client says the agency in Romania took €500 for the job and the bus, then in London the van to the warehouse in Thurrock cost £12 a day. He says he is free to leave and has his ID, but the deductions leave him with £150 a week.",
      "WW", "UF CT", "L")
    T("Support worker: client has been in supported housing 3 weeks. When she arrived from the brothel in Lewisham she had nothing – no coat, no shoes of her own, no bag. The madam kept all her clothes 'as hers'.",
      "", "FPE", "S")
    T("Call from HSBC Canary Wharf fraud team: one customer's address in Poplar linked to 14 accounts opened in the last 6 months, all for young foreign nationals, all cards posted to the same flat and withdrawn at the same ATM. Possible money mule or labour exploitation network.",
      "", "MBC", "C")
    T("Debrief: Portuguese woman, cleaning for a hotel in Bankside via agency. She wanted to know if it's legal for the agency to charge her for the uniform. On checking: uniform provided free, she had misread her payslip. No issue.",
      "", "", "")
    T("Community Safety, Lewisham: patrol spoke to 3 women selling flowers in pubs on a Friday night, all carrying nothing but the flowers. A man in a silver Astra (LD63 XRV) was seen collecting money from them and driving them on.",
      "WW", "FPE ET NCW", "C")
    T("Tenant in Croydon says: 'my landlord says I must pay £30 a week for the minibus to the warehouse, it's in the contract, I don't have to use it'. She can get the bus instead. Not exploitation, civil advice.",
      "", "", "")

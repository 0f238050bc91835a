# fresh242 part 8: a few more recruitment and control texts (escorts, cards, PPE, belongings)
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("""Night-time economy patrol, Southampton: female (Romanian, approx 20) seen being walked from a car to a flat on Portswood Rd by a male, who waited outside and then drove her to a second address. Same pattern three nights running. She had only a small handbag and no coat. When approached she said her 'friend' was 'helping her with work' and looked at the car. Intel submitted re suspected controlled prostitution.""",
  "", "ET", "S")
T("""I came from Poland for a job in a recycling factory. They said the boots and gloves are free. First payslip: £90 for boots, £30 for gloves, £40 for the 'safety course', £60 for the bus. I did 58 hours and got £180. When I ask, the supervisor says 'if you don't like, go home, but first pay for the ticket we bought'.""",
  "DEC WW DB", "PPE CT UF", "L")
T("Referral (ASC): young man with autism befriended online by a 'girlfriend' who asked him to open bank accounts 'for her uncle's business'. Six cards in his name now in her possession. Money moving through all of them. He has never met her.",
  "DEC AV WW", "NCW", "C")
T("""Salvation Army intake note: PV (Latvian, 45) arrived at reception with the clothes he was wearing and a plastic bag containing a toothbrush and a photograph of his daughter; nothing else. He said a man he met at a bus station in Riga offered building work and a flat in Leicester. For eight months he lived in a house with 14 men, was taken to sites each day at 5 am and brought back after 8 pm, and was 'paid' in food and vodka. He left when the house was raided.""",
  "DEC WW AC EO", "FPE OA CE LH", "L")
T("""Cardiff Bay PCSO: older man escorting two young women (early 20s, Chinese) from a flat to a car every morning and back every night; neighbours say the women are never seen out alone. Flat advertised on a massage website. Intel submitted; no contact with the women yet.""",
  "RM", "ET RMS", "S")
T("""INT 2/B/P: Source states that the manager of the Kwik Wash on Bridge St, Walsall, holds the bank cards of all 7 workers in a tin in the office and withdraws their wages himself each Friday, handing each of them £100. Workers were recruited in Iraq by his brother who told them they would have a 'good salary and a house'.""",
  "DEC WW", "MBC NCW", "L")
T("He says: 'I didn't lie to them. I told them the work is hard and the money is small.' Workers spoken to agree: the pay is low but as agreed, and they can leave when they like. No indicators.")
T("""Woman, 33, recruited by her 'boyfriend' in Nigeria with a promise of marriage and a nursing course in Birmingham. On arrival he moved her into his friend's house, where she sleeps on the kitchen floor with a bag of her things and cleans and cooks for five men. She says they make her have sex with them and he tells her the visa was expensive so she 'must be a good wife' to all of them.""",
  "DEC PSV AC DB", "SW FPE", "S D")

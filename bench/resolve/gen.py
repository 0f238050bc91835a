#!/usr/bin/env python3
"""Deterministic generator of synthetic UK cross-force person records.

Each true person gets one or more records, as different forces and partners (NRM
referrals, intelligence, custody, local authorities) would record them, with the
errors seen in practice: given/family order swapped, transliteration variants
(Mohammed/Mohamed/Muhammad, Tesfaye/Tesfay), diacritics dropped (Nguyễn→Nguyen,
Ștefan→Stefan, Łukasz→Lukasz), nicknames (Bob/Robert), typos, initials, partial
dates of birth (year, year-month), the 1 January placeholder, day/month swaps,
estimated years, phone numbers in every format, missing fields, moves of address.
Families share surname, address and phone; houses in multiple occupation put many
unrelated people (often of one nationality, often with the same common surnames)
at one address with one controller's phone. Common names are common: Nguyen, Singh,
Mohammed, Popescu, Kowalski.

Usage: gen.py --records 100000 --seed 1 --out DIR [--link]
Writes DIR/records.csv (or DIR/a.csv and DIR/b.csv with --link) and DIR/truth.csv
(record_id,person_id[,file]).
"""
import argparse
import csv
import os
import random

NAT = [  # code, weight
    ("GB", 26), ("VN", 12), ("RO", 11), ("PL", 8), ("AL", 9), ("ER", 6), ("SD", 5),
    ("IQ", 3), ("AF", 3), ("IN", 6), ("CN", 3), ("NG", 4), ("UA", 3), ("SY", 2),
]

M, F = "M", "F"
NAMES = {
    "GB": {
        "family": ["Smith", "Jones", "Williams", "Brown", "Taylor", "Davies", "Evans", "Wilson", "Thomas", "Johnson",
                   "Roberts", "Walker", "Wright", "Robinson", "Thompson", "White", "Hughes", "Edwards", "Green", "Hall",
                   "Wood", "Harris", "Lewis", "Martin", "Jackson", "Clarke", "Turner", "Hill", "Scott", "Cooper",
                   "Morris", "Ward", "Moore", "King", "Watson", "Baker", "Harrison", "Morgan", "Young", "Allen",
                   "Mitchell", "James", "Anderson", "Phillips", "Bell", "Parker", "O'Brien", "McDonald", "Kelly", "Murphy"],
        M: ["Robert", "William", "James", "John", "Michael", "David", "Thomas", "Christopher", "Daniel", "Matthew",
            "Andrew", "Richard", "Joseph", "Samuel", "Benjamin", "Anthony", "Stephen", "Edward", "Peter", "Paul",
            "Mark", "Liam", "Connor", "Jack", "Harry", "Nathan", "Ryan", "Kieran", "Jordan", "Lewis"],
        F: ["Katherine", "Elizabeth", "Margaret", "Sarah", "Emma", "Jessica", "Rebecca", "Victoria", "Jennifer", "Susan",
            "Rachel", "Laura", "Hannah", "Amy", "Chloe", "Sophie", "Charlotte", "Lauren", "Megan", "Natalie"],
    },
    "VN": {
        "family": ["Nguyễn"] * 12 + ["Trần"] * 4 + ["Lê"] * 3 + ["Phạm"] * 3 + ["Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"],
        M: ["Văn Minh", "Đức Anh", "Văn Hùng", "Quang Huy", "Minh Tuấn", "Văn Nam", "Hoàng Long", "Văn Đức", "Thanh Tùng",
            "Văn Thắng", "Minh Đức", "Văn Toàn", "Quốc Bảo", "Văn Dũng", "Hữu Phước", "Văn Long", "Tiến Dũng", "Văn Tài"],
        F: ["Thị Hương", "Thị Lan", "Thị Mai", "Thị Thu", "Thị Ngọc", "Thị Hà", "Thị Hoa", "Thị Linh", "Thị Trang", "Thị Nga",
            "Thị Phương", "Thị Thảo", "Thị Yến", "Thị Hằng"],
    },
    "RO": {
        "family": ["Popescu"] * 4 + ["Ionescu"] * 2 + ["Popa", "Pop", "Radu", "Dumitru", "Stan", "Stoica", "Gheorghe", "Matei",
                                                       "Ciobanu", "Rusu", "Munteanu", "Constantin", "Moldovan", "Lungu", "Mureșan", "Țurcanu", "Șerban", "Năstase", "Drăgan"],
        M: ["Andrei", "Alexandru", "Ionuț", "Mihai", "Ștefan", "Gheorghe", "Florin", "Constantin", "Vasile", "Marius", "Cătălin",
            "Adrian", "Bogdan", "Daniel", "Gabriel", "Răzvan", "Cosmin"],
        F: ["Maria", "Elena", "Ioana", "Andreea", "Mihaela", "Alexandra", "Cristina", "Ana", "Georgiana", "Florentina", "Loredana", "Ionela"],
    },
    "PL": {
        "family": ["Kowalski"] * 3 + ["Nowak"] * 3 + ["Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński",
                                                        "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Krawczyk", "Grabowski"],
        M: ["Piotr", "Krzysztof", "Tomasz", "Paweł", "Łukasz", "Michał", "Marcin", "Jakub", "Grzegorz", "Wojciech", "Mateusz", "Dariusz", "Sławomir"],
        F: ["Anna", "Katarzyna", "Małgorzata", "Agnieszka", "Magdalena", "Joanna", "Monika", "Ewa", "Beata", "Żaneta"],
    },
    "AL": {
        "family": ["Hoxha", "Krasniqi", "Gashi", "Berisha", "Shehu", "Çela", "Leka", "Dervishi", "Kola", "Marku", "Lika", "Hysa", "Bajrami", "Murati", "Prifti", "Dushku"],
        M: ["Arbën", "Besnik", "Dritan", "Ermal", "Gjergj", "Ilir", "Klodian", "Lulzim", "Mërgim", "Endrit", "Ardit", "Erion", "Fatjon", "Kristi", "Redon", "Xhuljo"],
        F: ["Anila", "Besa", "Drita", "Elona", "Jonida", "Mirela", "Ëngjëlla", "Klea", "Ardita", "Fjona"],
    },
    "ER": {
        "family": ["Gebre", "Tesfay", "Haile", "Tekle", "Berhane", "Tsegay", "Weldu", "Ghirmay", "Mebrahtu", "Kidane", "Abraha",
                   "Gebremedhin", "Tesfamariam", "Yohannes", "Habte", "Asmelash"],
        M: ["Tesfaye", "Yohannes", "Mehari", "Kidane", "Habtom", "Filmon", "Semere", "Dawit", "Yonas", "Amanuel", "Biniam", "Robel", "Samuel", "Henok"],
        F: ["Senait", "Helen", "Lidya", "Selam", "Mebrat", "Saba", "Ruta", "Hiwet", "Feven", "Yordanos"],
    },
    "SD": {
        "family": ["Mohammed"] * 4 + ["Ahmed"] * 3 + ["Abdallah", "Osman", "Ibrahim", "Ali", "Suleiman", "El-Sayed", "Hussein", "Mahmoud", "Adam", "Yousif", "Abdelrahman", "Idris"],
        M: ["Mohammed"] * 5 + ["Ahmed", "Abdul Rahman", "Ali", "Hassan", "Hussein", "Omar", "Yusuf", "Ibrahim", "Mustafa", "Khalid", "Mahmoud", "Osman", "Adam", "Ismail"],
        F: ["Fatima", "Aisha", "Maryam", "Khadija", "Zainab", "Amna", "Hawa", "Safiya"],
    },
    "IQ": {
        "family": ["Al-Hassan", "Al-Jaburi", "Hussein", "Abbas", "Kareem", "Al-Obaidi", "Jasim", "Mohammed", "Saleh", "Hamid"],
        M: ["Mohammed"] * 3 + ["Ali", "Hussein", "Ahmed", "Mustafa", "Karrar", "Haider", "Abbas", "Omar", "Yusuf"],
        F: ["Fatima", "Zainab", "Maryam", "Noor", "Sara", "Huda"],
    },
    "AF": {
        "family": ["Ahmadi", "Rahimi", "Karimi", "Hashimi", "Mohammadi", "Noori", "Sultani", "Hakimi", "Stanikzai", "Safi"],
        M: ["Mohammad"] * 3 + ["Ahmad", "Abdul", "Ali", "Hamid", "Rahim", "Khalid", "Jawad", "Farid", "Naveed", "Wahid"],
        F: ["Fatima", "Maryam", "Zahra", "Shabnam", "Parwana", "Nargis"],
    },
    "SY": {
        "family": ["Al-Ahmad", "Al-Hussein", "Haddad", "Khalil", "Al-Khatib", "Darwish", "Hamdan", "Mansour"],
        M: ["Mohammed", "Ahmad", "Khaled", "Omar", "Yusuf", "Bashar", "Rami", "Samer", "Tareq"],
        F: ["Fatima", "Rasha", "Lama", "Hiba", "Maryam", "Reem"],
    },
    "IN": {
        "family": ["Singh"] * 6 + ["Kaur"] * 3 + ["Kumar", "Patel", "Sharma", "Gill", "Sandhu", "Sidhu", "Dhillon", "Grewal"],
        M: ["Gurpreet", "Harpreet", "Manpreet", "Jaswinder", "Rajesh", "Amit", "Sukhwinder", "Kuldeep", "Harjit", "Balwinder", "Ravi", "Sandeep"],
        F: ["Simran", "Priya", "Harpreet", "Gurpreet", "Manjit", "Kiran", "Navdeep", "Pooja"],
    },
    "CN": {
        "family": ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Lin"],
        M: ["Wei", "Jun", "Lei", "Hao", "Jie", "Tao", "Ming", "Qiang", "Yong"],
        F: ["Fang", "Li", "Ying", "Xiu", "Mei", "Jing", "Yan", "Hui"],
    },
    "NG": {
        "family": ["Okafor", "Adeyemi", "Okonkwo", "Ibrahim", "Bello", "Eze", "Oluwaseun", "Balogun", "Nwosu", "Abubakar"],
        M: ["Chinedu", "Emeka", "Oluwaseun", "Ibrahim", "Tunde", "Uche", "Musa", "Babajide", "Chukwuemeka"],
        F: ["Ngozi", "Chioma", "Funmilayo", "Aisha", "Blessing", "Adaeze", "Yetunde", "Folake"],
    },
    "UA": {
        "family": ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Oliynyk", "Boyko"],
        M: ["Oleksandr", "Andriy", "Serhiy", "Dmytro", "Volodymyr", "Mykola", "Yuriy", "Ivan"],
        F: ["Olena", "Tetiana", "Nataliya", "Iryna", "Oksana", "Yulia"],
    },
}

# Spelling variants a different recorder might produce (not necessarily the engine's tables).
VARIANTS = {
    "Mohammed": ["Mohamed", "Muhammad", "Mohammad", "Mohamad", "Muhammed", "Mohd"],
    "Mohammad": ["Mohammed", "Muhammad", "Mohamad"],
    "Ahmed": ["Ahmad", "Ahmet"], "Ahmad": ["Ahmed"],
    "Abdul Rahman": ["Abdulrahman", "Abdel Rahman", "Abdelrahman", "Abdul-Rahman"],
    "Abdelrahman": ["Abdulrahman", "Abdul Rahman"],
    "Abdallah": ["Abdullah", "Abdalla"], "Hussein": ["Hussain", "Husain", "Hossein"],
    "Hassan": ["Hasan"], "Yusuf": ["Yousef", "Youssef", "Yusef"], "Yousif": ["Yusuf", "Yousef"],
    "Mustafa": ["Mustapha", "Moustafa"], "Khalid": ["Khaled"], "Khaled": ["Khalid"],
    "Mahmoud": ["Mahmud", "Mahmood"], "Osman": ["Usman", "Othman"], "Omar": ["Umar"],
    "Suleiman": ["Sulaiman", "Suleyman"], "Ismail": ["Ismael"], "Idris": ["Idriss"],
    "El-Sayed": ["El Sayed", "Elsayed", "Sayed"], "Al-Hassan": ["Al Hassan", "Alhassan", "Hassan"],
    "Al-Jaburi": ["Al Jabouri", "Aljaburi", "Jaburi"], "Al-Obaidi": ["Al Obaidi", "Obaidi"],
    "Al-Ahmad": ["Al Ahmad", "Ahmad"], "Al-Hussein": ["Al Hussain", "Hussein"], "Al-Khatib": ["Al Khateeb", "Khatib"],
    "Fatima": ["Fatma", "Fatimah"], "Aisha": ["Aysha", "Ayesha"], "Maryam": ["Mariam"], "Zainab": ["Zaynab", "Zeinab"],
    "Khadija": ["Khadijah"],
    "Tesfaye": ["Tesfay", "Tesfai"], "Tesfay": ["Tesfaye", "Tesfai"], "Yohannes": ["Yohanes", "Johannes"],
    "Gebre": ["Ghebre", "Gebray"], "Haile": ["Hailay"], "Tekle": ["Teklay", "Tecle"], "Berhane": ["Berhe", "Birhane"],
    "Tsegay": ["Tsegaye", "Tsegai"], "Weldu": ["Woldu", "Welde"], "Ghirmay": ["Girmay", "Ghirmai"],
    "Mebrahtu": ["Mebratu"], "Gebremedhin": ["Gebremedhn", "Ghebremedhin"], "Habte": ["Habtay"],
    "Amanuel": ["Emanuel", "Amanual"], "Biniam": ["Bineyam", "Biniyam"], "Yonas": ["Jonas"], "Filmon": ["Philemon"],
    "Singh": ["Sing"], "Kaur": ["Kour"], "Popescu": ["Popesku"], "Kowalski": ["Kowalsky"],
    "Nguyễn": ["Nguyen", "Nguyen", "Nguyen", "Ngyuen"], "Oleksandr": ["Alexander", "Aleksandr"], "Serhiy": ["Sergei", "Serhii"],
    "Andriy": ["Andrii", "Andrei"], "Dmytro": ["Dmitri", "Dmitry"], "Volodymyr": ["Vladimir"], "Mykola": ["Nikolai"],
    "Yuriy": ["Yuri", "Iurii"], "Tetiana": ["Tatiana", "Tatyana"], "Nataliya": ["Natalia"], "Iryna": ["Irina"], "Yulia": ["Yuliya", "Julia"],
    "Gjergj": ["Gjergji"], "Hoxha": ["Hoxhaj"],
}

NICKS = {
    "Robert": ["Bob", "Rob", "Robbie"], "William": ["Bill", "Will", "Billy"], "James": ["Jim", "Jimmy", "Jamie"],
    "John": ["Johnny", "Jack"], "Michael": ["Mike", "Mick"], "David": ["Dave"], "Thomas": ["Tom", "Tommy"],
    "Christopher": ["Chris"], "Daniel": ["Dan", "Danny"], "Matthew": ["Matt"], "Andrew": ["Andy", "Drew"],
    "Richard": ["Rich", "Rick", "Dick"], "Joseph": ["Joe"], "Samuel": ["Sam"], "Benjamin": ["Ben"], "Anthony": ["Tony"],
    "Stephen": ["Steve"], "Edward": ["Ed", "Eddie", "Ted"], "Peter": ["Pete"], "Katherine": ["Kate", "Katie", "Kathy", "Cath"],
    "Elizabeth": ["Liz", "Beth", "Lizzie"], "Margaret": ["Maggie", "Peggy"], "Jessica": ["Jess"], "Rebecca": ["Becky"],
    "Victoria": ["Vicky"], "Jennifer": ["Jenny", "Jen"], "Susan": ["Sue"], "Natalie": ["Nat"],
    "Katarzyna": ["Kasia"], "Małgorzata": ["Gosia"], "Tomasz": ["Tomek"], "Wojciech": ["Wojtek"], "Jakub": ["Kuba"],
    "Alexandru": ["Alex"], "Alexandra": ["Alex"], "Ionuț": ["Ion"], "Oleksandr": ["Sasha"], "Mohammed": ["Mo"],
}

STREETS = ["High Street", "Church Road", "Station Road", "Victoria Road", "Green Lane", "Manor Road", "Park Road", "Queens Road",
           "New Road", "Grange Road", "Kings Road", "Mill Lane", "London Road", "Albert Road", "York Street", "Alexandra Road",
           "Springfield Road", "Chapel Street", "Main Street", "Broadway", "Oxford Road", "Bristol Road", "Stratford Road",
           "Coventry Road", "Leeds Road", "Bradford Road", "Wilmslow Road", "Cheetham Hill Road", "Soho Road", "Dudley Road",
           "Walsall Road", "Ladypool Road", "Green Street", "Whitechapel Road", "Commercial Road", "Mile End Road",
           "Kingsland Road", "Seven Sisters Road", "Harehills Lane", "Roundhay Road", "Beeston Road", "Derby Road",
           "Lister Street", "Hamilton Road", "Clarence Street", "Nelson Street", "Elm Grove", "Oak Avenue", "Cedar Close",
           "Meadow Way", "Windsor Crescent", "Orchard Gardens", "St Marys Place", "Market Square", "Canal Street"]
TOWNS = [("Birmingham", ["B6", "B10", "B11", "B12", "B19", "B21", "B33", "B8"]), ("Manchester", ["M8", "M13", "M14", "M16", "M4", "M40"]),
         ("Leeds", ["LS8", "LS9", "LS11", "LS7", "LS12"]), ("London", ["E1", "E7", "E13", "E15", "N15", "N17", "SE15", "NW10", "E8"]),
         ("Bradford", ["BD3", "BD5", "BD7", "BD8"]), ("Leicester", ["LE2", "LE4", "LE5"]), ("Nottingham", ["NG7", "NG3", "NG5"]),
         ("Peterborough", ["PE1", "PE2"]), ("Sheffield", ["S2", "S4", "S9"]), ("Liverpool", ["L7", "L8", "L13"]),
         ("Glasgow", ["G31", "G42", "G51"]), ("Bristol", ["BS5", "BS2"]), ("Wolverhampton", ["WV1", "WV2", "WV10"]),
         ("Coventry", ["CV1", "CV2", "CV6"]), ("Luton", ["LU1", "LU2", "LU4"]), ("Slough", ["SL1", "SL2"]),
         ("Boston", ["PE21"]), ("Wisbech", ["PE13"]), ("Southampton", ["SO14", "SO15"]), ("Cardiff", ["CF10", "CF24", "CF11"])]
ABBR = {"Street": ["St", "St.", "Str"], "Road": ["Rd", "Rd."], "Lane": ["Ln"], "Avenue": ["Ave"], "Close": ["Cl"],
        "Crescent": ["Cres"], "Gardens": ["Gdns"], "Place": ["Pl"], "Square": ["Sq"], "Grove": ["Gr"]}
LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
KEYB = "qwertyuiopasdfghjklzxcvbnm"
EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "mail.ru", "yahoo.ro", "wp.pl"]


def strip_diacritics(s):
    import unicodedata
    table = {"đ": "d", "Đ": "D", "ł": "l", "Ł": "L"}
    s = "".join(table.get(c, c) for c in s)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def pick(self, xs):
        return xs[self.r.randrange(len(xs))]

    def nat(self):
        tot = sum(w for _, w in NAT)
        x = self.r.uniform(0, tot)
        for c, w in NAT:
            x -= w
            if x <= 0:
                return c
        return NAT[-1][0]

    def postcode(self, town_idx):
        town, outs = TOWNS[town_idx]
        return f"{self.pick(outs)} {self.r.randint(1, 9)}{self.pick(LETTERS)}{self.pick(LETTERS)}", town

    def new_address(self):
        ti = self.r.randrange(len(TOWNS))
        pc, town = self.postcode(ti)
        num = self.r.randint(1, 250)
        flat = self.r.randint(1, 12) if self.r.random() < 0.3 else None
        return {"num": num, "street": self.pick(STREETS), "flat": flat, "town": town, "postcode": pc}

    def phone(self):
        return "7" + "".join(str(self.r.randint(0, 9)) for _ in range(9))

    def dob(self, lo=1955, hi=2008):
        y = self.r.randint(lo, hi)
        m = self.r.randint(1, 12)
        d = self.r.randint(1, 28)
        return (y, m, d)

    def person(self, pid, nat=None, family=None, address=None, phone=None, dob_range=None, sex=None):
        nat = nat or self.nat()
        sex = sex or (M if self.r.random() < 0.55 else F)
        names = NAMES[nat]
        fam = family or self.pick(names["family"])
        if nat == "PL" and sex == F and fam.endswith("ski"):
            fam = fam[:-1] + "a"
        given = self.pick(names[sex])
        dob = self.dob(*(dob_range or (1955, 2008)))
        # Some people's true date is unknown from the start: everyone records 1 Jan.
        if nat in ("AF", "SD", "ER", "IQ") and self.r.random() < 0.12:
            dob = (dob[0], 1, 1)
        idn = None
        if self.r.random() < 0.6:
            idn = "".join(self.pick("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + "".join(str(self.r.randint(0, 9)) for _ in range(7))
        email = None
        if self.r.random() < 0.35:
            email = f"{strip_diacritics(given).lower().replace(' ', '')}.{strip_diacritics(fam).lower().replace(' ', '').replace('-', '').replace(chr(39), '')}{self.r.randint(1, 99)}@{self.pick(EMAIL_DOMAINS)}"
        return {"pid": pid, "nat": nat, "sex": sex, "given": given, "family": fam, "dob": dob,
                "phone": phone if phone else (self.phone() if self.r.random() < 0.75 else None),
                "email": email, "id": idn, "addr": address or self.new_address()}

    # --- corruptions -------------------------------------------------------------
    def typo(self, s):
        if len(s) < 3:
            return s
        i = self.r.randrange(1, len(s))
        k = self.r.random()
        if k < 0.3:
            return s[:i] + s[i + 1:]
        if k < 0.55:
            return s[:i] + self.pick(KEYB) + s[i:]
        if k < 0.8:
            return s[:i] + self.pick(KEYB) + s[i + 1:]
        if i < len(s) - 1:
            return s[:i] + s[i + 1] + s[i] + s[i + 2:]
        return s

    def name_variant(self, s, allow_nick):
        r = self.r.random()
        if s in VARIANTS and r < 0.35:
            s = self.pick(VARIANTS[s])
        elif allow_nick and s in NICKS and r < 0.5:
            s = self.pick(NICKS[s])
        if self.r.random() < 0.6:
            s = strip_diacritics(s)
        if self.r.random() < 0.08:
            s = self.typo(s)
        k = self.r.random()
        if k < 0.15:
            s = s.upper()
        elif k < 0.2:
            s = s.lower()
        return s

    def fmt_dob(self, dob):
        y, m, d = dob
        k = self.r.random()
        if k < 0.08:
            return ""
        if k < 0.13:
            return f"{y}"
        if k < 0.16:
            return f"{y}-{m:02d}"
        if k < 0.21 and (m, d) != (1, 1):
            return f"{y}-01-01"  # placeholder used when the true date is unknown
        if k < 0.25 and d <= 12 and d != m:
            return f"{y}-{d:02d}-{m:02d}"  # day/month swapped
        if k < 0.29:
            return f"{y + self.pick([-1, 1])}"  # estimated age
        if k < 0.33:
            # one digit wrong
            s = list(f"{y}{m:02d}{d:02d}")
            for _ in range(10):
                i = self.r.choice([2, 3, 5, 7])
                s[i] = str(self.r.randint(0, 9))
                yy, mm, dd = int("".join(s[:4])), int("".join(s[4:6])), int("".join(s[6:]))
                if 1 <= mm <= 12 and 1 <= dd <= 28:
                    return f"{yy}-{mm:02d}-{dd:02d}"
                s = list(f"{y}{m:02d}{d:02d}")
        return f"{y}-{m:02d}-{d:02d}"

    def fmt_phone(self, p):
        k = self.r.random()
        if k < 0.3:
            return f"0{p[:4]} {p[4:]}"
        if k < 0.5:
            return f"+44 {p[:4]} {p[4:]}"
        if k < 0.6:
            return f"+44 (0){p[:4]} {p[4:]}"
        if k < 0.7:
            return f"0044{p}"
        if k < 0.8:
            return f"0{p}"
        if k < 0.9:
            return f"44{p}"
        return f"0{p[:3]}-{p[3:6]}-{p[6:]}"

    def fmt_address(self, a):
        street = a["street"]
        if self.r.random() < 0.4:
            for full, abbs in ABBR.items():
                if street.endswith(full):
                    street = street[: -len(full)] + self.pick(abbs)
        parts = []
        flat = a["flat"]
        if flat is not None and self.r.random() < 0.8:
            k = self.r.random()
            if k < 0.6:
                parts.append(f"Flat {flat}, {a['num']} {street}")
            elif k < 0.8:
                parts.append(f"{flat}/{a['num']} {street}")
            else:
                parts.append(f"Apt {flat} {a['num']} {street}")
        else:
            parts.append(f"{a['num']} {street}")
        if self.r.random() < 0.6:
            parts.append(a["town"])
        s = ", ".join(parts)
        k = self.r.random()
        if k < 0.15:
            s = s.upper()
        elif k < 0.25:
            s = s.lower()
        if self.r.random() < 0.05:
            s = self.typo(s)
        return s

    def fmt_postcode(self, pc):
        k = self.r.random()
        if k < 0.15:
            return pc.replace(" ", "")
        if k < 0.3:
            return pc.lower()
        if k < 0.33:
            # typo in the inward code
            return pc[:-1] + self.pick(LETTERS)
        return pc

    def record(self, p, rid):
        r = self.r
        addr = p["addr"]
        if r.random() < 0.15:
            addr = self.new_address()  # moved
        phone = p["phone"]
        if r.random() < 0.12:
            phone = self.phone()  # new phone
        given = self.name_variant(p["given"], True)
        family = self.name_variant(p["family"], False)
        if r.random() < 0.03:
            given = given.strip()[0] + ("." if r.random() < 0.5 else "")
        if r.random() < 0.08:
            given, family = family, given  # order swapped
        if p["nat"] == "VN" and r.random() < 0.1:
            # middle name moved into the family name field
            parts = given.split(" ")
            if len(parts) == 2:
                given, family = parts[1], family + " " + parts[0]
        rec = {
            "record_id": rid,
            "given_name": given if r.random() > 0.02 else "",
            "family_name": family if r.random() > 0.02 else "",
            "date_of_birth": self.fmt_dob(p["dob"]),
            "sex": (p["sex"] if r.random() < 0.8 else ("Male" if p["sex"] == M else "Female")) if r.random() > 0.12 else "",
            "nationality": (p["nat"] if r.random() > 0.03 else self.nat()) if r.random() > 0.2 else "",
            "phone": self.fmt_phone(phone) if phone and r.random() > 0.35 else "",
            "email": p["email"] if p["email"] and r.random() > 0.5 else "",
            "id_number": (p["id"] if r.random() > 0.05 else self.typo(p["id"])) if p["id"] and r.random() > 0.55 else "",
            "address": self.fmt_address(addr) if r.random() > 0.2 else "",
            "postcode": self.fmt_postcode(addr["postcode"]) if r.random() > 0.15 else "",
        }
        return rec


def generate(n_records, seed):
    g = Gen(seed)
    r = g.r
    people = []
    pid = 0
    # Expected records per person ~1.75 → people needed.
    target_people = int(n_records / 1.75)
    while len(people) < target_people:
        k = r.random()
        if k < 0.55:
            people.append(g.person(pid))
            pid += 1
        elif k < 0.85:
            # family: shared surname, address, often phone; parents and children
            nat = g.nat()
            fam = g.pick(NAMES[nat]["family"])
            addr = g.new_address()
            phone = g.phone() if r.random() < 0.6 else None
            parent_year = r.randint(1960, 1990)
            for j in range(r.randint(2, 5)):
                rng = (parent_year - 3, parent_year + 3) if j < 2 else (parent_year + 18, min(parent_year + 35, 2012))
                sex = (M if j == 0 else F) if j < 2 else None
                people.append(g.person(pid, nat=nat, family=fam, address=addr, phone=phone, dob_range=rng, sex=sex))
                pid += 1
        else:
            # house in multiple occupation: unrelated workers, one nationality, controller's phone
            nat = g.nat() if r.random() < 0.5 else g.pick(["VN", "RO", "AL", "PL", "ER", "SD"])
            addr = g.new_address()
            addr["flat"] = None
            phone = g.phone()
            for _ in range(r.randint(4, 14)):
                people.append(g.person(pid, nat=nat, address=addr, phone=phone if r.random() < 0.6 else None, dob_range=(1975, 2006)))
                pid += 1
    records = []
    for p in people:
        k = r.random()
        n = 1 if k < 0.5 else 2 if k < 0.75 else 3 if k < 0.88 else 4 if k < 0.95 else r.randint(5, 8)
        for _ in range(n):
            records.append(p)
    r.shuffle(records)
    records = records[:n_records]
    out = []
    for i, p in enumerate(records):
        rec = g.record(p, f"R{i + 1:07d}")
        out.append((rec, p["pid"]))
    return out


FIELDS = ["record_id", "given_name", "family_name", "date_of_birth", "sex", "nationality", "phone", "email", "id_number", "address", "postcode"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=100000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True)
    ap.add_argument("--link", action="store_true", help="split into two files (two forces) to link")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    data = generate(a.records, a.seed)
    if a.link:
        rr = random.Random(a.seed + 1000)
        files = {"a": [], "b": []}
        truth = []
        for rec, pid in data:
            f = "a" if rr.random() < 0.5 else "b"
            files[f].append(rec)
            truth.append((rec["record_id"], pid, f))
        for f, recs in files.items():
            with open(os.path.join(a.out, f"{f}.csv"), "w", newline="", encoding="utf-8") as fh:
                w = csv.DictWriter(fh, FIELDS)
                w.writeheader()
                w.writerows(recs)
        with open(os.path.join(a.out, "truth.csv"), "w", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["record_id", "person_id", "file"])
            w.writerows(truth)
    else:
        with open(os.path.join(a.out, "records.csv"), "w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, FIELDS)
            w.writeheader()
            w.writerows(rec for rec, _ in data)
        with open(os.path.join(a.out, "truth.csv"), "w", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["record_id", "person_id"])
            w.writerows((rec["record_id"], pid) for rec, pid in data)


if __name__ == "__main__":
    main()
